import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { YearRow } from '../../lib/chart-series';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../store/store';
import { valueLabel } from '../../i18n/value-label';
import { backboneColor } from '../backbone-colors';
import { YearTick } from './year-tick';
import { YearTooltip } from './year-tooltip';

interface Props {
  rows: readonly YearRow[];
  backbones: readonly string[];
  percent?: boolean;
  /** Print each bar's total above it. */
  totals?: boolean;
  title: string;
  /** Drawing height in px; larger type for a projector when `large`. */
  height?: number;
  large?: boolean;
}

/** Years on x, one stacked segment per backbone; a segment click filters by its backbone. */
/** Integer ticks from zero to a round top a little above the tallest bar. */
export function countTicks(max: number): number[] {
  const step = max <= 8 ? 1 : max <= 20 ? 2 : max <= 50 ? 5 : 10 ** Math.floor(Math.log10(max / 2));
  const top = Math.ceil((max * 1.08) / step) * step || step;
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}

/** The index of the highest segment with a value: where a bar's total label sits. */
const topSegment = (row: YearRow, backbones: readonly string[]) =>
  backbones.findLastIndex((b) => (row.counts[b] ?? 0) > 0);

export function StackedYearBars({
  rows,
  backbones,
  percent,
  totals,
  title,
  height = 300,
  large,
}: Props) {
  const t = useT();
  const toggle = useAppStore((s) => s.toggleFacetValue);
  const ticks = percent
    ? [0, 25, 50, 75, 100]
    : countTicks(Math.max(1, ...rows.map((r) => r.total)));
  return (
    <BarChart
      responsive
      style={{ width: '100%', height }}
      data={rows as YearRow[]}
      margin={{ top: 24, right: 12, bottom: 8, left: 0 }}
      accessibilityLayer
      title={title}
    >
      <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
      <XAxis
        dataKey="year"
        tick={<YearTick large={large} />}
        height={large ? 48 : 36}
        tickLine={false}
        stroke="var(--chart-axis)"
        interval={0}
      />
      <YAxis
        allowDecimals={false}
        domain={[0, ticks.at(-1)!]}
        ticks={ticks}
        interval={0}
        unit={percent ? '%' : undefined}
        width={large ? (percent ? 72 : 52) : percent ? 48 : 36}
        stroke="var(--chart-axis)"
        tick={{ fill: 'var(--chart-axis)', fontSize: large ? 22 : 14 }}
      />
      <Tooltip
        cursor={{ fill: 'var(--row-hover)' }}
        content={<YearTooltip backbones={backbones} percent={percent} />}
        wrapperStyle={{ zIndex: 5 }}
      />
      {backbones.map((b, i) => (
        <Bar
          key={b}
          name={valueLabel('backbone', b, t)}
          dataKey={(row: YearRow) => row.counts[b] ?? 0}
          stackId="year"
          fill={backboneColor(b, i)}
          isAnimationActive={false}
          cursor="pointer"
          onClick={() => toggle('backbone', b)}
        >
          {totals && (
            <LabelList
              dataKey={(row: YearRow) => row.total}
              content={(props) => {
                const index = Number(props.index);
                const row = rows[index];
                if (!row || topSegment(row, backbones) !== i) return null;
                const x = Number(props.x) + Number(props.width) / 2;
                return (
                  <text
                    x={x}
                    y={Number(props.y) - 8}
                    textAnchor="middle"
                    className={large ? 'bar-total bar-total--large' : 'bar-total'}
                  >
                    {row.total}
                  </text>
                );
              }}
            />
          )}
        </Bar>
      ))}
    </BarChart>
  );
}
