import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { Model } from '../../data/schema';

/** No row is lower than this (px): it overestimates how many rows fit on screen, never under. */
const MIN_ROW_HEIGHT = 40;

/**
 * Which rows to draw now. When a change adds rows to a long table (a facet unticked, a search
 * cleared), mounting hundreds of them is most of the click's cost, yet only those on screen can be
 * seen: they are drawn at once, with every row already there, and the rows below the screen follow
 * two frames later (after the charts), as a transition. Nothing above the screen waits, so nothing
 * seen moves. Otherwise every row is drawn.
 */
export function useRowsOnScreenFirst(
  rows: readonly Model[],
  body: RefObject<HTMLElement | null>,
  enabled: boolean,
): number[] {
  // The rows drawn in full: the last list, until the new one has caught up.
  const [complete, setComplete] = useState(rows);
  // Where the table's body starts on the page, as last laid out (read after each commit).
  const top = useRef(0);
  useLayoutEffect(() => {
    if (body.current) top.current = body.current.getBoundingClientRect().top + window.scrollY;
  });
  useEffect(() => {
    if (complete === rows) return;
    let timer: number | undefined;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setComplete(rows)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [rows, complete]);
  const drawnIds = useMemo(() => new Set(complete.map((m) => m.id)), [complete]);

  if (!enabled || complete === rows) return rows.map((_, i) => i);
  // A layout measure, read to choose what to draw first (the rest follows whatever it says).
  // eslint-disable-next-line react-hooks/refs
  const tableTop = top.current;
  const lastOnScreen = Math.ceil((window.scrollY + window.innerHeight - tableTop) / MIN_ROW_HEIGHT);
  const now: number[] = [];
  rows.forEach((m, i) => {
    if (i <= lastOnScreen || drawnIds.has(m.id)) now.push(i);
  });
  return now;
}
