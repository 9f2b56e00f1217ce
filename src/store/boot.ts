import { HTML_LANG, type Locale } from '../i18n/locales';
import { loadSaved, setAside } from '../lib/storage';
import { useAppStore } from './store';

/** The language of a first visit: the browser's, if it is Chinese; English otherwise. */
function browserLocale(): Locale {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  return languages.some((l) => l?.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

/**
 * Restores saved preferences and imported rows before the URL is read (the URL's `lang=` then
 * wins, and links to imported rows or their facet values resolve). Imported rows are checked
 * against the schema, which loads only when there are some.
 */
export async function bootPreferences() {
  const saved = loadSaved();
  const prefs = saved.status === 'ok' ? saved.saved.prefs : {};
  useAppStore.setState({
    locale: prefs.locale ?? browserLocale(),
    chosenLocale: prefs.locale ?? null,
    theme: prefs.theme ?? null,
  });
  const { setNotice, addImported } = useAppStore.getState();
  if (saved.status === 'corrupt') {
    setNotice({ kind: 'error', key: 'notice.corrupt', vars: { key: saved.backupKey } });
  } else if (saved.status === 'ok' && saved.saved.imported.length) {
    const { validateSavedRows } = await import('../lib/saved-rows');
    const rows = validateSavedRows(saved.saved.imported);
    if (rows) addImported(rows);
    else setNotice({ kind: 'error', key: 'notice.corrupt', vars: { key: setAside() } });
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
