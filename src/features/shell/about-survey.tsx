import { paperTexts } from '../../data/paper/texts';
import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';
import { RichText } from '../../components/rich-text';
import './shell.css';

/** The survey in a few lines, folded under the header. */
export function AboutSurvey() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const overview = paperTexts(locale).intro.overview;
  return (
    <details className="about-survey">
      <summary>{t('about.title')}</summary>
      {/* What the explorer is for: folded here, so the first screen is the table's and charts'. */}
      <p className="about-survey__purpose">{t('app.tagline')}</p>
      <p className="about-survey__takeaway">{overview.takeaway}</p>
      {overview.summary.split(/\n\s*\n/).map((paragraph, i) => (
        <p key={i}>
          <RichText source={paragraph} />
        </p>
      ))}
      <ul>
        {overview.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </details>
  );
}
