import type { Model } from '../data/schema';
import { facetIndex, type FacetColumn } from './facet-index';
import { FACETS, facetValues, type Facet } from './facets';
import { releaseOf, type Span } from './release-span';

export type TaskMode = 'any' | 'all';

export interface Filters {
  year: readonly string[];
  backbone: readonly string[];
  task: readonly string[];
  group: readonly string[];
  /** `paper` (Table 1) or `imported`. */
  source: readonly string[];
  /** Free-text search over names, groups, tasks and the cited work's title. */
  q: string;
  /** Whether a row needs any or all of the selected tasks. */
  taskMode: TaskMode;
  /** Released within these months (drawn on the release timeline); null for any time. */
  span: Span | null;
}

export const EMPTY_FILTERS: Filters = Object.freeze({
  year: [],
  backbone: [],
  task: [],
  group: [],
  source: [],
  q: '',
  taskMode: 'any',
  span: null,
});

export function hasActiveFilters(filters: Filters): boolean {
  return (
    FACETS.some((f) => filters[f].length > 0) || filters.q.trim() !== '' || filters.span !== null
  );
}

/** Within a facet values combine with OR (Task may ask for ALL); an empty selection passes. */
export function passesFacet(model: Model, facet: Facet, filters: Filters): boolean {
  const selected = filters[facet];
  if (selected.length === 0) return true;
  const values = facetValues(model, facet);
  if (facet === 'task' && filters.taskMode === 'all')
    return selected.every((v) => values.includes(v));
  return selected.some((v) => values.includes(v));
}

const haystacks = new WeakMap<Model, string>();

function haystack(model: Model): string {
  let text = haystacks.get(model);
  if (text === undefined) {
    const work = model.work;
    text = [model.name, ...model.groups, ...model.tasks, work?.title, work?.webPage]
      .filter(Boolean)
      .join('\n')
      .toLowerCase();
    haystacks.set(model, text);
  }
  return text;
}

/**
 * Builds the search text of `models[from…to)`: the first search over 100,000 imported rows would
 * otherwise build them all at once (tens of milliseconds). store/warm-up.ts runs it in idle time.
 */
export function prepareSearch(models: readonly Model[], from: number, to: number) {
  for (let i = from; i < Math.min(to, models.length); i++) haystack(models[i]!);
}

const searchWords = (q: string) => q.toLowerCase().split(/\s+/).filter(Boolean);

function matchesWords(model: Model, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const text = haystack(model);
  return words.every((w) => text.includes(w));
}

/** Every whitespace-separated word of the query must occur somewhere, ignoring case. */
export function matchesSearch(model: Model, q: string): boolean {
  return matchesWords(model, searchWords(q));
}

// Each row's release months, made once per list of rows (lists never change: a change makes a new one).
const releaseColumns = new WeakMap<readonly Model[], { first: Int32Array; last: Int32Array }>();

function releases(models: readonly Model[]) {
  let columns = releaseColumns.get(models);
  if (!columns) {
    const first = new Int32Array(models.length);
    const last = new Int32Array(models.length);
    models.forEach((model, i) => {
      const release = releaseOf(model);
      first[i] = release.first;
      last[i] = release.last;
    });
    releaseColumns.set(models, (columns = { first, last }));
  }
  return columns;
}

export type FacetCounts = Record<Facet, Map<string, number>>;

export interface FilterResult {
  /** Rows passing every filter, in the input's order. */
  rows: Model[];
  /** By input position: 1 where the row passes every filter. */
  passes: Uint8Array;
  /** Per facet: rows passing every other filter, counted per value (multi-valued cells count under each). */
  counts: FacetCounts;
}

/**
 * One pass over the rows gives both the visible rows and every facet's counts: a row that fails
 * exactly one facet still counts toward that facet, since a facet's counts ignore its own selection.
 * Values are compared as the ids of the rows' facet index (lib/facet-index.ts).
 */
export function applyFilters(models: readonly Model[], filters: Filters): FilterResult {
  const index = facetIndex(models);
  const tally = Object.fromEntries(
    FACETS.map((f) => [f, new Int32Array(index[f].values.length)]),
  ) as Record<Facet, Int32Array>;
  const allTasks = filters.taskMode === 'all';
  // Only the facets with a selection can fail a row; each is a mask over its value ids.
  const narrowing = FACETS.filter((f) => filters[f].length > 0).map((facet) => {
    const { idOf, values } = index[facet];
    const mask = new Uint8Array(values.length);
    const selected = filters[facet].map((v) => idOf.get(v) ?? -1);
    for (const id of selected) if (id >= 0) mask[id] = 1;
    // All mode: a row needs every selected task (one that no row has fails every row).
    const every = facet === 'task' && allTasks ? selected : null;
    return { facet, mask, every };
  });
  const holds = (column: FacetColumn, i: number, id: number) => {
    for (let k = column.starts[i]!; k < column.starts[i + 1]!; k++)
      if (column.ids[k] === id) return true;
    return false;
  };
  const passes = (n: (typeof narrowing)[number], i: number) => {
    const column = index[n.facet];
    if (n.every) return n.every.every((id) => id >= 0 && holds(column, i, id));
    for (let k = column.starts[i]!; k < column.starts[i + 1]!; k++)
      if (n.mask[column.ids[k]!]) return true;
    return false;
  };
  const bump = (facet: Facet, i: number) => {
    const { starts, ids } = index[facet];
    const counts = tally[facet];
    for (let k = starts[i]!; k < starts[i + 1]!; k++) counts[ids[k]!]! += 1;
  };

  const rows: Model[] = [];
  const passed = new Uint8Array(models.length);
  const words = searchWords(filters.q);
  const span = filters.span;
  const release = span ? releases(models) : null;
  // As releasedIn (lib/release-span.ts) does, on the precomputed months.
  const after = span?.from ?? -Infinity;
  const before = span?.to ?? Infinity;
  for (let i = 0; i < models.length; i++) {
    const model = models[i]!;
    // Like the search, the span narrows every facet's counts.
    if (release && (release.last[i]! < after || release.first[i]! > before)) continue;
    if (!matchesWords(model, words)) continue;
    let failed: Facet | null = null;
    let failures = 0;
    for (const n of narrowing) {
      if (!passes(n, i)) {
        failed = n.facet;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      rows.push(model);
      passed[i] = 1;
      for (const facet of FACETS) bump(facet, i);
    } else if (failures === 1 && failed && !(failed === 'task' && allTasks)) {
      // In All mode a task narrows within the selection, so its count is taken from rows that
      // pass every filter (ticking it gives exactly that many rows).
      bump(failed, i);
    }
  }
  const counts = Object.fromEntries(
    FACETS.map((f) => {
      const map = new Map<string, number>();
      tally[f].forEach((n, id) => n > 0 && map.set(index[f].values[id]!, n));
      return [f, map];
    }),
  ) as FacetCounts;
  return { rows, passes: passed, counts };
}

/** Drops selected values that no row holds any more (after imported rows are removed). */
export function pruneFilters(filters: Filters, models: readonly Model[]): Filters {
  const present = Object.fromEntries(FACETS.map((f) => [f, new Set<string>()])) as Record<
    Facet,
    Set<string>
  >;
  for (const model of models)
    for (const f of FACETS) for (const v of facetValues(model, f)) present[f].add(v);
  const pruned = { ...filters };
  let changed = false;
  for (const f of FACETS) {
    const kept = filters[f].filter((v) => present[f].has(v));
    if (kept.length !== filters[f].length) {
      pruned[f] = kept;
      changed = true;
    }
  }
  return changed ? pruned : filters;
}
