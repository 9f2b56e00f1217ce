// Loaded when the grid's CSV is asked for (papaparse stays out of the page's first download).
import Papa from 'papaparse';
import type { CrossTab } from './cross-tab';

/**
 * The grid as CSV: a header of the column values, a row per row value with its counts and its
 * Total, then the Total row; counts only (each share is its count over the row's Total). Cells a
 * spreadsheet would run as a formula are defused, as in the table's CSV.
 */
export function crossTabCsv(
  tab: CrossTab,
  label: (axis: 'rows' | 'columns', value: string) => string,
  words: { corner: string; total: string },
): string {
  return Papa.unparse(
    {
      fields: [words.corner, ...tab.columns.map((c) => label('columns', c)), words.total],
      data: [
        ...tab.rows.map((r, i) => [label('rows', r), ...tab.counts[i]!, tab.rowTotals[i]!]),
        [words.total, ...tab.columnTotals, tab.total],
      ],
    },
    { escapeFormulae: /^[=+\-@\t\r].+/s, newline: '\r\n' },
  );
}
