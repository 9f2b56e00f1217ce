import { savePrefs } from '../lib/storage';
import { useAppStore, type AppState } from './store';

/** The reader's choices, kept between visits (imported rows are kept by collections.ts). */
const savedPrefs = (s: AppState) => ({
  locale: s.chosenLocale ?? undefined,
  theme: s.theme ?? undefined,
  deck: s.chosenDeck ? [...s.chosenDeck] : undefined,
});

/**
 * The one place that saves preferences: whatever changes them (an action, the URL, another
 * module), they are written here, small and synchronous, so the next visit's first paint has them.
 */
export function persistState() {
  return useAppStore.subscribe((s, prev) => {
    if (
      s.chosenLocale !== prev.chosenLocale ||
      s.theme !== prev.theme ||
      s.chosenDeck !== prev.chosenDeck
    )
      savePrefs(savedPrefs(s));
  });
}
