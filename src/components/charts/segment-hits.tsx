import { DefaultZIndexes, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import type { YearRow } from '../../lib/chart-series';
import { hitBands, MIN_TARGET } from '../../lib/hit-bands';

interface Props {
  rows: readonly YearRow[];
  backbones: readonly string[];
  onClick: (backbone: string) => void;
  /** The segment under the pointer (null when it leaves), for the tooltip to name its models. */
  onHover: (segment: { year: string; backbone: string } | null) => void;
}

/**
 * An invisible hit area over each bar segment, at least 24 px tall (WCAG 2.5.8): a one-model
 * segment is drawn 6 px thick. Pointer only: the legend and the year buttons do the same from
 * the keyboard, and the figure's table gives the numbers.
 */
export function SegmentHits({ rows, backbones, onClick, onHover }: Props) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const base = y?.(0);
  if (!x || !y || base === undefined) return null;
  return (
    // Above the bars, below the axes (the year buttons): bars are at 300, axes at 500.
    <ZIndexLayer zIndex={DefaultZIndexes.bar + 50}>
      <g className="segment-hits" aria-hidden="true" onMouseLeave={() => onHover(null)}>
        {rows.flatMap((row) => {
          const start = x(row.year, { position: 'start' });
          const end = x(row.year, { position: 'end' });
          const present = backbones.filter((b) => (row.counts[b] ?? 0) > 0);
          if (start === undefined || end === undefined || present.length === 0) return [];
          let sum = 0;
          const edges = [0, ...present.map((b) => base - (y((sum += row.counts[b]!)) ?? base))];
          // A little over the minimum: the drawing may be scaled a hair below its CSS size.
          const bands = hitBands(edges, MIN_TARGET + 2);
          // As wide as the drawn bar (the slot less recharts' 10% gap each side), or a target.
          const slot = end - start;
          const width = Math.min(slot, Math.max(slot * 0.8, MIN_TARGET + 2));
          return present.map((b, i) => (
            <rect
              key={`${row.year}|${b}`}
              data-hit={`${row.year} ${b}`}
              x={start + (slot - width) / 2}
              y={base - bands[i + 1]!}
              width={width}
              height={bands[i + 1]! - bands[i]!}
              fill="transparent"
              cursor="pointer"
              onClick={() => onClick(b)}
              onMouseEnter={() => onHover({ year: row.year, backbone: b })}
            />
          ));
        })}
      </g>
    </ZIndexLayer>
  );
}
