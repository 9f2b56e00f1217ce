import { memo, type ReactNode } from 'react';
import type { Model } from '../../data/schema';
import type { Translate } from '../../i18n';
import { fieldValue } from '../../components/field-value';
import { columnClass, TABLE_FIELDS } from './columns';
import './table.css';
import './model-row.css';

interface Props {
  model: Model;
  active: boolean;
  /** 1-based position among all rows (header row included), when only some rows are in the DOM. */
  ariaRowIndex?: number;
  /** `columns`: each column's header text, for the cells' own labels where rows show as cards. */
  labels: { notesMark: string; imported: string; columns: Record<string, string>; t: Translate };
}

/**
 * A value given as bare text gets an element of its own: where rows show as cards, each cell is a
 * grid, and WebKit paints no search mark (use-search-marks.ts) on text that is itself a grid item.
 */
const ownElement = (value: ReactNode) => (typeof value === 'string' ? <span>{value}</span> : value);

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
        {TABLE_FIELDS.map((field) =>
          field.kind === 'name' ? (
            <th key={field.id} role="rowheader" scope="row" className={columnClass(field)}>
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
              key={field.id}
              className={columnClass(field)}
              data-label={labels.columns[field.id]}
            >
              {ownElement(fieldValue(field, model, 'cell', labels.t))}
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
