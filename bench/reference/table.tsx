// The reference page's table: @tanstack/react-table, every row in the DOM; with `onSort` its
// headers sort, as the explorer's.
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { VALUES, nextSort, type Row, type Sort } from './rows';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, Row>();
const columns = helper.columns([
  helper.accessor('name', { header: 'Model' }),
  helper.accessor('year', { header: 'Year' }),
  helper.accessor('backbone', { header: 'Backbone' }),
  helper.accessor(VALUES.task, { id: 'task', header: 'Task' }),
  helper.accessor(VALUES.group, { id: 'group', header: 'Group' }),
]);

export function Table({
  rows,
  sort,
  onSort,
}: {
  rows: readonly Row[];
  sort?: Sort;
  onSort?: (sort: Sort) => void;
}) {
  const table = useTable({ features, columns, data: rows as Row[], getRowId: (m) => m.id });
  return (
    <table>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const id = header.column.id as keyof typeof VALUES;
              const direction = sort?.id === id ? (sort.desc ? 'descending' : 'ascending') : 'none';
              return (
                <th key={header.id} aria-sort={onSort ? direction : undefined}>
                  {onSort ? (
                    <button type="button" onClick={() => onSort(nextSort(sort ?? null, id))}>
                      <table.FlexRender header={header} />
                    </button>
                  ) : (
                    <table.FlexRender header={header} />
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id} data-model-id={row.original.id}>
            {row.getAllCells().map((cell) => (
              <td key={cell.id}>
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
