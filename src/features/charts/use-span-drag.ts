import { useEffect, useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import { makeSpan, sameSpan, type Month, type Span } from '../../lib/release-span';
import {
  clampMonth,
  drawnSpan,
  monthAtX,
  shiftSpan,
  type TimelineAxis,
} from '../../lib/timeline-geometry';
import type { Plot } from './plot-probe';

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

/**
 * The timeline's drag: across the plot it draws a span, inside the band it moves it. The band to
 * draw is the drag's while it lasts, the span's otherwise; the handlers go on the chart's box.
 */
export function useSpanDrag(
  axis: TimelineAxis,
  span: Span | null,
  onSpan: (span: Span | null) => void,
) {
  const { firstMonth, lastMonth } = axis;
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

  /** The month under a pointer, held to the axis; null outside the plot. */
  function monthAt(e: PointerEvent, clamp = false): Month | null {
    const area = plot.current;
    const svg = canvas.current?.querySelector('svg.recharts-surface');
    if (!area || !svg || area.width <= 0) return null;
    const box = svg.getBoundingClientRect();
    const x = e.clientX - box.left - area.x;
    const y = e.clientY - box.top - area.y;
    if (!clamp && (x < 0 || x > area.width || y < 0 || y > area.height)) return null;
    return monthAtX(x, area.width, axis);
  }

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    // A touch drag is followed by no click: whatever an earlier drag set, this press starts afresh.
    swallowClick.current = false;
    if (e.button !== 0) return;
    const month = monthAt(e);
    if (month === null) return;
    // A span wider than the axis (a link's) is moved as the part of it that is drawn.
    const from = clampMonth(span?.from ?? firstMonth, axis);
    const to = clampMonth(span?.to ?? lastMonth, axis);
    // A mark's hit circle is drawn in a layer of its own, below every mark (timeline-marks.tsx).
    const onMark = (e.target as Element).closest('.timeline-mark, .timeline-mark__hit') !== null;
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
    if (d.mode === 'draw') setDraft(makeSpan(d.startMonth, month));
    else setDraft(shiftSpan(d.origin, month - d.startMonth, axis));
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
    const next = drawnSpan(drawn, axis);
    // The band stays drawn until the span arrives (a frame later), so it does not flicker.
    if (sameSpan(next, span)) setDraft(null);
    onSpan(next);
  };

  // The drawn span has arrived: the band is the span's again.
  useEffect(() => {
    if (!drag.current) setDraft(null);
  }, [span]);

  const handlers = {
    onPointerDown,
    onPointerMove,
    onPointerUp: (e: PointerEvent<HTMLDivElement>) => onPointerEnd(e, true),
    onPointerCancel: (e: PointerEvent<HTMLDivElement>) => onPointerEnd(e, false),
    onClickCapture: (e: MouseEvent<HTMLDivElement>) => {
      if (!swallowClick.current) return;
      swallowClick.current = false;
      e.stopPropagation();
    },
  };
  return { plot, canvas, band, handlers };
}
