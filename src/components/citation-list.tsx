import { REFERENCES } from '../data/paper/citations';
import { arxivUrl } from '../data/survey';
import { useT } from '../store/use-t';
import { useAppStore } from '../store/store';
import './rich-text.css';
import './citation-list.css';

/** The works a part cites: number, name and venue, arXiv link; Table 1 models open their detail. */
export function CitationList({ refs }: { refs: readonly number[] }) {
  const t = useT();
  const openModel = useAppStore((s) => s.openModel);
  if (refs.length === 0) return <p className="paper-item__no-cites">{t('paper.noCitations')}</p>;
  return (
    <ol className="citation-list">
      {refs.map((n) => {
        const ref = REFERENCES[n];
        if (!ref) return null;
        return (
          <li key={n}>
            <span className="citation-list__num">[{n}]</span>{' '}
            {ref.modelId ? (
              <button type="button" className="model-link" onClick={() => openModel(ref.modelId!)}>
                {ref.label}
              </button>
            ) : (
              <span>{ref.label}</span>
            )}
            {ref.venue && <span className="citation-list__venue">, {ref.venue}</span>}
            {ref.arxiv && (
              <>
                {' · '}
                <a href={arxivUrl(ref.arxiv)} target="_blank" rel="noopener noreferrer">
                  {t('detail.arxiv', { id: ref.arxiv })}
                </a>
              </>
            )}
            {ref.modelId && <span className="citation-list__model"> · {t('paper.inTable1')}</span>}
          </li>
        );
      })}
    </ol>
  );
}
