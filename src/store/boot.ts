import { HTML_LANG, type Locale } from '../i18n/locales';
import { loadSaved, STORAGE_KEY } from '../lib/storage';
import { useAppStore } from './store';

/** The language of a first visit: the browser's, if it is Chinese; English otherwise. */
function browserLocale(): Locale {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  return languages.some((l) => l?.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

/**
 * Restores saved preferences before the URL is read (the URL's `lang=` then wins). They are
 * small and synchronous; imported rows load from IndexedDB after the first paint (collections.ts).
 */
export function bootPreferences() {
  const saved = loadSaved();
  const prefs = saved.status === 'ok' ? saved.saved.prefs : {};
  useAppStore.setState({
    locale: prefs.locale ?? browserLocale(),
    chosenLocale: prefs.locale ?? null,
    theme: prefs.theme ?? null,
    ...(prefs.deck && { deck: prefs.deck, chosenDeck: prefs.deck }),
  });
  if (saved.status === 'corrupt') {
    useAppStore
      .getState()
      .setNotice(
        saved.backupKey
          ? { kind: 'error', key: 'notice.corrupt', vars: { key: saved.backupKey } }
          : { kind: 'error', key: 'notice.corruptInPlace', vars: { key: STORAGE_KEY } },
      );
  }
}

/** Sets `[data-theme]` once the reader has chosen; until then CSS follows the system setting. */
export function syncTheme() {
  const apply = (theme: string | null) => {
    if (theme) document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
  };
  apply(useAppStore.getState().theme);
  return useAppStore.subscribe((s, prev) => {
    if (s.theme !== prev.theme) apply(s.theme);
  });
}

/** The theme on screen now: the chosen one, else the system's. */
export function effectiveTheme(chosen: 'light' | 'dark' | null): 'light' | 'dark' {
  if (chosen) return chosen;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Keeps `<html lang>` (and so the CJK typography rules) in step with the language. */
export function syncDocumentLanguage() {
  const apply = (locale: Locale) => {
    document.documentElement.lang = HTML_LANG[locale];
  };
  apply(useAppStore.getState().locale);
  return useAppStore.subscribe((s, prev) => {
    if (s.locale !== prev.locale) apply(s.locale);
  });
}
