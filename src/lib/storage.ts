import { isLocale, type Locale } from '../i18n/locales';
import { parseDeck, type DeckPart } from './slides';

/**
 * The preferences the explorer keeps in localStorage, under one versioned key: small and read
 * synchronously, before the first paint. Imported rows live in IndexedDB (collections-db.ts);
 * older versions kept them here, under `imported`, and they move once (store/collections.ts).
 */
export const STORAGE_KEY = 'sora-explorer:v1';

export interface SavedPrefs {
  locale?: Locale;
  theme?: 'light' | 'dark';
  deck?: DeckPart[];
}

/** What is stored. `imported` is only ever read, to move it (checked by saved-collections.ts). */
export interface Saved {
  version: 1;
  prefs: SavedPrefs;
  imported: unknown[];
}

export type LoadResult =
  | { status: 'empty' }
  | { status: 'ok'; saved: Saved }
  /**
   * The stored value could not be read. Copied under `backupKey` and removed; or, with no room
   * for a copy, left where it is (`backupKey` null), never written over, until it can be set
   * aside in IndexedDB (store/collections-load.ts).
   */
  | { status: 'corrupt'; backupKey: string | null };

// Checked by hand, not with zod, so that reading preferences costs the first paint nothing.
function readPrefs(value: unknown): SavedPrefs | null {
  if (value === undefined) return {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { locale, theme, deck, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length) return null;
  if (locale !== undefined && !isLocale(locale)) return null;
  if (theme !== undefined && theme !== 'light' && theme !== 'dark') return null;
  if (deck !== undefined && !Array.isArray(deck)) return null;
  // A part a later version removed is dropped, not a reason to distrust the rest.
  const parts = Array.isArray(deck)
    ? parseDeck(deck.filter((p) => typeof p === 'string').join(','))
    : null;
  return {
    ...(locale ? { locale } : {}),
    ...(theme ? { theme } : {}),
    ...(parts ? { deck: parts } : {}),
  } as SavedPrefs;
}

function parseSaved(raw: string): Saved | null {
  try {
    const data = JSON.parse(raw) as Record<string, unknown> | null;
    if (!data || typeof data !== 'object' || data.version !== 1) return null;
    const prefs = readPrefs(data.prefs);
    const imported = data.imported ?? [];
    if (!prefs || !Array.isArray(imported)) return null;
    return { version: 1, prefs, imported };
  } catch {
    return null;
  }
}

/**
 * Moves an unreadable value out of the way, kept for the reader, so the app can start clean: the
 * key of its copy, or null when there was no room for one (the value then stays where it is).
 */
export function setAside(storage: Storage | undefined = globalThis.localStorage): string | null {
  const backupKey = `${STORAGE_KEY}:corrupt:${Date.now()}`;
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (raw === null || raw === undefined) return null;
    storage?.setItem(backupKey, raw);
  } catch {
    // No room for a copy: the original is the only one, so it stays.
    return null;
  }
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Storage blocked: nothing more to do.
  }
  return backupKey;
}

/** The stored value when it cannot be read (and so was left in place), else null. */
export function unreadableValue(storage: Storage | undefined = globalThis.localStorage) {
  try {
    const raw = storage?.getItem(STORAGE_KEY) ?? null;
    return raw !== null && !parseSaved(raw) ? raw : null;
  } catch {
    return null;
  }
}

/** Removes the unreadable value once it is safely set aside elsewhere. */
export function removeUnreadable(storage: Storage | undefined = globalThis.localStorage) {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Storage blocked: it stays, and is set aside again next time (a duplicate, nothing lost).
  }
}

export function loadSaved(storage: Storage | undefined = globalThis.localStorage): LoadResult {
  let raw: string | null;
  try {
    raw = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return { status: 'empty' };
  }
  if (raw === null) return { status: 'empty' };
  const saved = parseSaved(raw);
  return saved ? { status: 'ok', saved } : { status: 'corrupt', backupKey: setAside(storage) };
}

function write(patch: Partial<Omit<Saved, 'version'>>, storage: Storage | undefined): boolean {
  try {
    const current = loadSaved(storage);
    // An unreadable value that could not be copied is the reader's only copy: never written over.
    if (current.status === 'corrupt' && current.backupKey === null) return false;
    const base: Saved =
      current.status === 'ok' ? current.saved : { version: 1, prefs: {}, imported: [] };
    const next: Saved = { ...base, ...patch, prefs: { ...base.prefs, ...patch.prefs } };
    storage?.setItem(STORAGE_KEY, JSON.stringify(next));
    return true;
  } catch {
    return false;
  }
}

/** Merges `patch` into what is saved; false when the browser refuses (quota, privacy mode). */
export function savePrefs(
  patch: SavedPrefs,
  storage: Storage | undefined = globalThis.localStorage,
): boolean {
  return write({ prefs: patch }, storage);
}

/** Forgets the rows an older version saved here, once they are safely in IndexedDB. */
export function clearLegacyRows(storage: Storage | undefined = globalThis.localStorage): boolean {
  return write({ imported: [] }, storage);
}
