import type { Model } from '../../data/schema';
import type { Translate } from '../../i18n';
import type { CrossPair } from '../../lib/cross-pair';
import { crossNote, largestCells, tabulateCross } from '../../lib/cross-tab';
import { facetField } from '../../lib/facets';
import { valueLabel } from '../../lib/value-label';

/** The Compare slide's notes: its largest cells, the rows' totals, and how the grid counts. */
export function crossNotes(pair: CrossPair, rows: readonly Model[], t: Translate): string[] {
  const tab = tabulateCross(rows, pair);
  if (!tab.total) return [t('empty.title')];
  const sep = t('export.partSeparator');
  const label = (axis: 'rows' | 'columns', value: string) => valueLabel(pair[axis], value, t);
  return [
    t('compare.notesLargest', {
      cells: largestCells(tab, 5)
        .map((c) =>
          t('compare.notesCell', {
            row: label('rows', c.row),
            column: label('columns', c.column),
            count: c.count,
            share: c.share,
          }),
        )
        .join(sep),
    }),
    t('compare.notesTotals', {
      facet: t(facetField(pair.rows).label),
      parts: tab.rows
        .map((r, i) => `${label('rows', r)} ${tab.rowTotals[i]}`)
        .join(t('present.listSeparator')),
      total: tab.total,
    }),
    crossNote(pair, t),
  ];
}
