import { paperTexts, partText } from '../../data/paper/texts';
import { ITEM_CITATIONS } from '../../data/paper/citations';
import type { Model } from '../../data/schema';
import type { Slide } from '../../lib/slides';
import { useT } from '../../i18n/use-t';
import { useChartData } from '../../store/derived';
import { useAppStore } from '../../store/store';
import { StackedYearBars } from '../../components/charts/stacked-year-bars';
import { BackboneBadge } from '../../components/backbone-badge';
import { CitationList } from '../../components/citation-list';
import { RichText } from '../../components/rich-text';
import { SlideLegend } from './slide-legend';
import { SURVEY_ARXIV_ID, SURVEY_URL } from '../../data/survey';
import './present.css';

/** One slide's content, sized for a projector. */
export function SlideContent({ slide, rows }: { slide: Slide; rows: readonly Model[] }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const total = useAppStore((s) => s.models.length);
  const charts = useChartData();
  const texts = paperTexts(locale);

  switch (slide.kind) {
    case 'title':
      return (
        <div className="slide slide--title">
          <h2>{t('app.title')}</h2>
          <p className="slide__lead">{texts.intro.overview.takeaway}</p>
          <p className="slide__cite">{t('app.citation')}</p>
          <p className="slide__meta">{t('table.status', { shown: rows.length, total })}</p>
        </div>
      );
    case 'table':
      return (
        <div className="slide">
          <h2>
            {t('present.tableTitle')}{' '}
            <span className="slide__page">
              {t('present.tablePage', {
                page: slide.page,
                pages: slide.pages,
                shown: rows.length,
                total,
              })}
            </span>
          </h2>
          <table className="slide-table">
            <thead>
              <tr>
                <th scope="col">{t('col.model')}</th>
                <th scope="col">{t('col.year')}</th>
                <th scope="col">{t('col.backbone')}</th>
                <th scope="col">{t('col.task')}</th>
                <th scope="col">{t('col.group')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(slide.start, slide.end).map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td>{m.year}</td>
                  <td>
                    <BackboneBadge backbone={m.backbone} />
                  </td>
                  <td>{m.tasks.join(', ')}</td>
                  <td>{m.groups.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p>{t('empty.title')}</p>}
        </div>
      );
    case 'chart': {
      const share = slide.chart === 'share';
      const title = t(share ? 'chart.share' : 'chart.perYear');
      return (
        <div className="slide slide--chart">
          <h2>{title}</h2>
          <div className="slide__chart">
            <StackedYearBars
              rows={share ? charts.sharePercent : charts.perYear}
              backbones={charts.backbones}
              percent={share}
              totalLabel={share ? (n) => t('chart.yearN', { count: n }) : String}
              title={title}
              height={430}
              large
            />
          </div>
          <SlideLegend backbones={charts.backbones} />
        </div>
      );
    }
    case 'item': {
      const item = partText(texts, slide.section, slide.id);
      const heading = slide.continued ? t('present.continued', { title: item.title }) : item.title;
      return (
        <div className="slide slide--item">
          <h2>{heading}</h2>
          {slide.part === 'summary' && !slide.continued && (
            <p className="slide__lead">{item.takeaway}</p>
          )}
          {slide.part === 'summary' &&
            slide.paragraphs.map((p, i) => (
              <p key={i}>
                <RichText source={p} />
              </p>
            ))}
          {slide.part === 'points' && (
            <>
              <h3>{t('paper.keyPoints')}</h3>
              <ul className="slide__points">
                {item.points.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </>
          )}
          {slide.part === 'cites' && (
            <>
              <h3>{t('paper.cited')}</h3>
              <CitationList refs={ITEM_CITATIONS[slide.id]} />
            </>
          )}
        </div>
      );
    }
    case 'closing':
      return (
        <div className="slide slide--title">
          <h2>{t('present.thanks')}</h2>
          <p className="slide__cite">{t('export.citation', { id: SURVEY_ARXIV_ID })}</p>
          <p className="slide__meta">{SURVEY_URL}</p>
        </div>
      );
  }
}
