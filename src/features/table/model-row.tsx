import type { Row } from '@tanstack/react-table';
import { memo } from 'react';
import type { Model } from '../../data/schema';
import { FlexRender } from '@tanstack/react-table';
import type { features } from './columns';
import './table.css';

interface Props {
  row: Row<typeof features, Model>;
  active: boolean;
  /** 1-based position among all rows (header row included), when only some rows are in the DOM. */
  ariaRowIndex?: number;
  labels: { notesMark: string; imported: string };
}

/**
 * One model: its name as the row header, marked when it has notes or was imported. Memoised on the
 * model and focus (not its position), so filtering or sorting only adds, drops or moves rows; the
 * table body handles clicks, keys and focus for all rows.
 */
export const ModelRow = memo(
  function ModelRow({ row, active, ariaRowIndex, labels }: Props) {
    const model = row.original;
    return (
      <tr
        data-model-id={model.id}
        aria-rowindex={ariaRowIndex}
        tabIndex={active ? 0 : -1}
        className="model-row"
      >
        {row.getAllCells().map((cell) =>
          cell.column.id === 'name' ? (
            <th key={cell.id} scope="row" className="col-model">
              <span className="model-name">{model.name}</span>
              {model.notes.length > 0 && (
                <span className="notes-mark" title={labels.notesMark}>
                  <span aria-hidden="true">†</span>
                  <span className="sr-only">({labels.notesMark})</span>
                </span>
              )}
              {model.source === 'imported' && (
                <span className="imported-badge">{labels.imported}</span>
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
  },
  (a, b) =>
    a.row.original === b.row.original &&
    a.active === b.active &&
    a.ariaRowIndex === b.ariaRowIndex &&
    a.labels === b.labels,
);
