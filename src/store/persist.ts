import { saveImported, savePrefs } from '../lib/storage';
import { useAppStore, type AppState } from './store';

/** What is kept between visits: the reader's choices and imported rows, nothing else. */
const savedPrefs = (s: AppState) => ({
  locale: s.chosenLocale ?? undefined,
  theme: s.theme ?? undefined,
});

/**
 * The one place that saves: whatever changes the saved parts of the state (an action, the URL,
 * another module), they are written here; a refusal (storage full or blocked) is said.
 */
export function persistState() {
  return useAppStore.subscribe((s, prev) => {
    if (s.chosenLocale !== prev.chosenLocale || s.theme !== prev.theme) savePrefs(savedPrefs(s));
    if (s.imported !== prev.imported && !saveImported(s.imported)) {
      s.setNotice({ kind: 'error', key: 'notice.quota', vars: { count: s.imported.length } });
    }
  });
}
