import type { YearRow } from '../../lib/chart-series';
import { useT } from '../../i18n/use-t';
import { valueLabel } from '../../i18n/value-label';
import { swatchStyle } from '../backbone-colors';
import './charts.css';

interface Props {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown }>;
  backbones: readonly string[];
  percent?: boolean;
}

// Enough names to recognise a bar; thousands of imported rows would bury the chart.
const MAX_NAMES = 30;

/** Names the models behind each segment of the hovered year. */
export function YearTooltip({ active, payload, backbones, percent }: Props) {
  const t = useT();
  const row = payload?.[0]?.payload as YearRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        {row.year} · {t('chart.tooltipModels', { count: Object.values(row.models).flat().length })}
      </p>
      {backbones
        .map((b, i) => ({ b, i, names: row.models[b] ?? [] }))
        .filter(({ names }) => names.length > 0)
        .map(({ b, i, names }) => (
          <p key={b} className="chart-tooltip__row">
            <span className="chart-tooltip__swatch" style={swatchStyle(b, i)} aria-hidden="true" />
            <strong>
              {valueLabel('backbone', b, t)} (
              {percent ? `${names.length}, ${row.counts[b]}%` : names.length})
            </strong>
            : {names.slice(0, MAX_NAMES).join(', ')}
            {names.length > MAX_NAMES &&
              t('chart.tooltipMore', { count: names.length - MAX_NAMES })}
          </p>
        ))}
    </div>
  );
}
