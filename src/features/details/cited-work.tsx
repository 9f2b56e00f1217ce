import { arxivUrl } from '../../data/survey';
import type { CitedWork as Work, Model } from '../../data/schema';
import { useT } from '../../store/use-t';
import { ModelBibtex } from './model-bibtex';

/** The work a row cites: its title or venue, its web page or arXiv abstract, and its BibTeX. */
export function CitedWork({ model, work }: { model: Model; work: Work }) {
  const t = useT();
  return (
    <>
      {work.title && <cite>{work.title}</cite>}
      {work.venue && (
        <span>
          {work.title ? ', ' : ''}
          {work.venue}
        </span>
      )}
      {work.webPage &&
        (work.url ? (
          <a href={work.url} target="_blank" rel="noopener noreferrer">
            {t('detail.webPage', { page: work.webPage })}
          </a>
        ) : (
          <span>{t('detail.webPage', { page: work.webPage })}</span>
        ))}
      {work.arxiv && (
        <>
          {(work.title || work.venue) && ' · '}
          <a href={arxivUrl(work.arxiv)} target="_blank" rel="noopener noreferrer">
            {t('detail.arxiv', { id: work.arxiv })}
          </a>
        </>
      )}
      <ModelBibtex model={model} />
    </>
  );
}
