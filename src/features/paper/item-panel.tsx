import type { ItemText } from '../../data/paper/types';
import { useT } from '../../store/use-t';
import { CitationList } from '../../components/citation-list';
import { RichText } from '../../components/rich-text';
import './paper.css';

/** One part of the paper: its takeaway, summary, key points and the works it cites. */
export function ItemPanel({
  text,
  cites,
  headingLevel = 3,
}: {
  text: ItemText;
  cites: readonly number[];
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <article className="paper-item">
      <Heading className="paper-item__title">{text.title}</Heading>
      <p className="paper-item__takeaway">{text.takeaway}</p>
      <div className="paper-item__columns">
        <div className="paper-item__summary">
          {text.summary.split(/\n\s*\n/).map((paragraph, i) => (
            <p key={i}>
              <RichText source={paragraph} />
            </p>
          ))}
        </div>
        <div className="paper-item__side">
          <Sub>{t('paper.keyPoints')}</Sub>
          <ul className="paper-item__points">
            {text.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
          <Sub>{t('paper.cited')}</Sub>
          <CitationList refs={cites} />
        </div>
      </div>
    </article>
  );
}
