import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type PointerEvent,
  type RefObject,
} from 'react';
import {
  CartesianGrid,
  ReferenceArea,
  Scatter,
  ScatterChart,
  usePlotArea,
  XAxis,
  YAxis,
} from 'recharts';
import type { TimelinePoint } from '../../lib/chart-series';
import { makeSpan, sameSpan, type Month, type Span } from '../../lib/release-span';
import { spanLabel } from '../../lib/span-label';
import { useAppStore } from '../../store/store';
import { usePhoneWidth } from '../../components/use-phone-width';
import { useT } from '../../store/use-t';
import { valueLabel } from '../../lib/value-label';
import { backboneColor } from '../../components/backbone-colors';
import './charts.css';

interface Props {
  points: readonly TimelinePoint[];
  years: readonly string[];
  backbones: readonly string[];
  /** What a click or Enter on a model's mark does. */
  onOpenModel: (id: string) => void;
  /** Every row, drawn faintly behind the filtered ones when a filter is on; null otherwise. */
  ghost: readonly TimelinePoint[] | null;
  /** The release span in force, drawn as a band; a drag draws a new one or moves it. */
  span: Span | null;
  onSpan: (span: Span | null) => void;
  /** The model the table points at (hovered or focused), ringed. */
  markedId: string | null;
}

interface Placed extends TimelinePoint {
  lane: number;
  y: number;
  label?: string;
  marked?: boolean;
}

type Plot = { x: number; y: number; width: number; height: number };

/** Hands the plot area's geometry (inside the SVG) to the drag code outside the chart. */
function PlotProbe({ intoRef }: { intoRef: RefObject<Plot | null> }) {
  const area = usePlotArea();
  useLayoutEffect(() => {
    intoRef.current = area ?? null;
  });
  return null;
}

/** A faint, inert mark for a row the filters leave out. */
function GhostMark({ cx = 0, cy = 0 }: { cx?: number; cy?: number }) {
  return <circle cx={cx} cy={cy} r={4} className="timeline-ghost" aria-hidden="true" />;
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

// A press that moves less than this is a click (on a mark, it opens the model), not a drag.
const DRAG_THRESHOLD_PX = 6;

interface Drag {
  pointerId: number;
  startX: number;
  startMonth: Month;
  /** Drawing a new span, or moving the one there (keeping its length). */
  mode: 'draw' | 'move';
  origin: { from: Month; to: Month };
  dragging: boolean;
}

export function ReleaseTimeline({
  points: all,
  ghost,
  years,
  backbones,
  onOpenModel,
  span,
  onSpan,
  markedId,
}: Props) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  // On a phone the backbone names take less of the width: the months are what is dragged across.
  const phone = usePhoneWidth();
  const points = all.length > MAX_MARKS ? [] : all;
  const placed = place(points, backbones).map((p) => ({
    ...p,
    label: label(p),
    marked: p.id === markedId,
  }));
  const shown = new Set(points.map((p) => p.id));
  const faint =
    ghost && ghost.length <= MAX_MARKS
      ? place(ghost, backbones).filter((p) => !shown.has(p.id))
      : [];
  const first = Number(years[0] ?? 2022);
  const last = Number(years.at(-1) ?? 2024) + 1;
  const ticks = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const firstMonth = first * 12;
  const lastMonth = last * 12 - 1;

  const plot = useRef<Plot | null>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const swallowClick = useRef(false);
  const [draft, setDraftState] = useState<Span | null>(null);
  // Also kept in a ref: the pointerup may come before React has drawn the last move.
  const latestDraft = useRef<Span | null>(null);
  const setDraft = (next: Span | null) => {
    latestDraft.current = next;
    setDraftState(next);
  };
  const band = draft ?? span;

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

  /** The month under a pointer, held to the axis; null outside the plot. */
  function monthAt(e: PointerEvent, clamp = false): Month | null {
    const area = plot.current;
    const svg = canvas.current?.querySelector('svg.recharts-surface');
    if (!area || !svg || area.width <= 0) return null;
    const box = svg.getBoundingClientRect();
    const x = e.clientX - box.left - area.x;
    const y = e.clientY - box.top - area.y;
    if (!clamp && (x < 0 || x > area.width || y < 0 || y > area.height)) return null;
    const month = Math.floor((first + (x / area.width) * (last - first)) * 12);
    return Math.min(lastMonth, Math.max(firstMonth, month));
  }

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    // A touch drag is followed by no click: whatever an earlier drag set, this press starts afresh.
    swallowClick.current = false;
    if (e.button !== 0) return;
    const month = monthAt(e);
    if (month === null) return;
    // A span wider than the axis (a link's) is moved as the part of it that is drawn.
    const clamp = (m: Month) => Math.min(lastMonth, Math.max(firstMonth, m));
    const from = clamp(span?.from ?? firstMonth);
    const to = clamp(span?.to ?? lastMonth);
    const onMark = (e.target as Element).closest('.timeline-mark') !== null;
    const inBand = span !== null && month >= from && month <= to && !onMark;
    drag.current = {
      pointerId: e.pointerId,
      startX: e.clientX,
      startMonth: month,
      mode: inBand ? 'move' : 'draw',
      origin: { from, to },
      dragging: false,
    };
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    // Released outside the chart before it became a drag: that press is over.
    if ((e.buttons & 1) === 0) {
      drag.current = null;
      setDraft(null);
      return;
    }
    if (!d.dragging) {
      if (Math.abs(e.clientX - d.startX) < DRAG_THRESHOLD_PX) return;
      d.dragging = true;
      // Captured only once it is a drag: a click on a mark must still reach the mark.
      e.currentTarget.setPointerCapture(e.pointerId);
    }
    const month = monthAt(e, true)!;
    if (d.mode === 'draw') {
      setDraft(makeSpan(d.startMonth, month));
    } else {
      const length = d.origin.to - d.origin.from;
      const from = Math.min(
        lastMonth - length,
        Math.max(firstMonth, d.origin.from + month - d.startMonth),
      );
      setDraft({ from, to: from + length });
    }
  };

  const onPointerEnd = (e: PointerEvent<HTMLDivElement>, commit: boolean) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    drag.current = null;
    const drawn = latestDraft.current;
    if (!d.dragging || !commit || !drawn) {
      setDraft(null);
      return;
    }
    // The click that ends a mouse drag is not a click on what lies under it.
    swallowClick.current = e.pointerType === 'mouse';
    // An end at the axis's end stays open, as the sliders' do.
    const next = makeSpan(
      drawn.from === firstMonth ? null : drawn.from,
      drawn.to === lastMonth ? null : drawn.to,
    );
    // The band stays drawn until the span arrives (a frame later), so it does not flicker.
    if (sameSpan(next, span)) setDraft(null);
    onSpan(next);
  };

  // The drawn span has arrived: the band is the span's again.
  useEffect(() => {
    if (!drag.current) setDraft(null);
  }, [span]);

  return (
    <div>
      <div
        ref={canvas}
        className="timeline-canvas"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={(e) => onPointerEnd(e, true)}
        onPointerCancel={(e) => onPointerEnd(e, false)}
        onClickCapture={(e) => {
          if (!swallowClick.current) return;
          swallowClick.current = false;
          e.stopPropagation();
        }}
      >
        <ScatterChart
          accessibilityLayer={false}
          responsive
          style={{ width: '100%', height: 300 }}
          margin={{ top: 28, right: 16, bottom: 8, left: 8 }}
        >
          <PlotProbe intoRef={plot} />
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
            width={phone ? 92 : 150}
            reversed
            stroke="var(--chart-axis)"
            tick={{ fill: 'var(--chart-axis)', fontSize: phone ? 12 : 13 }}
          />
          {band && (
            <ReferenceArea
              x1={(band.from ?? firstMonth) / 12}
              x2={((band.to ?? lastMonth) + 1) / 12}
              className="timeline-band"
              fill="var(--chart-mark)"
              fillOpacity={1}
              stroke="var(--chart-ghost-edge)"
              ifOverflow="hidden"
              label={{
                value: spanLabel(band, locale, t),
                position: 'insideTop',
                className: 'timeline-band__label',
                offset: -20,
              }}
            />
          )}
          {faint.length > 0 && (
            <Scatter
              data={faint}
              shape={<GhostMark />}
              isAnimationActive={false}
              legendType="none"
              tooltipType="none"
            />
          )}
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
      </div>
      {all.length > MAX_MARKS && (
        <p className="timeline-key">{t('chart.timelineTooMany', { max: MAX_MARKS })}</p>
      )}
      <p className="timeline-key">
        <span>● {t('chart.timelineLegendMonth')}</span>{' '}
        <span>◌ {t('chart.timelineLegendYear')}</span>
      </p>
      <p className="timeline-key">
        {t('span.hint')}{' '}
        {span && (
          <button type="button" className="button button--small" onClick={() => onSpan(null)}>
            {t('span.clear')}
          </button>
        )}
      </p>
    </div>
  );
}
