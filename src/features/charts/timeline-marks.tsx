import { useState } from 'react';
import { backboneColor } from '../../components/backbone-colors';
import type { PlacedMark } from '../../lib/timeline-geometry';

/** A faint, inert mark for a row the filters leave out. */
export function GhostMark({ cx = 0, cy = 0 }: { cx?: number; cy?: number }) {
  return <circle cx={cx} cy={cy} r={4} className="timeline-ghost" aria-hidden="true" />;
}

/** A focusable mark: its name shows on hover and focus; Enter or a click opens the model. */
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
        <text x={cx} y={cy - 13} textAnchor="middle" className="timeline-mark__label">
          {p.name} · {p.when}
        </text>
      )}
    </g>
  );
}
