import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAPER_MODELS } from '../data/models';
import type { Collection } from './collections';
import { DB_NAME, openCollectionsDb } from './collections-db';
import type { CollectionsDb } from './collections-db-connection';

const row = (id: string, name = id) => ({
  ...PAPER_MODELS[0]!,
  id,
  name,
  source: 'imported' as const,
});
const collection = (id: string, count = 2): Collection => ({
  id,
  name: `${id}.csv`,
  importedAt: 1_700_000_000_000,
  rows: Array.from({ length: count }, (_, i) => row(`${id}-${i + 1}`)),
});

async function open(): Promise<CollectionsDb> {
  const opened = await openCollectionsDb();
  if (!opened.ok) throw new Error(`not opened: ${opened.problem}`);
  return opened.db;
}

/** Opens the database as a raw IndexedDB connection, as another tab or version would. */
function rawOpen(version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

beforeEach(() => {
  // A fresh, empty IndexedDB for every test, as a new browser profile has.
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => vi.unstubAllGlobals());

describe('the collections database', () => {
  it('keeps each import as one record, read back whole by a later visit', async () => {
    const db = await open();
    expect(await db.add(collection('imp-a'))).toEqual({ ok: true });
    expect(await db.add(collection('imp-b', 3))).toEqual({ ok: true });
    db.close();
    const later = await open();
    const stored = (await later.readAll()) as Collection[];
    expect(stored.map((c) => [c.id, c.rows.length])).toEqual([
      ['imp-a', 2],
      ['imp-b', 3],
    ]);
    later.close();
  });

  it('never overwrites a collection that is already there (a second move of old rows)', async () => {
    const db = await open();
    await db.add(collection('legacy', 2));
    expect(await db.add(collection('legacy', 5))).toEqual({ ok: true });
    expect(((await db.read('legacy')) as Collection).rows).toHaveLength(2);
    db.close();
  });

  it('removes a row, and the collection with its last row', async () => {
    const db = await open();
    await db.add(collection('imp-a', 2));
    await db.removeRow('imp-a', 'imp-a-1');
    expect(((await db.read('imp-a')) as Collection).rows.map((r) => r.id)).toEqual(['imp-a-2']);
    await db.removeRow('imp-a', 'imp-a-2');
    expect(await db.read('imp-a')).toBeUndefined();
    db.close();
  });

  it('stores a transaction whole or not at all', async () => {
    const db = await open();
    // The second value cannot be stored (a function): the first must not be kept either.
    const result = await db.setAside(
      [
        { setAsideAt: 1, from: null, reason: 'test', value: { fine: true } },
        { setAsideAt: 2, from: null, reason: 'test', value: () => 1 },
      ],
      [],
    );
    expect(result).toEqual({ ok: false, problem: 'failed' });
    expect(await db.countSetAside()).toBe(0);
    db.close();
  });

  it('reports a full disk as quota, and what was stored before is intact', async () => {
    const db = await open();
    await db.add(collection('before'));
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      expect(await db.add(collection('after'))).toEqual({ ok: false, problem: 'quota' });
    } finally {
      add.mockRestore();
    }
    expect(((await db.readAll()) as Collection[]).map((c) => c.id)).toEqual(['before']);
    db.close();
  });

  it('opens a database written by a newer version read-only, and changes nothing in it', async () => {
    const newer = await rawOpen(7, (db) => {
      db.createObjectStore('collections', { keyPath: 'id' });
      db.createObjectStore('setAside', { autoIncrement: true });
      db.createObjectStore('somethingNew');
    });
    await new Promise((resolve) => {
      const tx = newer.transaction('collections', 'readwrite');
      tx.objectStore('collections').put(collection('from-the-future'));
      tx.oncomplete = resolve;
    });
    newer.close();
    const db = await open();
    expect(db.readOnly).toBe(true);
    expect(((await db.readAll()) as Collection[]).map((c) => c.id)).toEqual(['from-the-future']);
    expect(await db.add(collection('mine'))).toEqual({ ok: false, problem: 'readOnly' });
    expect(await db.clear()).toEqual({ ok: false, problem: 'readOnly' });
    expect(await db.readAll()).toHaveLength(1);
    db.close();
  });

  it('says when another tab blocks an upgrade, instead of waiting for ever', async () => {
    const older = await rawOpen(1, (db) => db.createObjectStore('collections', { keyPath: 'id' }));
    // `older` ignores the request to close, as a stuck tab would.
    const opened = await openCollectionsDb({ version: 2 });
    expect(opened).toEqual({ ok: false, problem: 'blocked' });
    older.close();
  });

  it('lets go when a newer version needs the database, and says so', async () => {
    const onClosed = vi.fn();
    const opened = await openCollectionsDb({ onClosed });
    if (!opened.ok) throw new Error('not opened');
    const newer = await rawOpen(2);
    expect(onClosed).toHaveBeenCalledWith('superseded');
    newer.close();
  });

  it('says when there is no IndexedDB, or it is refused', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(await openCollectionsDb()).toEqual({ ok: false, problem: 'missing' });
    vi.stubGlobal('indexedDB', {
      open() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(await openCollectionsDb()).toEqual({ ok: false, problem: 'denied' });
  });
});
