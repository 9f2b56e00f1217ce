import type { StateCreator } from 'zustand';
import type { Locale } from '../i18n';

export interface PrefsSlice {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

export const createPrefsSlice: StateCreator<PrefsSlice, [], [], PrefsSlice> = (set) => ({
  locale: 'en',
  setLocale: (locale) => set({ locale }),
});
