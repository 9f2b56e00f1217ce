import type { Model } from '../data/schema';
import { facetColumn, type FacetColumn } from './facet-index';
import { facetField, type Facet, type FacetField } from './facets';
import { FACET_FIELDS, FIELDS } from './fields';
import { foldForSearch } from './search-fold';
import { releaseOf, type Span } from './release-span';

export type TaskMode = 'any' | 'all';

/** The values ticked in each facet (lib/fields.ts declares the facets), and the other filters. */
export type Filters = Readonly<Record<Facet, readonly string[]>> & {
  /** Free-text search over names, groups, tasks and the cited work's title. */
  q: string;
  /** Whether a row needs any or all of the selected tasks. */
  taskMode: TaskMode;
  /** Released within these months (drawn on the release timeline); null for any time. */
  span: Span | null;
};

const NONE: readonly string[] = Object.freeze([]);

export const EMPTY_FILTERS: Filters = Object.freeze({
  ...(Object.fromEntries(FACET_FIELDS.map((f) => [f.id, NONE])) as Record<
    Facet,
    readonly string[]
  >),
  q: '',
  taskMode: 'any',
  span: null,
});

/** The values ticked in a facet (a facet a registry adds may be absent from older filters). */
export function selection(filters: Filters, facet: string): readonly string[] {
  return (filters as Record<string, unknown> as Record<string, readonly string[]>)[facet] ?? NONE;
}

/** How many facet values are ticked, over every facet. */
export function tickedCount(filters: Filters, facets: readonly FacetField[] = FACET_FIELDS) {
  return facets.reduce((n, f) => n + selection(filters, f.id).length, 0);
}

export function hasActiveFilters(filters: Filters): boolean {
  return tickedCount(filters) > 0 || filters.q.trim() !== '' || filters.span !== null;
}

/** Within a facet values combine with OR (Task may ask for ALL); an empty selection passes. */
export function passesFacet(model: Model, facet: Facet | FacetField, filters: Filters): boolean {
  const field = facetField(facet);
  const selected = selection(filters, field.id);
  if (selected.length === 0) return true;
  const values = field.facet.values(model);
  if (field.facet.allMode && filters.taskMode === 'all')
    return selected.every((v) => values.includes(v));
  return selected.some((v) => values.includes(v));
}

const haystacks = new WeakMap<Model, string>();

// The texts the fields marked `search` give (lib/fields.ts): every column the table shows.
const SEARCHED = FIELDS.filter((f) => f.search).map((f) => f.search!);

function haystack(model: Model): string {
  let text = haystacks.get(model);
  if (text === undefined) {
    text = SEARCHED.flatMap((read) => read(model))
      .filter((v): v is string => !!v)
      .map(foldForSearch)
      .join('\n');
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

/** The query's words, folded as the rows' text is. */
export const searchWords = (q: string) => q.split(/\s+/).map(foldForSearch).filter(Boolean);

function matchesWords(model: Model, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const text = haystack(model);
  return words.every((w) => text.includes(w));
}

/**
 * Every whitespace-separated word of the query must occur in some column shown (model, year,
 * backbone, task, group, ref, cited work), forgiving case, accents, hyphens and spaces
 * (lib/search-fold.ts): `autoregressive` finds Auto-regressive, `video crafter` VideoCrafter.
 */
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

export type FacetCounts = Readonly<Record<Facet, Map<string, number>>>;

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
export function applyFilters(
  models: readonly Model[],
  filters: Filters,
  facets: readonly FacetField[] = FACET_FIELDS,
): FilterResult {
  const columns = facets.map((f) => facetColumn(models, f));
  const tally = columns.map((c) => new Int32Array(c.values.length));
  const allMode = filters.taskMode === 'all';
  // Only the facets with a selection can fail a row; each is a mask over its value ids.
  const narrowing = facets.flatMap((field, f) => {
    const ticked = selection(filters, field.id);
    if (ticked.length === 0) return [];
    const { idOf, values } = columns[f]!;
    const mask = new Uint8Array(values.length);
    const selected = ticked.map((v) => idOf.get(v) ?? -1);
    for (const id of selected) if (id >= 0) mask[id] = 1;
    // All mode: a row needs every selected value (one that no row has fails every row).
    const every = field.facet.allMode && allMode ? selected : null;
    return [{ f, mask, every }];
  });
  const holds = (column: FacetColumn, i: number, id: number) => {
    for (let k = column.starts[i]!; k < column.starts[i + 1]!; k++)
      if (column.ids[k] === id) return true;
    return false;
  };
  const passes = (n: (typeof narrowing)[number], i: number) => {
    const column = columns[n.f]!;
    if (n.every) return n.every.every((id) => id >= 0 && holds(column, i, id));
    for (let k = column.starts[i]!; k < column.starts[i + 1]!; k++)
      if (n.mask[column.ids[k]!]) return true;
    return false;
  };
  const bump = (f: number, i: number) => {
    const { starts, ids } = columns[f]!;
    const counts = tally[f]!;
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
    let failed: (typeof narrowing)[number] | null = null;
    let failures = 0;
    for (const n of narrowing) {
      if (!passes(n, i)) {
        failed = n;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      rows.push(model);
      passed[i] = 1;
      for (let f = 0; f < facets.length; f++) bump(f, i);
    } else if (failures === 1 && failed && !failed.every) {
      // In All mode a facet narrows within the selection, so its count is taken from rows that
      // pass every filter (ticking a value gives exactly that many rows).
      bump(failed.f, i);
    }
  }
  const counts = Object.fromEntries(
    facets.map((field, f) => {
      const map = new Map<string, number>();
      tally[f]!.forEach((n, id) => n > 0 && map.set(columns[f]!.values[id]!, n));
      return [field.id, map];
    }),
  ) as FacetCounts;
  return { rows, passes: passed, counts };
}

/** Drops selected values that no row holds any more (after imported rows are removed). */
export function pruneFilters(filters: Filters, models: readonly Model[]): Filters {
  const pruned: Record<string, unknown> = { ...filters };
  let changed = false;
  for (const field of FACET_FIELDS) {
    const ticked = selection(filters, field.id);
    if (ticked.length === 0) continue;
    const present = facetColumn(models, field).idOf;
    const kept = ticked.filter((v) => present.has(v));
    if (kept.length !== ticked.length) {
      pruned[field.id] = kept;
      changed = true;
    }
  }
  return changed ? (pruned as Filters) : filters;
}
