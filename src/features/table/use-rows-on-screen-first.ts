import type { RefObject } from 'react';
import type { Model } from '../../data/schema';
import { useDeferredAbove } from '../../components/use-deferred';

/** No row is lower than this (px): it overestimates how many rows fit on screen, never under. */
const MIN_ROW_HEIGHT = 40;

/**
 * Which rows to draw now, in which order. When a change adds rows to a long table (a facet
 * unticked, a search cleared) or reorders it (a sort), mounting or moving a thousand rows is most
 * of the click's cost (drawn in one commit, a sort took 240 ms at 1,000 rows rather than 120), yet only the rows on screen can be seen: those are drawn at once, in their
 * new order, followed by every other row already there, in the order it has; the new rows below
 * the screen and the final order follow two frames later (after the charts), as a transition.
 * Nothing above the screen waits, so nothing seen moves. Small tables draw every row at once
 * (lib/deferral.ts says where small ends).
 */
export function useRowsOnScreenFirst(
  rows: readonly Model[],
  body: RefObject<HTMLElement | null>,
  enabled: boolean,
): number[] {
  // The rows drawn in full: the last list, until the new one has caught up.
  const complete = useDeferredAbove(rows, enabled ? rows.length : 0);
  if (!enabled || complete === rows) return rows.map((_, i) => i);
  // Where the table's body starts on the page, read only here, as the change begins: the page is
  // still the one last painted, so the read costs nothing. Read after each commit instead (a
  // layout effect), it made the browser lay out the thousand rows just drawn twice per key.
  const tableTop = (body.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
  const lastOnScreen = Math.min(
    rows.length - 1,
    Math.ceil((window.scrollY + window.innerHeight - tableTop) / MIN_ROW_HEIGHT),
  );
  const now: number[] = [];
  for (let i = 0; i <= lastOnScreen; i++) now.push(i);
  const indexOf = new Map(rows.map((m, i) => [m.id, i]));
  for (const m of complete) {
    const i = indexOf.get(m.id);
    if (i !== undefined && i > lastOnScreen) now.push(i);
  }
  return now;
}
