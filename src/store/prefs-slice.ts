import type { StateCreator } from 'zustand';
import { loadLocale } from '../lib/load-locale';
import type { Locale } from '../i18n/locales';

export type Theme = 'light' | 'dark';

export interface PrefsSlice {
  /** The language on screen: the reader's choice, a link's `lang=`, or the browser's. */
  locale: Locale;
  /** The language the reader chose, remembered for later visits; null until they choose. */
  chosenLocale: Locale | null;
  /** The reader's chosen theme; null follows the system setting. */
  theme: Theme | null;
  chooseLocale: (locale: Locale) => void;
  chooseTheme: (theme: Theme) => void;
}

// Saving is not done here: persist.ts writes what the reader chose, whichever action changed it.
export const createPrefsSlice: StateCreator<PrefsSlice, [], [], PrefsSlice> = (set) => ({
  locale: 'en',
  chosenLocale: null,
  theme: null,
  // The language's texts load first, so the page never shows half of each.
  chooseLocale: (locale) => {
    set({ chosenLocale: locale });
    void loadLocale(locale).then(() => set({ locale }));
  },
  chooseTheme: (theme) => set({ theme }),
});
