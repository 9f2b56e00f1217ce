import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { Model } from '../../data/schema';
import type { MessageKey } from '../../i18n/en';
import { ChipList } from '../../components/chips';
import { BackboneBadge } from '../../components/backbone-badge';

// Sorting is computed by src/lib/sort (with the filters, in src/lib/derive); the table library owns the
// headers and their sorting state, and the rows draw their own cells (CELLS).
export const features = tableFeatures({ rowSortingFeature });
const helper = createColumnHelper<typeof features, Model>();

declare module '@tanstack/react-table' {
  // The type parameters must match the library's declaration to merge with it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TFeatures, TData, TValue> {
    /** Catalogue key of the header text. */
    label: MessageKey;
    /** Extra class for the column's cells (alignment, width). */
    className?: string;
  }
}

/** A cell's content from its model: rows draw their cells directly (no cell objects per row). */
export const CELLS: Record<string, (m: Model) => ReactNode> = {
  year: (m) => m.year,
  backbone: (m) => <BackboneBadge backbone={m.backbone} />,
  task: (m) => <ChipList values={m.tasks} />,
  group: (m) => <ChipList values={m.groups} />,
  ref: (m) => (m.ref === null ? '—' : `[${m.ref}]`),
};

export const columns = helper.columns([
  helper.accessor('name', {
    id: 'name',
    meta: { label: 'col.model', className: 'col-model' },
  }),
  helper.accessor('year', {
    id: 'year',
    meta: { label: 'col.year', className: 'col-year' },
  }),
  helper.accessor('backbone', {
    id: 'backbone',
    meta: { label: 'col.backbone', className: 'col-backbone' },
  }),
  helper.accessor((m) => m.tasks, {
    id: 'task',
    meta: { label: 'col.task', className: 'col-task' },
  }),
  helper.accessor((m) => m.groups, {
    id: 'group',
    meta: { label: 'col.group', className: 'col-group' },
  }),
  helper.accessor('ref', {
    id: 'ref',
    meta: { label: 'col.ref', className: 'col-ref' },
  }),
]);
