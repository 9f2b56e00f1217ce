import { tabsOf, VIEWS, type View } from '../data/sections';
import { isLocale, type Locale } from '../i18n/locales';
import { crossParam, DEFAULT_CROSS, parseCross, sameCross, type CrossPair } from './cross-pair';
import { FACETS, type Facet } from './facets';
import { EMPTY_FILTERS, type Filters } from './filter';
import { formatMonth, makeSpan, parseMonth } from './release-span';
import { parseDeck, sameDeck, DEFAULT_DECK, type DeckPart } from './slides';
import { SORT_COLUMNS, type SortColumn, type SortKey } from './sort';

/** Everything a link carries. */
export interface UrlState {
  filters: Filters;
  sorting: readonly SortKey[];
  view: View;
  tab: string | null;
  model: string | null;
  lang: Locale | null;
  present: boolean;
  slide: number | null;
  /** The presenter's window (notes, next slide, timer) rather than the audience's. */
  presenter: boolean;
  /** The slides chosen for the talk; null for the default deck. */
  deck: readonly DeckPart[] | null;
  /** A slide's points come one at a time (the default); `build=0` shows them all at once. */
  build: boolean;
  /** The Compare grid's facets (`cross=rows,columns`); null for the default, backbone by year. */
  cross: CrossPair | null;
}

export const DEFAULT_URL_STATE: UrlState = Object.freeze({
  filters: EMPTY_FILTERS,
  sorting: [],
  view: 'models',
  tab: null,
  model: null,
  lang: null,
  present: false,
  slide: null,
  presenter: false,
  deck: null,
  build: true,
  cross: null,
});

/** What the app knows exists; values outside it are dropped as if absent. */
export interface Vocabulary {
  facetValues: Record<Facet, ReadonlySet<string>>;
  modelIds: ReadonlySet<string>;
}

const MAX_PARAM_LENGTH = 2000;
const MAX_QUERY_LENGTH = 200;
const MAX_LIST = 200;
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** First occurrence only; absurdly long values count as absent. */
function firstParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name);
  return value !== null && value.length <= MAX_PARAM_LENGTH ? value : null;
}

function parseList(raw: string | null, allowed: ReadonlySet<string>): string[] {
  if (raw === null) return [];
  const out: string[] = [];
  for (const part of raw.split(',')) {
    const value = part.trim();
    if (value && allowed.has(value) && !out.includes(value)) out.push(value);
    if (out.length >= MAX_LIST) break;
  }
  return out;
}

function parseSort(raw: string | null): SortKey[] {
  if (raw === null) return [];
  const keys: SortKey[] = [];
  for (const part of raw.split(',')) {
    const desc = part.startsWith('-');
    const id = (desc ? part.slice(1) : part).trim() as SortColumn;
    if (SORT_COLUMNS.includes(id) && !keys.some((k) => k.id === id)) keys.push({ id, desc });
  }
  return keys;
}

/** Reads a query string into a complete state; anything malformed, unknown or duplicated is ignored. */
export function parseUrl(search: string, vocab: Vocabulary): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return DEFAULT_URL_STATE;
  }
  const get = (name: string) => firstParam(params, name);

  const q = get('q');
  const facets = Object.fromEntries(
    FACETS.map((f) => [f, parseList(get(f), vocab.facetValues[f])]),
  ) as Record<Facet, string[]>;
  const filters: Filters = {
    ...facets,
    q: q !== null && q.length <= MAX_QUERY_LENGTH ? q : '',
    taskMode: get('taskmode') === 'all' ? 'all' : 'any',
    // A malformed bound is ignored; reversed bounds are put in order.
    span: makeSpan(parseMonth(get('from')), parseMonth(get('to'))),
  };

  const rawView = get('view');
  const view: View = VIEWS.includes(rawView as View) ? (rawView as View) : 'models';
  const rawTab = get('tab');
  const tab = rawTab !== null && tabsOf(view).includes(rawTab) ? rawTab : null;
  const rawModel = get('model');
  const model =
    rawModel !== null && SLUG.test(rawModel) && vocab.modelIds.has(rawModel) ? rawModel : null;
  const rawLang = get('lang');
  const rawSlide = get('slide');
  const slide = rawSlide !== null && /^[1-9]\d{0,2}$/.test(rawSlide) ? Number(rawSlide) : null;
  const cross = parseCross(get('cross'));

  return {
    filters,
    sorting: parseSort(get('sort')),
    view,
    tab,
    model,
    lang: isLocale(rawLang) ? rawLang : null,
    present: get('present') === '1',
    slide,
    presenter: get('present') === '1' && get('presenter') === '1',
    deck: parseDeck(get('deck')),
    build: get('build') !== '0',
    // The default pair reads as no pair, as it is written (as nothing).
    cross: cross && !sameCross(cross, DEFAULT_CROSS) ? cross : null,
  };
}

// Readable links: commas stay commas between values, spaces become '+'.
const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');

/** Writes only what differs from the default view, in a fixed order; '' for the default view. */
export function serializeUrl(state: UrlState): string {
  const parts: string[] = [];
  const add = (name: string, value: string) => parts.push(`${name}=${value}`);
  if (state.view !== 'models') add('view', state.view);
  if (state.tab) add('tab', encode(state.tab));
  for (const facet of FACETS) {
    const values = state.filters[facet];
    if (values.length) add(facet, values.map(encode).join(','));
  }
  if (state.filters.taskMode === 'all') add('taskmode', 'all');
  if (state.filters.q) add('q', encode(state.filters.q));
  const span = state.filters.span;
  if (span?.from != null) add('from', formatMonth(span.from));
  if (span?.to != null) add('to', formatMonth(span.to));
  if (state.sorting.length)
    add('sort', state.sorting.map((k) => (k.desc ? '-' : '') + k.id).join(','));
  if (state.cross && !sameCross(state.cross, DEFAULT_CROSS)) add('cross', crossParam(state.cross));
  if (state.model) add('model', encode(state.model));
  if (state.lang) add('lang', state.lang);
  if (state.deck && !sameDeck(state.deck, DEFAULT_DECK)) add('deck', state.deck.join(','));
  if (state.present) add('present', '1');
  if (state.slide !== null) add('slide', String(state.slide));
  if (state.present && state.presenter) add('presenter', '1');
  if (!state.build) add('build', '0');
  return parts.join('&');
}
