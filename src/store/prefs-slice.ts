import type { StateCreator } from 'zustand';
import { loadLocale } from '../i18n';
import type { Locale } from '../i18n/locales';
import { savePrefs } from '../lib/storage';

export type Theme = 'light' | 'dark';

export interface PrefsSlice {
  locale: Locale;
  /** The reader's chosen theme; null follows the system setting. */
  theme: Theme | null;
  /** The reader's choice of language: applied and remembered for later visits. */
  chooseLocale: (locale: Locale) => void;
  chooseTheme: (theme: Theme) => void;
}

export const createPrefsSlice: StateCreator<PrefsSlice, [], [], PrefsSlice> = (set) => ({
  locale: 'en',
  theme: null,
  // The language's texts load first, so the page never shows half of each.
  chooseLocale: (locale) => {
    savePrefs({ locale });
    void loadLocale(locale).then(() => set({ locale }));
  },
  chooseTheme: (theme) => {
    set({ theme });
    savePrefs({ theme });
  },
});
