import type { Model } from '../data/schema';
import { FIELDS, type SortId } from './fields';

/** The sortable columns: the fields (lib/fields.ts) that say what they sort by. */
export const SORT_COLUMNS = FIELDS.filter((f) => f.sort).map((f) => f.id as SortId);
export type SortColumn = SortId;
export interface SortKey {
  id: SortColumn;
  desc: boolean;
}
export type Sorting = readonly SortKey[];

/**
 * What a column sorts by (its field's `sort`): numbers, or natural-order keys (Gen-1 before Gen-2
 * before Gen-10, MAGVIT before MAGVIT V2). Null is a missing value (no reference, backbone not
 * stated): last in either direction.
 */
const SORT_VALUE = new Map(FIELDS.filter((f) => f.sort).map((f) => [f.id, f.sort!]));

/** Each row's dense rank in a column (equal values share one; -1 missing), and how many ranks. */
interface Ranks {
  rank: Int32Array;
  count: number;
}

// Ranked once per list of models and column, when first sorted by: later sorts only count.
const ranksOf = new WeakMap<readonly Model[], Map<SortColumn, Ranks>>();

function columnRanks(models: readonly Model[], column: SortColumn): Ranks {
  let columns = ranksOf.get(models);
  if (!columns) ranksOf.set(models, (columns = new Map()));
  let ranks = columns.get(column);
  if (!ranks) {
    const values = models.map(SORT_VALUE.get(column)!);
    const distinct = [...new Set(values)]
      .filter((v) => v !== null)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const rankOf = new Map(distinct.map((v, i) => [v, i]));
    const rank = Int32Array.from(values, (v) => (v === null ? -1 : rankOf.get(v)!));
    ranks = { rank, count: distinct.length };
    columns.set(column, ranks);
  }
  return ranks;
}

/** A stable counting sort of row positions by one column (missing values last). */
function countingSort(order: Int32Array, { rank, count }: Ranks, desc: boolean): Int32Array {
  const bucket = (i: number) => {
    const r = rank[i]!;
    return r < 0 ? count : desc ? count - 1 - r : r;
  };
  const starts = new Int32Array(count + 2);
  for (const i of order) starts[bucket(i) + 1]! += 1;
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  const sorted = new Int32Array(order.length);
  for (const i of order) sorted[starts[bucket(i)]!++] = i;
  return sorted;
}

/**
 * The positions of `models` in sorted order; rows equal on every key keep their input (published)
 * order. One stable counting sort per key, the last key first: once a column has been ranked, a
 * sort is a pass over the rows per key.
 */
export function sortOrder(models: readonly Model[], sorting: Sorting): Int32Array {
  let order: Int32Array = Int32Array.from(models, (_, i) => i);
  for (const key of [...sorting].reverse())
    order = countingSort(order, columnRanks(models, key.id), key.desc);
  return order;
}

/** Sorts by the keys in order (see sortOrder); an empty sorting returns the input order. */
export function sortModels(models: readonly Model[], sorting: Sorting): Model[] {
  if (sorting.length === 0) return [...models];
  return Array.from(sortOrder(models, sorting), (i) => models[i]!);
}

/** Keeps only keys on known columns, e.g. from the table library's looser sorting state. */
export function toSorting(keys: readonly { id: string; desc: boolean }[]): SortKey[] {
  return keys.filter((k): k is SortKey => (SORT_COLUMNS as readonly string[]).includes(k.id));
}
