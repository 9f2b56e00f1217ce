import type { CSSProperties } from 'react';
import { heatPercent, largestCount, percentOf, type CrossTab } from '../lib/cross-tab';
import { facetField } from '../lib/facets';
import { valueLabel } from '../lib/value-label';
import { useT } from '../store/use-t';
import './cross-grid.css';

interface Props {
  tab: CrossTab;
  /** The table's accessible name, e.g. "Compare: Backbone by Year". */
  name: string;
  /** A non-empty cell pressed (each is then a toggle button); without it the grid only shows. */
  onPick?: (row: string, column: string) => void;
  /** Whether a cell's pair is what the filters keep (its button shows as pressed). */
  picked?: (row: string, column: string) => boolean;
  /** Slide type: the grid read from the back of a room. */
  large?: boolean;
}

const heat = (count: number, largest: number): CSSProperties | undefined => {
  const percent = heatPercent(count, largest);
  return percent
    ? { background: `color-mix(in srgb, var(--accent) ${percent}%, var(--surface))` }
    : undefined;
};

/**
 * The cross-tab as a table: a row per value of one facet, a column per value of the other, each
 * cell the count and its share of the row (`5 (56%)`), shaded by the count; totals of distinct
 * models in the last column and row (the Total row's shares are of every model).
 */
export function CrossGrid({ tab, name, onPick, picked, large }: Props) {
  const t = useT();
  const { rows: rowFacet, columns: columnFacet } = tab.pair;
  const rowsWord = t(facetField(rowFacet).label);
  const columnsWord = t(facetField(columnFacet).label);
  const largest = largestCount(tab);
  return (
    <table className={`cross-grid${large ? ' cross-grid--large' : ''}`} aria-label={name}>
      <thead>
        <tr>
          <th scope="col" className="cross-grid__corner">
            <span aria-hidden="true">
              {columnsWord} →<br />
              {rowsWord} ↓
            </span>
            <span className="sr-only">{rowsWord}</span>
          </th>
          {tab.columns.map((c) => (
            <th key={c} scope="col">
              {valueLabel(columnFacet, c, t)}
            </th>
          ))}
          <th scope="col" className="cross-grid__total">
            {t('chart.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {tab.rows.map((r, i) => {
          const rowLabel = valueLabel(rowFacet, r, t);
          return (
            <tr key={r}>
              <th scope="row">{rowLabel}</th>
              {tab.counts[i]!.map((count, j) => {
                const c = tab.columns[j]!;
                // The share goes under the count on a phone (a narrower grid); the text is the same.
                const text = (
                  <>
                    {count}{' '}
                    <span className="cross-grid__share">
                      ({percentOf(count, tab.rowTotals[i]!)}%)
                    </span>
                  </>
                );
                if (count === 0)
                  return (
                    <td key={c} className="cross-grid__empty">
                      <span aria-hidden="true">–</span>
                      <span className="sr-only">0</span>
                    </td>
                  );
                return (
                  <td key={c} style={heat(count, largest)}>
                    {onPick ? (
                      <button
                        type="button"
                        className="cross-grid__cell"
                        aria-pressed={picked?.(r, c) ?? false}
                        aria-label={t('compare.cell', {
                          row: rowLabel,
                          column: valueLabel(columnFacet, c, t),
                          count,
                          share: percentOf(count, tab.rowTotals[i]!),
                        })}
                        onClick={() => onPick(r, c)}
                      >
                        {text}
                      </button>
                    ) : (
                      text
                    )}
                  </td>
                );
              })}
              <td className="cross-grid__total">{tab.rowTotals[i]}</td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('chart.total')}</th>
          {tab.columnTotals.map((count, j) => (
            <td key={tab.columns[j]}>
              {count} <span className="cross-grid__share">({percentOf(count, tab.total)}%)</span>
            </td>
          ))}
          <td className="cross-grid__total">{tab.total}</td>
        </tr>
      </tfoot>
    </table>
  );
}
