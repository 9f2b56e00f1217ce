import { useTable, type SortingState, type Updater } from '@tanstack/react-table';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { Model } from '../../data/schema';
import { useT } from '../../i18n/use-t';
import { toSorting } from '../../lib/sort';
import { useAppStore } from '../../store/store';
import { columns, features } from './columns';
import { SortHeader } from './sort-header';

interface Props {
  rows: readonly Model[];
}

/** The model table: rows arrive filtered and sorted; one row is in the tab order, arrows move between rows. */
export function ModelTable({ rows }: Props) {
  const t = useT();
  const sorting = useAppStore((s) => s.sorting);
  const setSorting = useAppStore((s) => s.setSorting);
  const openModel = useAppStore((s) => s.openModel);
  const [activeId, setActiveId] = useState<string | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);

  const table = useTable({
    features,
    columns,
    data: rows as Model[],
    state: { sorting: sorting as SortingState },
    onSortingChange: (updater: Updater<SortingState>) =>
      setSorting(
        toSorting(typeof updater === 'function' ? updater(sorting as SortingState) : updater),
      ),
    manualSorting: true,
    sortDescFirst: false,
    enableMultiSort: true,
    isMultiSortEvent: (e) => (e as { shiftKey?: boolean }).shiftKey === true,
  });

  const activeIndex = Math.max(
    0,
    rows.findIndex((r) => r.id === activeId),
  );

  const focusRow = (index: number) => {
    const target = body.current?.rows[Math.min(Math.max(index, 0), rows.length - 1)];
    target?.focus();
  };

  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, index: number, id: string) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: index + 10,
      PageUp: index - 10,
    };
    if (e.key in moves) {
      e.preventDefault();
      focusRow(moves[e.key]!);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openModel(id);
    }
  };

  return (
    <div className="table-scroll">
      <table className="model-table" aria-labelledby="model-table-title">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <SortHeader key={header.id} header={header} multi={sorting.length > 1} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody ref={body}>
          {table.getRowModel().rows.map((row, index) => {
            const model = row.original;
            return (
              <tr
                key={model.id}
                data-model-id={model.id}
                tabIndex={index === activeIndex ? 0 : -1}
                onFocus={() => setActiveId(model.id)}
                onClick={() => openModel(model.id)}
                onKeyDown={(e) => onRowKey(e, index, model.id)}
                className="model-row"
              >
                {row.getAllCells().map((cell) =>
                  cell.column.id === 'name' ? (
                    <th key={cell.id} scope="row" className="col-model">
                      <span className="model-name">{model.name}</span>
                      {model.notes.length > 0 && (
                        <span className="notes-mark" title={t('table.notesMark')}>
                          <span aria-hidden="true">†</span>
                          <span className="sr-only">({t('table.notesMark')})</span>
                        </span>
                      )}
                    </th>
                  ) : (
                    <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
