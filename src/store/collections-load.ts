import { LEGACY_COLLECTION_ID, type Collection } from '../lib/collections';
import type { CollectionsDb } from '../lib/collections-db-connection';
import {
  clearLegacyRows,
  loadSaved,
  removeUnreadable,
  STORAGE_KEY,
  unreadableValue,
} from '../lib/storage';
import { useAppStore } from './store';

// Loading what is stored: values checked on the way in, rows an older explorer left behind.

const store = () => useAppStore.getState();

/** Checks stored values; the usable part loads, the rest is moved aside (when allowed). */
export async function loadChecked(db: CollectionsDb, values: unknown[]): Promise<Collection[]> {
  const { checkCollection } = await import('../lib/saved-collections');
  const collections: Collection[] = [];
  const records = [];
  const repaired = [];
  for (const value of values) {
    const checked = await checkCollection(value);
    if (checked.collection) collections.push(checked.collection);
    if (!checked.rejected.length) continue;
    records.push(
      ...checked.rejected.map(({ value: rejected, reason }) => ({
        setAsideAt: Date.now(),
        from: checked.name,
        reason,
        value: rejected,
      })),
    );
    if (checked.id !== null) repaired.push({ id: checked.id, keep: checked.collection });
  }
  if (records.length && !db.readOnly) {
    const result = await db.setAside(records, repaired);
    store().setNotice(
      result.ok
        ? { kind: 'error', key: 'notice.setAside', vars: { count: records.length } }
        : { kind: 'error', key: 'notice.unreadable', vars: { count: records.length } },
    );
  } else if (records.length) {
    store().setNotice({ kind: 'error', key: 'notice.unreadable', vars: { count: records.length } });
  }
  return collections;
}

/**
 * Rows an older explorer kept in localStorage move into IndexedDB once, as one collection named
 * after the old key; only once they are stored are they removed from localStorage. When they
 * cannot be stored they stay where they are and still show in this tab.
 */
export async function moveLegacyRows(db: CollectionsDb | null) {
  const saved = loadSaved();
  if (saved.status !== 'ok' || !saved.saved.imported.length) return;
  const { checkLegacyRows } = await import('../lib/saved-collections');
  const { good, bad } = checkLegacyRows(saved.saved.imported);
  const collection: Collection = {
    id: LEGACY_COLLECTION_ID,
    name: STORAGE_KEY,
    importedAt: Date.now(),
    rows: good,
  };
  const writable = db && !db.readOnly ? db : null;
  const stored = writable && good.length ? await writable.add(collection) : null;
  const asideStored =
    writable && bad.length
      ? await writable.setAside(
          bad.map((value) => ({
            setAsideAt: Date.now(),
            from: STORAGE_KEY,
            reason: 'schema',
            value,
          })),
          [],
        )
      : null;
  if (writable && (stored?.ok ?? true) && (asideStored?.ok ?? true)) {
    clearLegacyRows();
    // Rows that failed the check are set aside, not dropped in silence: the reader is told.
    if (bad.length) {
      store().setNotice({ kind: 'error', key: 'notice.setAside', vars: { count: bad.length } });
    }
    return;
  }
  if (bad.length) {
    // Not moved: they stay in localStorage, left out of this tab.
    store().setNotice({ kind: 'error', key: 'notice.unreadable', vars: { count: bad.length } });
  }
  // Not moved: still in localStorage (nothing lost), shown in this tab.
  if (good.length) {
    store().addCollection(collection);
    store().setKeeping(collection.id, 'tabOnly');
  }
}

/**
 * Preferences that could not be read, and had no room for a copy in localStorage, stay in place
 * (lib/storage.ts) until they can be set aside here, with the other values that failed a check;
 * only once stored are they removed from localStorage, and the reader is told where they went.
 */
export async function moveUnreadablePrefs(db: CollectionsDb | null) {
  const raw = unreadableValue();
  if (raw === null || !db || db.readOnly) return;
  const result = await db.setAside(
    [{ setAsideAt: Date.now(), from: STORAGE_KEY, reason: 'unreadable', value: raw }],
    [],
  );
  if (!result.ok) return;
  removeUnreadable();
  store().setNotice({ kind: 'error', key: 'notice.corruptSetAside', vars: { key: STORAGE_KEY } });
}
