// The reference page's rows, Table 1's and for `?rows=N` the synthetic ones after them, and what
// its controls do to them: search, sort and the headers' next sort, each the plainest way
// (Array.prototype filter and sort).
import { create } from 'zustand';
import { PAPER_MODELS } from '../../src/data/models';
import type { Model } from '../../src/data/schema';
import { syntheticRow } from '../synthetic-rows.mjs';

export type Row = Pick<Model, 'id' | 'name' | 'year' | 'backbone' | 'tasks' | 'groups' | 'work'>;
export type Sort = { id: keyof typeof VALUES; desc: boolean } | null;

const size = Number(new URLSearchParams(location.search).get('rows') ?? 0);
export const interactive = size > 0;

function synthetic(i: number): Row {
  const { name, year, backbone, tasks, group } = syntheticRow(i);
  return { id: `synthetic-${i}`, name, year, backbone, tasks, groups: [group], work: null };
}

export const ROWS: readonly Row[] = interactive
  ? [
      ...PAPER_MODELS,
      ...Array.from({ length: Math.max(0, size - PAPER_MODELS.length) }, (_, i) => synthetic(i)),
    ]
  : PAPER_MODELS;
export const useRows = create<{ rows: readonly Row[] }>(() => ({ rows: ROWS }));

// What each column shows, and what a sort compares.
export const VALUES = {
  name: (m: Row) => m.name,
  year: (m: Row) => m.year,
  backbone: (m: Row) => m.backbone,
  task: (m: Row) => m.tasks.join(', '),
  group: (m: Row) => m.groups.join(', '),
};

/** Every word of the query in the model's name, tasks, groups or cited work, as the explorer. */
export function search(rows: readonly Row[], query: string): readonly Row[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return rows;
  return rows.filter((m) => {
    const text = [m.name, ...m.tasks, ...m.groups, m.work?.title ?? '', m.work?.webPage ?? '']
      .join('\n')
      .toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

export function sortRows(rows: readonly Row[], sort: Sort): readonly Row[] {
  if (!sort) return rows;
  const value = VALUES[sort.id];
  const sign = sort.desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    return (
      sign * (typeof x === 'number' && typeof y === 'number' ? x - y : `${x}`.localeCompare(`${y}`))
    );
  });
}

// Ascending, descending, then the published order again, as the explorer's headers.
export const nextSort = (sort: Sort, id: keyof typeof VALUES): Sort =>
  sort?.id !== id ? { id, desc: false } : sort.desc ? null : { id, desc: true };
