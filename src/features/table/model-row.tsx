import type { Row } from '@tanstack/react-table';
import type { KeyboardEvent } from 'react';
import type { Model } from '../../data/schema';
import { useT } from '../../i18n/use-t';
import { FlexRender } from '@tanstack/react-table';
import type { features } from './columns';

interface Props {
  row: Row<typeof features, Model>;
  index: number;
  active: boolean;
  /** 1-based position among all rows (header row included), when only some rows are in the DOM. */
  ariaRowIndex?: number;
  onFocus: () => void;
  onOpen: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLTableRowElement>) => void;
}

/** One model: its name as the row header, marked when it has notes or was imported. */
export function ModelRow({ row, index, active, ariaRowIndex, onFocus, onOpen, onKeyDown }: Props) {
  const t = useT();
  const model = row.original;
  return (
    <tr
      data-model-id={model.id}
      data-index={index}
      aria-rowindex={ariaRowIndex}
      tabIndex={active ? 0 : -1}
      onFocus={onFocus}
      onClick={onOpen}
      onKeyDown={onKeyDown}
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
            {model.source === 'imported' && (
              <span className="imported-badge">{t('table.importedBadge')}</span>
            )}
          </th>
        ) : (
          <td key={cell.id} className={cell.column.columnDef.meta?.className}>
            <FlexRender cell={cell} />
          </td>
        ),
      )}
    </tr>
  );
}
