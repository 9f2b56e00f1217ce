import { useState } from 'react';
import { DefaultZIndexes, ZIndexLayer } from 'recharts';
import { backboneColor } from '../../components/backbone-colors';
import type { PlacedMark } from '../../lib/timeline-geometry';

/** A faint, inert mark for a row the filters leave out. */
export function GhostMark({ cx = 0, cy = 0 }: { cx?: number; cy?: number }) {
  return <circle cx={cx} cy={cy} r={4} className="timeline-ghost" aria-hidden="true" />;
}

/** A mark's target, wider than its drawing: over 24 px across (WCAG 2.5.8). */
const HIT_RADIUS = 13;

/**
 * A focusable mark: its name, group and task show on hover and focus (and are its accessible
 * name); Enter or a click opens the model.
 */
export function TimelineMark({
  cx = 0,
  cy = 0,
  payload: p,
  backbones,
  onOpen,
}: {
  cx?: number;
  cy?: number;
  payload?: PlacedMark;
  /** The chart's backbones, which decide the colours. */
  backbones: readonly string[];
  onOpen?: (id: string) => void;
}) {
  const [shown, setShown] = useState(false);
  if (!p) return <g />;
  const color = backboneColor(p.backbone, backbones);
  const anchor = p.anchor ?? 'middle';
  const x = anchor === 'start' ? cx - 8 : anchor === 'end' ? cx + 8 : cx;
  return (
    <g
      tabIndex={0}
      role="button"
      aria-label={p.label}
      className="timeline-mark"
      onFocus={() => setShown(true)}
      onBlur={() => setShown(false)}
      onMouseEnter={() => setShown(true)}
      onMouseLeave={() => setShown(false)}
      onClick={() => onOpen?.(p.id)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onOpen?.(p.id);
        }
      }}
    >
      {/* Below every mark's drawing: where two targets meet, a click on a dot is that dot's. */}
      <ZIndexLayer zIndex={DefaultZIndexes.scatter - 50}>
        <circle cx={cx} cy={cy} r={HIT_RADIUS} className="timeline-mark__hit" data-hit={p.id} />
      </ZIndexLayer>
      {p.marked && <circle cx={cx} cy={cy} r={12} className="timeline-mark__ring" />}
      {p.precision === 'month' ? (
        <circle cx={cx} cy={cy} r={7} fill={color} stroke="var(--surface)" strokeWidth={1.5} />
      ) : (
        <circle
          cx={cx}
          cy={cy}
          r={6}
          fill="var(--surface)"
          stroke={color}
          strokeWidth={2.5}
          strokeDasharray="3 2"
        />
      )}
      {shown && (
        // Two short lines above the mark, running inward near the axis's ends (never cut off),
        // in a layer above every mark so none hides them.
        <ZIndexLayer zIndex={DefaultZIndexes.activeDot + 100}>
          <g className="timeline-mark__tip" aria-hidden="true">
            <text x={x} y={cy - 30} textAnchor={anchor} className="timeline-mark__label">
              {p.name} · {p.when}
            </text>
            {p.about && (
              <text x={x} y={cy - 14} textAnchor={anchor} className="timeline-mark__about">
                {p.about}
              </text>
            )}
          </g>
        </ZIndexLayer>
      )}
    </g>
  );
}
