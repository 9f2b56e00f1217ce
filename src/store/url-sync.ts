import { FACETS, type Facet } from '../lib/facets';
import { deriveOptions } from '../lib/derive';
import { DEFAULT_CROSS } from '../lib/cross-pair';
import { DEFAULT_DECK } from '../lib/slides';
import { parseUrl, serializeUrl, type UrlState, type Vocabulary } from '../lib/url-codec';
import { isLocaleLoaded } from '../i18n';
import { loadLocale } from '../lib/load-locale';
import { useAppStore, type AppState } from './store';

function vocabulary(state: AppState): Vocabulary {
  const options = deriveOptions(state.models);
  return {
    facetValues: Object.fromEntries(
      FACETS.map((f) => [f, new Set(options[f].map((o) => o.value))]),
    ) as Record<Facet, Set<string>>,
    modelIds: new Set(state.models.map((m) => m.id)),
  };
}

export function urlStateOf(state: AppState): UrlState {
  return {
    filters: state.filters,
    sorting: state.sorting,
    view: state.view,
    tab: state.tab,
    model: state.modelId,
    lang: state.locale === 'en' ? null : state.locale,
    present: state.present,
    slide: state.present && state.slide > 1 ? state.slide : null,
    presenter: state.presenter,
    deck: state.deck,
    build: state.build,
    cross: state.cross,
  };
}

function applyUrlState(url: UrlState) {
  useAppStore.setState((s) => ({
    filters: url.filters,
    sorting: url.sorting,
    view: url.view,
    tab: url.tab,
    modelId: url.model,
    locale: url.lang ?? s.locale,
    present: url.present,
    slide: url.present ? (url.slide ?? 1) : 1,
    // A slide reached by a link or Back opens with its points out.
    step: url.present && (url.slide ?? 1) !== s.slide ? Number.MAX_SAFE_INTEGER : s.step,
    build: url.build,
    presenter: url.presenter,
    // An entry without `deck=` had the default deck (a chosen one is always written).
    deck: url.deck ?? DEFAULT_DECK,
    cross: url.cross ?? DEFAULT_CROSS,
  }));
}

const href = (query: string) => (query ? `?${query}` : location.pathname) + location.hash;

/** The link the page opened with, and the address it was rewritten to (see below). */
let opened: { search: string; understood: string } | null = null;
let applyUrl: ((url: UrlState) => void) | null = null;

/**
 * Imported rows load after the first paint, so a link to one of them (or to a value only they
 * have) was not understood at first. Once they are in, the link is read again, unless the reader
 * has moved on since.
 */
export function rereadOpeningLink() {
  if (!opened || !applyUrl || opened.search === opened.understood) return;
  if (location.search !== opened.understood) return;
  const url = parseUrl(opened.search, vocabulary(useAppStore.getState()));
  const { locale, deck } = useAppStore.getState();
  applyUrl({ ...url, lang: url.lang ?? locale, deck: url.deck ?? deck });
  opened = null;
  history.replaceState(history.state, '', href(serializeUrl(urlStateOf(useAppStore.getState()))));
}

/**
 * Keeps the query string and the store in step. Every change is a history entry, so Back and
 * Forward step through them, except typing in the search, which replaces the current entry.
 */
export async function startUrlSync(): Promise<() => void> {
  let applying = false;
  const apply = (url: UrlState) => {
    applying = true;
    applyUrlState(url);
    applying = false;
  };
  // On Back/Forward an entry without `lang` is an English one (that is how it was written).
  const readLocation = () => {
    const parsed = parseUrl(location.search, vocabulary(useAppStore.getState()));
    const url = { ...parsed, lang: parsed.lang ?? ('en' as const) };
    const locale = url.lang;
    // A language that has not loaded yet is fetched first; the rest of the view waits for it.
    if (isLocaleLoaded(locale)) apply(url);
    else void loadLocale(locale).then(() => apply(url));
  };
  const openedSearch = location.search;
  const first = parseUrl(openedSearch, vocabulary(useAppStore.getState()));
  await loadLocale(first.lang ?? useAppStore.getState().locale);
  // A first visit without `deck=` keeps the deck the reader chose last time.
  apply({ ...first, deck: first.deck ?? useAppStore.getState().deck });
  applyUrl = apply;
  // Drop what was ignored, so the address bar shows the view as understood.
  history.replaceState(history.state, '', href(serializeUrl(urlStateOf(useAppStore.getState()))));
  opened = { search: openedSearch, understood: location.search };

  const unsubscribe = useAppStore.subscribe((state, prev) => {
    if (applying) return;
    const query = serializeUrl(urlStateOf(state));
    if (query === serializeUrl(urlStateOf(prev))) return;
    // Typing, adjusting a span, stepping through slides and from model to model in the open
    // dialog replace the entry; every other change adds one.
    const withoutTransient = (s: AppState) =>
      serializeUrl({
        ...urlStateOf(s),
        // A span being adjusted (a slider's steps) is one entry; setting or clearing one adds one.
        filters: { ...s.filters, q: '', span: s.filters.span && { from: 0, to: 0 } },
        slide: null,
        model: s.modelId === null ? null : 'open',
      });
    if (withoutTransient(state) === withoutTransient(prev))
      history.replaceState(history.state, '', href(query));
    else history.pushState(null, '', href(query));
  });
  window.addEventListener('popstate', readLocation);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', readLocation);
  };
}
