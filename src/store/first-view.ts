import { serializeUrl } from '../lib/url-codec';
import { useAppStore, type AppState } from './store';
import { urlStateOf } from './url-sync';

/**
 * What the first screen shows: the view a link would name (less the chosen deck, which no view
 * but the slides shows), its language, and any notice.
 */
function firstScreen(state: AppState): string {
  return JSON.stringify([
    serializeUrl({ ...urlStateOf(state), deck: null }),
    state.locale,
    state.notice,
  ]);
}

/**
 * Whether the store opens on the screen the build prerendered into index.html, which is the
 * store's initial state: then React hydrates that HTML; otherwise it draws the asked-for view.
 */
export function opensOnPrerenderedView(): boolean {
  return firstScreen(useAppStore.getState()) === firstScreen(useAppStore.getInitialState());
}
