import { useState } from 'react';
import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import type { TimelinePoint } from '../../lib/chart-series';
import { useT } from '../../i18n/use-t';
import { valueLabel } from '../../i18n/value-label';
import { backboneColor } from '../../components/backbone-colors';
import './charts.css';

interface Props {
  points: readonly TimelinePoint[];
  years: readonly string[];
  backbones: readonly string[];
  /** What a click or Enter on a model's mark does. */
  onOpenModel: (id: string) => void;
}

interface Placed extends TimelinePoint {
  lane: number;
  y: number;
  label?: string;
}

/** A focusable mark: its name shows on hover and focus; Enter or a click opens the model. */
function TimelineMark({
  cx = 0,
  cy = 0,
  payload: p,
  onOpen,
}: {
  cx?: number;
  cy?: number;
  payload?: Placed;
  onOpen?: (id: string) => void;
}) {
  const [shown, setShown] = useState(false);
  if (!p) return <g />;
  const color = backboneColor(p.backbone, p.lane);
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

/** Spreads marks that share a lane and a month so each stays visible and clickable. */
function place(points: readonly TimelinePoint[], backbones: readonly string[]): Placed[] {
  const seen = new Map<string, number>();
  return points.map((p) => {
    const lane = backbones.indexOf(p.backbone);
    const key = `${lane}:${p.when}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    const offset = k === 0 ? 0 : (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * 0.16;
    return { ...p, lane, y: lane + offset };
  });
}

/** One mark per model, by the month of its first arXiv version, or hollow where only the year is known. */
// Each mark is a focusable button: past this many the chart would stop being readable or quick.
const MAX_MARKS = 500;

export function ReleaseTimeline({ points: all, years, backbones, onOpenModel }: Props) {
  const t = useT();
  const points = all.length > MAX_MARKS ? [] : all;
  const placed = place(points, backbones).map((p) => ({ ...p, label: label(p) }));
  const first = Number(years[0] ?? 2022);
  const last = Number(years.at(-1) ?? 2024) + 1;
  const ticks = Array.from({ length: last - first + 1 }, (_, i) => first + i);

  function label(p: Placed) {
    return t('chart.timelineMark', {
      name: p.name,
      backbone: valueLabel('backbone', p.backbone, t),
      when:
        p.precision === 'month'
          ? t('chart.timelineMonth', { when: p.when })
          : t('chart.timelineYear', { when: p.when }),
    });
  }

  return (
    <div>
      <ScatterChart
        accessibilityLayer={false}
        responsive
        style={{ width: '100%', height: 300 }}
        margin={{ top: 16, right: 16, bottom: 8, left: 8 }}
      >
        <CartesianGrid stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          dataKey="x"
          domain={[first, last]}
          ticks={ticks}
          tickFormatter={(v: number) => String(v)}
          stroke="var(--chart-axis)"
          tick={{ fill: 'var(--chart-axis)', fontSize: 14 }}
          allowDecimals={false}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[-0.6, backbones.length - 0.4]}
          ticks={backbones.map((_, i) => i)}
          tickFormatter={(i: number) => valueLabel('backbone', backbones[i] ?? '', t)}
          width={150}
          reversed
          stroke="var(--chart-axis)"
          tick={{ fill: 'var(--chart-axis)', fontSize: 13 }}
        />
        {backbones.map((b, i) => (
          <Scatter
            key={b}
            name={valueLabel('backbone', b, t)}
            data={placed.filter((p) => p.lane === i)}
            fill={backboneColor(b, i)}
            shape={<TimelineMark onOpen={onOpenModel} />}
            isAnimationActive={false}
          />
        ))}
      </ScatterChart>
      {all.length > MAX_MARKS && (
        <p className="timeline-key">{t('chart.timelineTooMany', { max: MAX_MARKS })}</p>
      )}
      <p className="timeline-key">
        <span>● {t('chart.timelineLegendMonth')}</span>{' '}
        <span>◌ {t('chart.timelineLegendYear')}</span>
      </p>
    </div>
  );
}
