import { usePlotArea } from 'recharts';
import type { YearRow } from '../../lib/chart-series';
import { modelBrief, tooltipSegments } from '../../lib/model-brief';
import { useT } from '../../store/use-t';
import { valueLabel } from '../../lib/value-label';
import { swatchStyle } from '../backbone-colors';
import './charts.css';

interface Props {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown }>;
  backbones: readonly string[];
  percent?: boolean;
  /** The segment under the pointer, if known: only its models are named (keys move by year). */
  segment?: { year: string; backbone: string } | null;
}

/** The most models a tooltip names: past it, each segment says how many more it holds. */
export const TOOLTIP_NAMED = 8;

/** Names the models of the hovered or focused year (or segment), each with its group and task. */
export function YearTooltip({ active, payload, backbones, percent, segment = null }: Props) {
  const t = useT();
  // No wider than the plot, which recharts keeps it within: on a phone it never runs off screen.
  const plot = usePlotArea();
  const row = payload?.[0]?.payload as YearRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip" style={plot ? { maxWidth: plot.width } : undefined}>
      <p className="chart-tooltip__title">
        {row.year} · {t('chart.tooltipModels', { count: row.total })}
      </p>
      {tooltipSegments(
        row,
        backbones,
        segment?.year === row.year ? segment.backbone : null,
        TOOLTIP_NAMED,
      ).map(({ backbone, count, named, more }) => (
        <div key={backbone} className="chart-tooltip__segment">
          <p className="chart-tooltip__row">
            <span
              className="chart-tooltip__swatch"
              style={swatchStyle(backbone, backbones)}
              aria-hidden="true"
            />
            <strong>
              {valueLabel('backbone', backbone, t)} (
              {percent ? `${count}, ${row.counts[backbone]}%` : count})
            </strong>
          </p>
          <ul className="chart-tooltip__models">
            {named.map((model) => (
              <li key={model.id}>{modelBrief(model, t)}</li>
            ))}
            {more > 0 && (
              <li className="chart-tooltip__more">{t('chart.tooltipPlusMore', { count: more })}</li>
            )}
          </ul>
        </div>
      ))}
    </div>
  );
}
