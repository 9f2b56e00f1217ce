import { create } from 'zustand';
import { createPrefsSlice, type PrefsSlice } from './prefs-slice';

/** The one store of the app, combined from typed slices. */
export type AppState = PrefsSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createPrefsSlice(...a),
}));
