import { useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ReferenceArea,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CHART_HEIGHT, countTicks, type YearRow } from '../../lib/chart-series';
import { useT } from '../../store/use-t';
import { valueLabel } from '../../lib/value-label';
import { backboneColor } from '../backbone-colors';
import { SegmentHits } from './segment-hits';
import { YearTick } from './year-tick';
import { YearTooltip } from './year-tooltip';
import './charts.css';

interface Props {
  rows: readonly YearRow[];
  backbones: readonly string[];
  percent?: boolean;
  /** Print each bar's total above it, worded by this function (e.g. `n = 3`, or `n = 3 of 8`). */
  totalLabel?: (total: number, of?: number) => string;
  title: string;
  /** Drawing height in px; larger type for a projector when `large`. */
  height?: number;
  large?: boolean;
  /** Years shown as pressed on the axis. */
  selectedYears?: readonly string[];
  /** What a click on a segment does; none makes the bars plain. */
  onSegmentClick?: (backbone: string) => void;
  /** What a click (or Enter) on a year does; none makes the years plain text. */
  onYearClick?: (year: string) => void;
  /**
   * Every row per year, whatever the filters: drawn as a faint bar behind each filtered one
   * (in counts; a 100% bar has no room for it, its label says `n = 3 of 8` instead).
   */
  ghost?: readonly YearRow[] | null;
  /** The year of the model hovered or focused in the table, marked by a band. */
  markedYear?: string | null;
  /** Backbones drawn faintly, beside the picked ones drawn in full (the share of all rows). */
  dimmed?: readonly string[];
}

/** The index of the highest segment with a value: where a bar's total label sits. */
const topSegment = (row: YearRow, backbones: readonly string[]) =>
  backbones.findLastIndex((b) => (row.counts[b] ?? 0) > 0);

/** Years on x, one stacked segment per backbone; the place that shows it decides what clicks do. */
export function StackedYearBars({
  rows,
  backbones,
  percent,
  totalLabel,
  title,
  height = CHART_HEIGHT,
  large,
  selectedYears,
  onSegmentClick,
  onYearClick,
  ghost,
  markedYear,
  dimmed,
}: Props) {
  const t = useT();
  // The segment under the pointer: the tooltip then names its models only.
  const [segment, setSegment] = useState<{ year: string; backbone: string } | null>(null);
  const ghostTotal = new Map(ghost?.map((r) => [r.year, r.total]));
  const drawnGhost = ghost && !percent;
  const ticks = percent
    ? [0, 25, 50, 75, 100]
    : countTicks(Math.max(1, ...(drawnGhost ? ghost : rows).map((r) => r.total)));
  return (
    <BarChart
      responsive
      style={{ width: '100%', height }}
      data={rows as YearRow[]}
      // Room above the bars for their labels: two lines once a filter says `n = 3` `of 8`.
      margin={{
        top: (large ? 40 : 24) + (ghost && totalLabel ? (large ? 26 : 16) : 0),
        right: 12,
        bottom: 8,
        left: 0,
      }}
      accessibilityLayer
      title={title}
    >
      <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
      <XAxis
        dataKey="year"
        tick={<YearTick large={large} selected={selectedYears} onToggle={onYearClick} />}
        height={large ? 48 : 36}
        tickLine={false}
        stroke="var(--chart-axis)"
        interval={0}
      />
      {/* A second, hidden axis on the same years: its bar spans the whole slot, behind the stack. */}
      {drawnGhost && <XAxis xAxisId="ghost" dataKey="year" hide />}
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
        content={<YearTooltip backbones={backbones} percent={percent} segment={segment} />}
        wrapperStyle={{ zIndex: 5 }}
      />
      {markedYear && (
        <ReferenceArea
          x1={markedYear}
          x2={markedYear}
          className="year-mark"
          fill="var(--chart-mark)"
          fillOpacity={1}
          ifOverflow="extendDomain"
        />
      )}
      {drawnGhost && (
        <Bar
          xAxisId="ghost"
          dataKey={(row: YearRow) => ghostTotal.get(row.year) ?? 0}
          className="bar-ghost"
          fill="var(--chart-ghost)"
          stroke="var(--chart-ghost-edge)"
          strokeDasharray="4 3"
          isAnimationActive={false}
          tooltipType="none"
          legendType="none"
        />
      )}
      {backbones.map((b, i) => (
        <Bar
          key={b}
          name={valueLabel('backbone', b, t)}
          dataKey={(row: YearRow) => row.counts[b] ?? 0}
          stackId="year"
          fill={backboneColor(b, backbones)}
          fillOpacity={dimmed?.includes(b) ? 0.25 : 1}
          isAnimationActive={false}
        >
          {totalLabel && (
            <LabelList
              dataKey={(row: YearRow) => row.total}
              content={(props) => {
                const index = Number(props.index);
                const row = rows[index];
                if (!row || topSegment(row, backbones) !== i) return null;
                const x = Number(props.x) + Number(props.width) / 2;
                // `n = 26` over `of 33`: two short lines, so neighbouring bars' labels never meet.
                const lines = totalLabel(
                  row.total,
                  ghost ? (ghostTotal.get(row.year) ?? 0) : undefined,
                ).split('\n');
                const lineHeight = large ? 26 : 16;
                return (
                  <text
                    x={x}
                    y={Number(props.y) - 8 - (lines.length - 1) * lineHeight}
                    textAnchor="middle"
                    className={large ? 'bar-total bar-total--large' : 'bar-total'}
                  >
                    {lines.map((line, l) => (
                      <tspan key={l} x={x} dy={l === 0 ? 0 : lineHeight}>
                        {/* A space between the lines, so the text reads whole when copied. */}
                        {l < lines.length - 1 ? `${line} ` : line}
                      </tspan>
                    ))}
                  </text>
                );
              }}
            />
          )}
        </Bar>
      ))}
      {onSegmentClick && (
        <SegmentHits
          rows={rows}
          backbones={backbones}
          onClick={onSegmentClick}
          onHover={setSegment}
        />
      )}
    </BarChart>
  );
}
