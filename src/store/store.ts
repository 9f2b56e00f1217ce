import { create } from 'zustand';
import { createCrossSlice, type CrossSlice } from './cross-slice';
import { createDataSlice, type DataSlice } from './data-slice';
import { createFiltersSlice, type FiltersSlice } from './filters-slice';
import { createPrefsSlice, type PrefsSlice } from './prefs-slice';
import { createSortSlice, type SortSlice } from './sort-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

/** The one store of the app, combined from typed slices. */
export type AppState = DataSlice & FiltersSlice & SortSlice & ViewSlice & PrefsSlice & CrossSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createDataSlice(...a),
  ...createFiltersSlice(...a),
  ...createSortSlice(...a),
  ...createViewSlice(...a),
  ...createPrefsSlice(...a),
  ...createCrossSlice(...a),
}));
