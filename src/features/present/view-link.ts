import { serializeUrl } from '../../lib/url-codec';
import { useAppStore } from '../../store/store';
import { urlStateOf } from '../../store/url-sync';

/** The link to the explorer's view behind the deck (its filters, language), not to the slides. */
export function viewLink(): string {
  const state = urlStateOf(useAppStore.getState());
  const query = serializeUrl({
    ...state,
    present: false,
    slide: null,
    presenter: false,
    deck: null,
    build: true,
  });
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
}
