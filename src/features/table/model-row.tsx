import { memo } from 'react';
import type { Model } from '../../data/schema';
import { CELLS, columns } from './columns';
import './table.css';

interface Props {
  model: Model;
  active: boolean;
  /** 1-based position among all rows (header row included), when only some rows are in the DOM. */
  ariaRowIndex?: number;
  /** `columns`: each column's header text, for the cells' own labels where rows show as cards. */
  labels: { notesMark: string; imported: string; columns: Record<string, string> };
}

/**
 * One model: its name as the row header, marked when it has notes or was imported. Memoised on the
 * model and focus (not its position), so filtering or sorting only adds, drops or moves rows; the
 * table body handles clicks, keys and focus for all rows.
 */
export const ModelRow = memo(
  function ModelRow({ model, active, ariaRowIndex, labels }: Props) {
    return (
      <tr
        role="row"
        data-model-id={model.id}
        aria-rowindex={ariaRowIndex}
        tabIndex={active ? 0 : -1}
        className="model-row"
      >
        {columns.map((column) =>
          column.id === 'name' ? (
            <th key={column.id} role="rowheader" scope="row" className="col-model">
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
            <td
              role="cell"
              key={column.id}
              className={column.meta?.className}
              data-label={labels.columns[column.id!]}
            >
              {CELLS[column.id!]!(model)}
            </td>
          ),
        )}
      </tr>
    );
  },
  (a, b) =>
    a.model === b.model &&
    a.active === b.active &&
    a.ariaRowIndex === b.ariaRowIndex &&
    a.labels === b.labels,
);
