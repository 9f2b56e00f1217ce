import type { YearRow } from '../../lib/chart-series';
import { useT } from '../../store/use-t';
import { valueLabel } from '../../lib/value-label';
import { swatchStyle } from '../backbone-colors';
import './charts.css';

interface Props {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown }>;
  backbones: readonly string[];
  percent?: boolean;
}

/** Names the models behind each segment of the hovered year. */
export function YearTooltip({ active, payload, backbones, percent }: Props) {
  const t = useT();
  const row = payload?.[0]?.payload as YearRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        {row.year} · {t('chart.tooltipModels', { count: row.total })}
      </p>
      {backbones
        .map((b, i) => ({
          b,
          i,
          count: row.models[b]?.count ?? 0,
          names: row.models[b]?.names ?? [],
        }))
        .filter(({ count }) => count > 0)
        .map(({ b, count, names }) => (
          <p key={b} className="chart-tooltip__row">
            <span
              className="chart-tooltip__swatch"
              style={swatchStyle(b, backbones)}
              aria-hidden="true"
            />
            <strong>
              {valueLabel('backbone', b, t)} ({percent ? `${count}, ${row.counts[b]}%` : count})
            </strong>
            {/* Enough names to recognise a bar (lib/chart-series.ts keeps the first ones). */}:{' '}
            {names.join(', ')}
            {count > names.length && t('chart.tooltipMore', { count: count - names.length })}
          </p>
        ))}
    </div>
  );
}
