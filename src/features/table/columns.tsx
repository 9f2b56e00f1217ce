import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { Model } from '../../data/schema';
import { FIELDS, type Field, type Fields } from '../../lib/fields';

// Rows are filtered and sorted in src/lib (with ranks kept per column, and no row objects, which
// 100,000 rows would make too costly): the table library owns the headers and the sorting state.
// Each column's accessor is its field's sort key, the one src/lib/sort.ts sorts by.
export const features = tableFeatures({ rowSortingFeature });
const helper = createColumnHelper<typeof features, Model>();

declare module '@tanstack/react-table' {
  // The type parameters must match the library's declaration to merge with it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TFeatures, TData, TValue> {
    /** The registry's field: the header's label, how cells draw. */
    field: Field;
  }
}

/** The registry's fields marked `column`, in its order: the table's columns. */
export const tableFields = (fields: Fields) => fields.filter((field) => field.column);
export const TABLE_FIELDS = tableFields(FIELDS);

export function columnsOf(fields: Fields) {
  return helper.columns(
    tableFields(fields).map((field) =>
      field.sort
        ? helper.accessor(field.sort, { id: field.id, meta: { field } })
        : helper.display({ id: field.id, meta: { field } }),
    ),
  );
}

export const columns = columnsOf(FIELDS);

/** A column's class: its width and alignment (table.css). */
export const columnClass = (field: Field) => `col-${field.id}`;
