import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import type { Model } from '../../data/schema';
import type { MessageKey } from '../../i18n/en';
import { ChipList } from '../../components/chips';
import { BackboneBadge } from './backbone-badge';

export const features = tableFeatures({});
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

export const columns = helper.columns([
  helper.accessor('name', {
    meta: { label: 'col.model', className: 'col-model' },
    cell: (info) => <span className="model-name">{info.getValue()}</span>,
  }),
  helper.accessor('year', {
    meta: { label: 'col.year', className: 'col-year' },
  }),
  helper.accessor('backbone', {
    meta: { label: 'col.backbone', className: 'col-backbone' },
    cell: (info) => <BackboneBadge backbone={info.getValue()} />,
  }),
  helper.accessor('tasks', {
    meta: { label: 'col.task', className: 'col-task' },
    cell: (info) => <ChipList values={info.getValue()} />,
  }),
  helper.accessor('groups', {
    meta: { label: 'col.group', className: 'col-group' },
    cell: (info) => <ChipList values={info.getValue()} />,
  }),
  helper.accessor('ref', {
    meta: { label: 'col.ref', className: 'col-ref' },
    cell: (info) => {
      const ref = info.getValue();
      return ref === null ? <span aria-label="none">—</span> : `[${ref}]`;
    },
  }),
]);
