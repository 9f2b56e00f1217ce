import type { StateCreator } from 'zustand';
import type { Sorting } from '../lib/sort';

export interface SortSlice {
  sorting: Sorting;
  setSorting: (sorting: Sorting) => void;
}

export const createSortSlice: StateCreator<SortSlice, [], [], SortSlice> = (set) => ({
  sorting: [],
  setSorting: (sorting) => set({ sorting }),
});
