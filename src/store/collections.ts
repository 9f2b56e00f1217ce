import { nextPaint } from '../lib/deferral';
import type { Model } from '../data/schema';
import type { Collection } from '../lib/collections';
import type { StorageProblem } from '../lib/collections-db';
import type { CollectionsDb, WriteProblem } from '../lib/collections-db-connection';
import type { MessageKey } from '../i18n/en';
import { announce, closeChannel, listenToOtherTabs } from './collections-channel';
import { loadChecked, moveLegacyRows, moveUnreadablePrefs } from './collections-load';
import { useAppStore } from './store';

/**
 * The reader's imports, kept in IndexedDB and the same in every tab. Each action changes the
 * state at once (the rows work straight away), then stores the change in one transaction and
 * tells the other tabs; whatever cannot be kept is said in words, never dropped in silence.
 */

let resolveDb: (db: CollectionsDb | null) => void = () => undefined;
/** The open database once loading is done; null when this tab cannot keep anything. */
let dbReady = new Promise<CollectionsDb | null>((resolve) => (resolveDb = resolve));

const store = () => useAppStore.getState();

/** Why this tab cannot keep imports, in words: a message per reason. */
const reasonOf = (problem: StorageProblem | WriteProblem): MessageKey =>
  `storage.problem.${problem}`;

/** The connection went away after loading (a newer explorer in another tab, a crash). */
function lose(problem: StorageProblem) {
  dbReady = Promise.resolve(null);
  closeChannel();
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
  await moveUnreadablePrefs(db);
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
  listenToOtherTabs(db);
  resolveDb(db);
}

/** For tests: forget the database and channel, as a fresh page would. */
export function resetCollectionsForTests() {
  closeChannel();
  dbReady = new Promise<CollectionsDb | null>((resolve) => (resolveDb = resolve));
}
