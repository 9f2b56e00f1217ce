import type { StateCreator } from 'zustand';
import type { Locale } from '../i18n';
import { savePrefs } from '../lib/storage';

export interface PrefsSlice {
  locale: Locale;
  /** The reader's choice of language: applied and remembered for later visits. */
  chooseLocale: (locale: Locale) => void;
}

export const createPrefsSlice: StateCreator<PrefsSlice, [], [], PrefsSlice> = (set) => ({
  locale: 'en',
  chooseLocale: (locale) => {
    set({ locale });
    savePrefs({ locale });
  },
});
