import { paperTexts, partText } from '../../data/paper/texts';
import { REFERENCES, ITEM_CITATIONS } from '../../data/paper/citations';
import type { Model } from '../../data/schema';
import type { Slide } from '../../lib/slides';
import { useT } from '../../store/use-t';
import { useChartData } from '../../store/derived';
import { useAppStore } from '../../store/store';
import { StackedYearBars } from '../../components/charts/stacked-year-bars';
import { fieldValue } from '../../components/field-value';
import { FIELDS } from '../../lib/fields';
import { SlideLegend } from './slide-legend';
import { SURVEY_ARXIV_ID, SURVEY_TITLE, SURVEY_URL } from '../../data/survey';
import { chartHeadline } from './headlines';
import { FieldMap } from './field-map';
import { QrCode } from './qr-code';
import { viewLink } from './view-link';

/** A slide holds one idea: its headline and at most this many points; the rest is in the notes. */
export const MAX_POINTS = 4;
import './slides.css';

/** The columns of the slide that shows Table 1: the registry's fields marked `slide`. */
const SLIDE_FIELDS = FIELDS.filter((f) => f.slide);

/** One slide's content, sized for a projector. */
export function SlideContent({
  slide,
  rows,
  screenHeight = window.innerHeight,
}: {
  slide: Slide;
  rows: readonly Model[];
  /** The height the slide is shown at: the window's, or a preview's 720. */
  screenHeight?: number;
}) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const total = useAppStore((s) => s.models.length);
  const imported = useAppStore((s) => s.imported.length);
  const charts = useChartData();
  const texts = paperTexts(locale);

  switch (slide.kind) {
    case 'title':
      return (
        <div className="slide slide--title">
          <p className="slide__kicker">{t('app.title')}</p>
          <h2>{SURVEY_TITLE}</h2>
          <p className="slide__cite">{t('present.authors', { id: SURVEY_ARXIV_ID })}</p>
          <p className="slide__meta">
            {rows.length === total && imported === 0
              ? t('present.modelsAll', { count: total })
              : t('table.status', { shown: rows.length, total })}
          </p>
        </div>
      );
    case 'map':
      return (
        <div className="slide slide--map">
          <h2>{t('present.mapTitle', { count: rows.length })}</h2>
          {rows.length ? (
            <FieldMap rows={rows} backbones={charts.backbones} />
          ) : (
            <p>{t('empty.title')}</p>
          )}
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
                {SLIDE_FIELDS.map((f) => (
                  <th key={f.id} scope="col">
                    {t(f.label)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.slice(slide.start, slide.end).map((m) => (
                <tr key={m.id}>
                  {SLIDE_FIELDS.map((f) =>
                    f.kind === 'name' ? (
                      <th key={f.id} scope="row">
                        {m.name}
                      </th>
                    ) : (
                      <td key={f.id}>{fieldValue(f, m, 'slide', t)}</td>
                    ),
                  )}
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
          <p className="slide__kicker">{title}</p>
          <h2>{chartHeadline(slide.chart, rows, t)}</h2>
          <div className="slide__chart">
            <StackedYearBars
              rows={share ? charts.sharePercent : charts.perYear}
              backbones={charts.backbones}
              percent={share}
              totalLabel={(n) => t('chart.yearN', { count: n })}
              title={title}
              // Half the screen's height: 374 px at 720, 562 at 1080 (a slide fills the screen).
              height={Math.max(300, Math.round(screenHeight * 0.52))}
              large
            />
          </div>
          <SlideLegend backbones={charts.backbones} />
        </div>
      );
    }
    case 'item': {
      const item = partText(texts, slide.section, slide.id);
      const refs = ITEM_CITATIONS[slide.id] ?? [];
      return (
        <div className="slide slide--item">
          <p className="slide__kicker">
            {slide.section === 'intro'
              ? item.title
              : `${t(`view.${slide.section}`)} · ${item.title}`}
          </p>
          <h2>{item.takeaway}</h2>
          <ul className="slide__points">
            {item.points.slice(0, MAX_POINTS).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          {refs.length > 0 && (
            <p className="slide__cites">
              {t('present.citesLine', {
                // A number and its title never part at a line end.
                refs: refs
                  .map((r) => `[${r}]\u00a0${REFERENCES[r]?.label ?? ''}`.trim())
                  .join(' · '),
              })}
            </p>
          )}
        </div>
      );
    }
    case 'closing': {
      // A QR code only where a phone can open it: a page served over http(s), not a file.
      const served = location.protocol === 'http:' || location.protocol === 'https:';
      const link = served ? viewLink() : null;
      return (
        <div className="slide slide--closing">
          <h2>{t('present.thanks')}</h2>
          <div className="slide__closing">
            <div>
              <p className="slide__kicker">{t('present.howToCite')}</p>
              <p className="slide__cite">{t('present.citeLine', { id: SURVEY_ARXIV_ID })}</p>
              <p className="slide__meta">{SURVEY_URL}</p>
              {link && (
                <>
                  <p className="slide__kicker">{t('present.thisView')}</p>
                  <p className="slide__link">{link.replace(/^https?:\/\//, '')}</p>
                </>
              )}
            </div>
            {link && <QrCode text={link} label={t('present.qr', { link })} size={260} />}
          </div>
        </div>
      );
    }
  }
}
