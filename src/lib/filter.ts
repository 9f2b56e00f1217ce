import type { Model } from '../data/schema';
import { FACETS, facetValues, type Facet } from './facets';

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
}

export const EMPTY_FILTERS: Filters = Object.freeze({
  year: [],
  backbone: [],
  task: [],
  group: [],
  source: [],
  q: '',
  taskMode: 'any',
});

export function hasActiveFilters(filters: Filters): boolean {
  return FACETS.some((f) => filters[f].length > 0) || filters.q.trim() !== '';
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
 */
export function applyFilters(models: readonly Model[], filters: Filters): FilterResult {
  const counts = Object.fromEntries(
    FACETS.map((f) => [f, new Map<string, number>()]),
  ) as FacetCounts;
  const rows: Model[] = [];
  const passes = new Uint8Array(models.length);
  const bump = (model: Model, facet: Facet) => {
    const map = counts[facet];
    for (const v of facetValues(model, facet)) map.set(v, (map.get(v) ?? 0) + 1);
  };
  const words = searchWords(filters.q);
  // Only the facets with a selection can fail a row.
  const narrowing = FACETS.filter((f) => filters[f].length > 0);
  for (let i = 0; i < models.length; i++) {
    const model = models[i]!;
    if (!matchesWords(model, words)) continue;
    let failed: Facet | null = null;
    let failures = 0;
    for (const facet of narrowing) {
      if (!passesFacet(model, facet, filters)) {
        failed = facet;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      rows.push(model);
      passes[i] = 1;
      for (const facet of FACETS) bump(model, facet);
    } else if (failures === 1 && failed && !(failed === 'task' && filters.taskMode === 'all')) {
      // In All mode a task narrows within the selection, so its count is taken from rows that
      // pass every filter (ticking it gives exactly that many rows).
      bump(model, failed);
    }
  }
  return { rows, passes, counts };
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
