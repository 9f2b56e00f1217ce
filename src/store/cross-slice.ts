import type { StateCreator } from 'zustand';
import { DEFAULT_CROSS, type CrossPair } from '../lib/cross-pair';
import { selection } from '../lib/filter';
import type { FiltersSlice } from './filters-slice';

export interface CrossSlice {
  /** The Compare grid's two facets: read by the figure, the link (`cross=`) and the deck. */
  cross: CrossPair;
  setCross: (cross: CrossPair) => void;
  /**
   * A cell of the grid pressed: the table keeps that pair (both facets set to the cell's values,
   * in one step, so one history entry); pressed again, both facets are cleared.
   */
  pickCrossCell: (row: string, column: string) => void;
}

export const createCrossSlice: StateCreator<CrossSlice & FiltersSlice, [], [], CrossSlice> = (
  set,
) => ({
  cross: DEFAULT_CROSS,
  setCross: (cross) => set({ cross }),
  pickCrossCell: (row, column) =>
    set(({ cross, filters }) => {
      const on = isPicked(filters, cross, row, column);
      return {
        filters: { ...filters, [cross.rows]: on ? [] : [row], [cross.columns]: on ? [] : [column] },
      };
    }),
});

/** Whether the filters are exactly a cell's pair (the cell shows as pressed). */
export function isPicked(
  filters: FiltersSlice['filters'],
  cross: CrossPair,
  row: string,
  column: string,
): boolean {
  const rows = selection(filters, cross.rows);
  const columns = selection(filters, cross.columns);
  return rows.length === 1 && rows[0] === row && columns.length === 1 && columns[0] === column;
}
