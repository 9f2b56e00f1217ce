import type { Model } from '../data/schema';
import { isNotStated } from '../data/backbones';

export const SORT_COLUMNS = ['name', 'year', 'backbone', 'task', 'group', 'ref'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export interface SortKey {
  id: SortColumn;
  desc: boolean;
}
export type Sorting = readonly SortKey[];

// Natural order: Gen-1 before Gen-2 before Gen-10, MAGVIT before MAGVIT V2.
const natural = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

type Compare = (a: Model, b: Model) => number;

const COMPARE: Record<SortColumn, Compare> = {
  name: (a, b) => natural.compare(a.name, b.name),
  year: (a, b) => a.year - b.year,
  backbone: (a, b) => natural.compare(a.backbone, b.backbone),
  task: (a, b) => natural.compare(a.tasks.join(', '), b.tasks.join(', ')),
  group: (a, b) => natural.compare(a.groups.join(', '), b.groups.join(', ')),
  ref: (a, b) => (a.ref ?? 0) - (b.ref ?? 0),
};

/** Missing values (no reference, backbone not stated) go last in either direction. */
const MISSING: Partial<Record<SortColumn, (m: Model) => boolean>> = {
  backbone: (m) => isNotStated(m.backbone),
  ref: (m) => m.ref === null,
};

/**
 * Sorts by the keys in order; rows equal on every key keep their input (published) order.
 * An empty sorting returns the input order.
 */
export function sortModels(models: readonly Model[], sorting: Sorting): Model[] {
  if (sorting.length === 0) return [...models];
  const indexed = models.map((model, index) => ({ model, index }));
  indexed.sort((a, b) => {
    for (const key of sorting) {
      const missing = MISSING[key.id];
      if (missing) {
        const m = Number(missing(a.model)) - Number(missing(b.model));
        if (m !== 0) return m;
      }
      const c = COMPARE[key.id](a.model, b.model);
      if (c !== 0) return key.desc ? -c : c;
    }
    return a.index - b.index;
  });
  return indexed.map((x) => x.model);
}

/** Keeps only keys on known columns, e.g. from the table library's looser sorting state. */
export function toSorting(keys: readonly { id: string; desc: boolean }[]): SortKey[] {
  return keys.filter((k): k is SortKey => (SORT_COLUMNS as readonly string[]).includes(k.id));
}
