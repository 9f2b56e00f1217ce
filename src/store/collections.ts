import { nextPaint } from '../lib/deferral';
import type { Model } from '../data/schema';
import { LEGACY_COLLECTION_ID, type Collection } from '../lib/collections';
import type { CollectionsDb, StorageProblem, WriteProblem } from '../lib/collections-db';
import { clearLegacyRows, loadSaved, STORAGE_KEY } from '../lib/storage';
import type { MessageKey } from '../i18n/en';
import { useAppStore } from './store';

/**
 * The reader's imports, kept in IndexedDB and the same in every tab. Each action changes the
 * state at once (the rows work straight away), then stores the change in one transaction and
 * tells the other tabs; whatever cannot be kept is said in words, never dropped in silence.
 */

const CHANNEL_NAME = 'sora-explorer:collections';
type Message = { kind: 'put'; id: string } | { kind: 'remove'; id: string } | { kind: 'clear' };

let resolveDb: (db: CollectionsDb | null) => void = () => undefined;
/** The open database once loading is done; null when this tab cannot keep anything. */
let dbReady = new Promise<CollectionsDb | null>((resolve) => (resolveDb = resolve));
let channel: BroadcastChannel | null = null;

const store = () => useAppStore.getState();
const announce = (message: Message) => channel?.postMessage(message);

/** Why this tab cannot keep imports, in words: a message per reason. */
const reasonOf = (problem: StorageProblem | WriteProblem): MessageKey =>
  `storage.problem.${problem}`;

/** The connection went away after loading (a newer explorer in another tab, a crash). */
function lose(problem: StorageProblem) {
  dbReady = Promise.resolve(null);
  channel?.close();
  channel = null;
  store().setStorage({ status: 'tabOnly', problem });
  store().setNotice({ kind: 'error', key: 'notice.storageLost', reason: reasonOf(problem) });
}

/** After a failed save: the collection stays in this tab, and the reader learns why and what to do. */
function heldInTabOnly(collection: Collection, problem: StorageProblem | WriteProblem) {
  store().setKeeping(collection.id, 'tabOnly');
  store().setNotice({
    kind: 'error',
    key: problem === 'quota' ? 'notice.quota' : 'notice.notKept',
    vars: { count: collection.rows.length, name: collection.name },
    reason: reasonOf(problem),
  });
}

/** Imports a file's good rows as a new collection. */
export async function importRows(id: string, name: string, rows: Model[]): Promise<void> {
  const collection: Collection = { id, name, importedAt: Date.now(), rows };
  store().addCollection(collection, {
    kind: 'info',
    key: 'notice.imported',
    vars: { count: rows.length },
  });
  store().setKeeping(id, 'saving');
  // Storing copies every row on the main thread (about 0.7 s for 100,000 here): the rows and
  // "saving…" are painted first.
  await nextPaint();
  const db = await dbReady;
  if (!db) {
    const { storage } = store();
    heldInTabOnly(collection, storage.status === 'tabOnly' ? storage.problem : 'readOnly');
    return;
  }
  const result = await db.add(collection);
  if (!result.ok) {
    heldInTabOnly(collection, result.problem);
    return;
  }
  store().setKeeping(id, 'kept');
  announce({ kind: 'put', id });
  // Ask the browser not to evict the reader's data under pressure (it may say no; that is fine).
  void navigator.storage?.persist?.().catch(() => undefined);
}

/** A change that left this tab but not the database: said, since a reload would undo it. */
function unsaved(problem: WriteProblem) {
  store().setNotice({ kind: 'error', key: 'notice.changeNotSaved', reason: reasonOf(problem) });
}

export async function removeCollection(id: string): Promise<void> {
  const collection = store().collections.find((c) => c.id === id);
  if (!collection) return;
  const storedHere = !store().keeping[id];
  store().dropCollection(id, {
    kind: 'info',
    key: 'notice.removedCollection',
    vars: { name: collection.name },
  });
  store().setKeeping(id, 'kept');
  const db = storedHere ? await dbReady : null;
  if (!db) return;
  const result = await db.remove(id);
  if (result.ok) announce({ kind: 'remove', id });
  else unsaved(result.problem);
}

/** Removes one imported row (from the model's detail); the paper's rows cannot be removed. */
export async function removeImportedRow(rowId: string): Promise<void> {
  const collection = store().collections.find((c) => c.rows.some((r) => r.id === rowId));
  const row = collection?.rows.find((r) => r.id === rowId);
  if (!collection || !row) return;
  store().dropRow(rowId, { kind: 'info', key: 'notice.removed', vars: { name: row.name } });
  const db = store().keeping[collection.id] ? null : await dbReady;
  if (!db) return;
  const result = await db.removeRow(collection.id, rowId);
  if (result.ok) announce({ kind: 'put', id: collection.id });
  else unsaved(result.problem);
}

/** Removes every imported collection, here and in the database, and so in every tab. */
export async function resetToPaperData(): Promise<void> {
  store().dropAllCollections({ kind: 'info', key: 'notice.reset' });
  const db = await dbReady;
  if (!db) return;
  const result = await db.clear();
  if (result.ok) announce({ kind: 'clear' });
  else unsaved(result.problem);
}

/** The set-aside values, for the reader to download; they are never shown as rows. */
export async function readSetAside(): Promise<unknown[]> {
  const db = await dbReady;
  return db ? db.readSetAside() : [];
}

export async function discardSetAside(): Promise<void> {
  const db = await dbReady;
  if (!db) return;
  const result = await db.clearSetAside();
  if (result.ok) store().setSetAsideCount(0);
  else unsaved(result.problem);
}

/** Checks stored values; the usable part loads, the rest is moved aside (when allowed). */
async function loadChecked(db: CollectionsDb, values: unknown[]): Promise<Collection[]> {
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
async function moveLegacyRows(db: CollectionsDb | null) {
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
    return;
  }
  // Not moved: still in localStorage (nothing lost), shown in this tab.
  if (good.length) {
    store().addCollection(collection);
    store().setKeeping(collection.id, 'tabOnly');
  }
}

async function receive(db: CollectionsDb, message: Message) {
  if (message.kind === 'clear') store().receiveCollections({ clearKept: true });
  else if (message.kind === 'remove') store().receiveCollections({ remove: [message.id] });
  else {
    const value = await db.read(message.id);
    if (value === undefined) {
      store().receiveCollections({ remove: [message.id] });
      return;
    }
    const { checkCollection } = await import('../lib/saved-collections');
    const { collection } = await checkCollection(value);
    store().receiveCollections(collection ? { put: [collection] } : { remove: [message.id] });
  }
}

/**
 * Opens the database, moves rows left by an older version, loads every collection (checked in
 * chunks, so the paper's rows are usable meanwhile), and starts listening to the other tabs.
 */
export async function startCollections(): Promise<void> {
  try {
    await loadCollections();
  } catch {
    // Whatever went wrong on the way (a read refused midway), this tab still works: it says so.
    store().setStorage({ status: 'tabOnly', problem: 'failed' });
    resolveDb(null);
  }
}

async function loadCollections() {
  const { openCollectionsDb } = await import('../lib/collections-db');
  const opened = await openCollectionsDb({ onClosed: lose });
  if (!opened.ok) {
    store().setStorage({ status: 'tabOnly', problem: opened.problem });
    await moveLegacyRows(null);
    resolveDb(null);
    return;
  }
  const { db } = opened;
  await moveLegacyRows(db);
  const collections = await loadChecked(db, await db.readAll());
  store().receiveCollections({ put: collections });
  store().setSetAsideCount(await db.countSetAside());
  if (db.readOnly) {
    store().setStorage({ status: 'readOnly' });
    store().setNotice({ kind: 'error', key: 'notice.readOnly' });
    resolveDb(null);
    return;
  }
  store().setStorage({ status: 'ready' });
  if (typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel(CHANNEL_NAME);
    // A message that cannot be followed (a read refused) leaves this tab as it was until a reload.
    channel.onmessage = (event: MessageEvent<Message>) =>
      void receive(db, event.data).catch(() => undefined);
  }
  resolveDb(db);
}

/** For tests: forget the database and channel, as a fresh page would. */
export function resetCollectionsForTests() {
  channel?.close();
  channel = null;
  dbReady = new Promise<CollectionsDb | null>((resolve) => (resolveDb = resolve));
}
