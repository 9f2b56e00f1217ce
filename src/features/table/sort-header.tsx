import type { Header } from '@tanstack/react-table';
import type { Model } from '../../data/schema';
import { useT } from '../../store/use-t';
import { columnClass, type features } from './columns';
import './table.css';
import './sort-header.css';

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** A header cell whose button cycles ascending → descending → published order; Shift adds a key. */
export function SortHeader({
  header,
  multi,
}: {
  header: Header<typeof features, Model, unknown>;
  multi: boolean;
}) {
  const t = useT();
  const column = header.column;
  const field = column.columnDef.meta!.field;
  const direction = column.getIsSorted();
  const index = column.getSortIndex();
  const label = t(field.label);

  return (
    <th
      role="columnheader"
      scope="col"
      className={columnClass(field)}
      aria-sort={direction ? ARIA_SORT[direction] : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        onClick={column.getToggleSortingHandler()}
        title={t('sort.hint', { column: label })}
      >
        {label}
        <span className={`sort-icon sort-icon--${direction || 'none'}`} aria-hidden="true">
          {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
        </span>
        {multi && direction && (
          <span className="sort-index" aria-hidden="true">
            {index + 1}
          </span>
        )}
      </button>
    </th>
  );
}
