import { HTML_LANG, type Locale } from '../i18n';
import { loadSaved } from '../lib/storage';
import { useAppStore } from './store';

/** The language of a first visit: the browser's, if it is Chinese; English otherwise. */
function browserLocale(): Locale {
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  return languages.some((l) => l?.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

/** Restores saved preferences before the URL is read (the URL's `lang=` then wins). */
export function bootPreferences() {
  const saved = loadSaved();
  const locale =
    saved.status === 'ok' && saved.saved.prefs.locale ? saved.saved.prefs.locale : browserLocale();
  useAppStore.setState({ locale });
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
