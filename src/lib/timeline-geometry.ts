import type { TimelinePoint } from './chart-series';
import { makeSpan, type Month, type Span } from './release-span';

/** A mark on the release timeline: its backbone's lane, and its height there. */
export interface PlacedMark extends TimelinePoint {
  lane: number;
  y: number;
  label?: string;
  /** Its group and task, shown under its name on hover and focus. */
  about?: string;
  /** Which way its shown name runs from it: inward near the axis's ends, so it is not cut off. */
  anchor?: LabelAnchor;
  marked?: boolean;
}

export type LabelAnchor = 'start' | 'middle' | 'end';

/** Spreads marks that share a lane and a month so each stays visible and clickable. */
export function placeMarks(
  points: readonly TimelinePoint[],
  backbones: readonly string[],
): PlacedMark[] {
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

/** The time axis: whole years, from the start of the first shown to the end of the last. */
export interface TimelineAxis {
  /** The axis's ends, in (fractional) years. */
  first: number;
  last: number;
  ticks: number[];
  /** The first and the last month on the axis. */
  firstMonth: Month;
  lastMonth: Month;
}

export function timelineAxis(years: readonly string[]): TimelineAxis {
  const first = Number(years[0] ?? 2022);
  const last = Number(years.at(-1) ?? 2024) + 1;
  return {
    first,
    last,
    ticks: Array.from({ length: last - first + 1 }, (_, i) => first + i),
    firstMonth: first * 12,
    lastMonth: last * 12 - 1,
  };
}

/** A mark's name runs right from it in the first quarter of the axis, left in the last. */
export function labelAnchor(x: number, axis: TimelineAxis): LabelAnchor {
  const at = (x - axis.first) / (axis.last - axis.first);
  return at < 0.25 ? 'start' : at > 0.75 ? 'end' : 'middle';
}

/** A month held to the axis. */
export function clampMonth(month: Month, axis: TimelineAxis): Month {
  return Math.min(axis.lastMonth, Math.max(axis.firstMonth, month));
}

/** The month `x` pixels into a plot `width` pixels wide, held to the axis. */
export function monthAtX(x: number, width: number, axis: TimelineAxis): Month {
  const month = Math.floor((axis.first + (x / width) * (axis.last - axis.first)) * 12);
  return clampMonth(month, axis);
}

/** A span moved by some months, its length kept: it stops at the axis's ends. */
export function shiftSpan(
  origin: { from: Month; to: Month },
  by: number,
  axis: TimelineAxis,
): { from: Month; to: Month } {
  const length = origin.to - origin.from;
  const from = Math.min(axis.lastMonth - length, Math.max(axis.firstMonth, origin.from + by));
  return { from, to: from + length };
}

/** The span a drag drew: an end at the axis's end stays open, as the sliders' do. */
export function drawnSpan(drawn: Span, axis: TimelineAxis): Span | null {
  return makeSpan(
    drawn.from === axis.firstMonth ? null : drawn.from,
    drawn.to === axis.lastMonth ? null : drawn.to,
  );
}
