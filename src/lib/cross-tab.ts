import type { Model } from '../data/schema';
import type { Translate } from '../i18n';
import { facetField, facetOptions, facetValues, type FacetOption } from './facets';
import { memoizeLast } from './memoize';
import type { CrossFacet, CrossPair } from './cross-pair';

/**
 * Two facets set against each other over some rows: how many models hold each pair of values.
 * A model with several values of a facet (tasks, groups) counts under each of them, so a row's
 * cells can add up to more than its total; the totals count each model once.
 */
export interface CrossTab {
  pair: CrossPair;
  /** The row facet's values that the rows hold, in the facet's order. */
  rows: string[];
  columns: string[];
  /** counts[r][c]: models holding rows[r] and columns[c]. */
  counts: number[][];
  /** Models holding each row value (distinct models, not the sum of the row's cells). */
  rowTotals: number[];
  columnTotals: number[];
  /** Models counted at all: every row holds at least one value of each facet. */
  total: number;
}

type Options = Readonly<Partial<Record<CrossFacet, readonly FacetOption[]>>>;

/** A model's values of a facet, each once (an imported row could name a task twice). */
function valuesOf(model: Model, facet: CrossFacet): readonly string[] {
  const values = facetValues(model, facet);
  return values.length > 1 ? [...new Set(values)] : values;
}

/** The values held, in `order` (the facet's display order), then any `order` does not know. */
function ordered(held: ReadonlyMap<string, number>, order: readonly FacetOption[]): string[] {
  const known = order.map((o) => o.value).filter((v) => held.has(v));
  const knownSet = new Set(known);
  return [...known, ...[...held.keys()].filter((v) => !knownSet.has(v))];
}

/** The cross-tab of some rows; `options` give the facets' display order (else their order in the rows). */
export function tabulateCross(
  models: readonly Model[],
  pair: CrossPair,
  options: Options = {},
): CrossTab {
  const rowHeld = new Map<string, number>();
  const columnHeld = new Map<string, number>();
  const cells = new Map<string, Map<string, number>>();
  let total = 0;
  for (const model of models) {
    const rs = valuesOf(model, pair.rows);
    const cs = valuesOf(model, pair.columns);
    if (!rs.length || !cs.length) continue;
    total += 1;
    for (const c of cs) columnHeld.set(c, (columnHeld.get(c) ?? 0) + 1);
    for (const r of rs) {
      rowHeld.set(r, (rowHeld.get(r) ?? 0) + 1);
      let row = cells.get(r);
      if (!row) cells.set(r, (row = new Map()));
      for (const c of cs) row.set(c, (row.get(c) ?? 0) + 1);
    }
  }
  // Without a display order given, the facet's own order over these rows.
  const orderOf = (facet: CrossFacet) => options[facet] ?? facetOptions(models, facet);
  const rows = ordered(rowHeld, orderOf(pair.rows));
  const columns = ordered(columnHeld, orderOf(pair.columns));
  return {
    pair,
    rows,
    columns,
    counts: rows.map((r) => columns.map((c) => cells.get(r)?.get(c) ?? 0)),
    rowTotals: rows.map((r) => rowHeld.get(r)!),
    columnTotals: columns.map((c) => columnHeld.get(c)!),
    total,
  };
}

/** The Models page's cross-tab of the rows in view: computed once per state. */
export const crossTab = memoizeLast(tabulateCross);

/** A count as a whole percentage of `of` (0 of nothing is 0%). */
export const percentOf = (count: number, of: number) =>
  of > 0 ? Math.round((count / of) * 100) : 0;

/** The largest cell: the scale of the grid's shading. */
export const largestCount = (tab: CrossTab) => Math.max(0, ...tab.counts.flat());

export interface CrossCell {
  row: string;
  column: string;
  count: number;
  /** Of the row's models, the percentage in this column. */
  share: number;
}

/** The `n` largest cells, largest first (ties in the grid's order), for speaker notes. */
export function largestCells(tab: CrossTab, n: number): CrossCell[] {
  const cells: CrossCell[] = [];
  tab.counts.forEach((counts, r) =>
    counts.forEach((count, c) => {
      if (count > 0)
        cells.push({
          row: tab.rows[r]!,
          column: tab.columns[c]!,
          count,
          share: percentOf(count, tab.rowTotals[r]!),
        });
    }),
  );
  return cells.sort((a, b) => b.count - a.count).slice(0, n);
}

/** Indices of the `max` values with the largest totals, kept in the axis's order. */
function keep(totals: readonly number[], max: number): number[] {
  return totals
    .map((total, i) => ({ total, i }))
    .sort((a, b) => b.total - a.total || a.i - b.i)
    .slice(0, max)
    .map((k) => k.i)
    .sort((a, b) => a - b);
}

/**
 * The grid cut to what a slide can hold: the `maxRows` rows and `maxColumns` columns with the
 * most models, in order. The totals stay those of every model; `hidden*` say how many were left out.
 */
export function trimCrossTab(
  tab: CrossTab,
  maxRows: number,
  maxColumns: number,
): CrossTab & { hiddenRows: number; hiddenColumns: number } {
  const rs = keep(tab.rowTotals, maxRows);
  const cs = keep(tab.columnTotals, maxColumns);
  return {
    pair: tab.pair,
    rows: rs.map((r) => tab.rows[r]!),
    columns: cs.map((c) => tab.columns[c]!),
    counts: rs.map((r) => cs.map((c) => tab.counts[r]![c]!)),
    rowTotals: rs.map((r) => tab.rowTotals[r]!),
    columnTotals: cs.map((c) => tab.columnTotals[c]!),
    total: tab.total,
    hiddenRows: tab.rows.length - rs.length,
    hiddenColumns: tab.columns.length - cs.length,
  };
}

/**
 * How strongly a cell is shaded, in percent of the accent colour over the surface: none for an
 * empty cell, a trace for one model, at most half (body text stays readable on it in both themes).
 */
export const heatPercent = (count: number, largest: number) =>
  count > 0 && largest > 0 ? Math.round(8 + (count / largest) * 42) : 0;

/** The facets whose cells hold several values (Task, Group): their models count more than once. */
const severalValues = (facet: CrossFacet) => facetField(facet).kind === 'list';

/** The note under a grid: what a cell counts, and how its totals count. */
export function crossNote(pair: CrossPair, t: Translate): string {
  const multi = [pair.rows, pair.columns].filter(severalValues);
  if (!multi.length) return t('compare.noteSingle');
  const values =
    multi.length === 2
      ? 'compare.many.both'
      : multi[0] === 'task'
        ? 'compare.many.task'
        : 'compare.many.group';
  return t('compare.noteMulti', { values: t(values) });
}
