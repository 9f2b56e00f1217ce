import type { Model } from '../../../data/schema';
import { StackedYearBars } from '../../../components/charts/stacked-year-bars';
import { fieldValue } from '../../../components/field-value';
import { FIELDS } from '../../../lib/fields';
import { useT } from '../../../store/use-t';
import { useChartData } from '../../../store/derived';
import { useAppStore } from '../../../store/store';
import { FieldMap } from '../field-map';
import { chartHeadline } from '../headlines';
import { Phrases } from '../phrases';
import { SlideLegend } from '../slide-legend';

/** The columns of the slide that shows Table 1: the registry's fields marked `slide`. */
const SLIDE_FIELDS = FIELDS.filter((f) => f.slide);

export function MapSlide({ rows }: { rows: readonly Model[] }) {
  const t = useT();
  const charts = useChartData();
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
}

export function TableSlide({
  rows,
  page,
  pages,
  start,
  end,
}: {
  rows: readonly Model[];
  page: number;
  pages: number;
  start: number;
  end: number;
}) {
  const t = useT();
  const total = useAppStore((s) => s.models.length);
  return (
    <div className="slide">
      <h2>
        {t('present.tableTitle')}{' '}
        <span className="slide__page">
          {t('present.tablePage', { page, pages, shown: rows.length, total })}
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
          {rows.slice(start, end).map((m) => (
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
}

/**
 * A figure with its point as the headline. Pointing at it shows the values; nothing in it
 * changes a filter, and whatever pointing opened goes with the slide (the deck remounts it).
 */
export function ChartSlide({
  chart,
  rows,
}: {
  chart: 'per-year' | 'share';
  rows: readonly Model[];
}) {
  const t = useT();
  const charts = useChartData();
  const share = chart === 'share';
  const title = t(share ? 'chart.share' : 'chart.perYear');
  return (
    <div className="slide slide--chart">
      <p className="slide__kicker">{title}</p>
      <h2>
        <Phrases text={chartHeadline(chart, rows, t)} />
      </h2>
      <div className="slide__chart">
        <StackedYearBars
          rows={share ? charts.sharePercent : charts.perYear}
          backbones={charts.backbones}
          percent={share}
          totalLabel={(n) => t('chart.yearN', { count: n })}
          title={title}
          height={380}
          large
        />
      </div>
      <SlideLegend backbones={charts.backbones} />
    </div>
  );
}
