import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAPER_MODELS } from '../data/models';
import type { Model } from '../data/schema';
import { DB_NAME } from '../lib/collections-db';
import { STORAGE_KEY } from '../lib/storage';

/** A browser tab: its own store and collections module, sharing IndexedDB and the channel. */
async function openTab() {
  vi.resetModules();
  const { useAppStore } = await import('./store');
  const collections = await import('./collections');
  await collections.startCollections();
  const names = () => useAppStore.getState().imported.map((m) => m.name);
  return { ...collections, state: () => useAppStore.getState(), names };
}
type Tab = Awaited<ReturnType<typeof openTab>>;

const rows = (prefix: string, ...names: string[]): Model[] =>
  names.map((name, i) => ({
    ...PAPER_MODELS[0]!,
    id: `${prefix}-${i + 1}`,
    name,
    source: 'imported',
  }));

const tabs: Tab[] = [];
async function tab() {
  const t = await openTab();
  tabs.push(t);
  return t;
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  localStorage.clear();
});
afterEach(() => {
  for (const t of tabs.splice(0)) t.resetCollectionsForTests();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('imports across tabs', () => {
  it('two tabs importing at once both keep their rows; a new tab sees the union', async () => {
    const a = await tab();
    const b = await tab();
    await Promise.all([
      a.importRows('imp-a', 'a.csv', rows('imp-a', 'A1', 'A2', 'A3')),
      b.importRows('imp-b', 'b.csv', rows('imp-b', 'B1')),
    ]);
    await vi.waitFor(() => expect(a.names()).toHaveLength(4));
    await vi.waitFor(() => expect(b.names()).toHaveLength(4));
    const c = await tab();
    expect(c.names().sort()).toEqual(['A1', 'A2', 'A3', 'B1']);
    expect(
      c
        .state()
        .collections.map((x) => x.name)
        .sort(),
    ).toEqual(['a.csv', 'b.csv']);
  });

  it('a removal or a reset in one tab reaches the others', async () => {
    const a = await tab();
    const b = await tab();
    await a.importRows('imp-a', 'a.csv', rows('imp-a', 'A1', 'A2'));
    await b.importRows('imp-b', 'b.csv', rows('imp-b', 'B1'));
    await vi.waitFor(() => expect(b.names()).toHaveLength(3));
    await a.removeImportedRow('imp-a-1');
    await vi.waitFor(() => expect(b.names().sort()).toEqual(['A2', 'B1']));
    await b.removeCollection('imp-b');
    await vi.waitFor(() => expect(a.names()).toEqual(['A2']));
    await b.resetToPaperData();
    await vi.waitFor(() => expect(a.names()).toEqual([]));
    expect((await tab()).names()).toEqual([]);
  });
});

describe('what cannot be kept is said', () => {
  it('storage full: the rows stay in this tab, an alert says so, and what was kept is intact', async () => {
    const a = await tab();
    await a.importRows('imp-a', 'a.csv', rows('imp-a', 'A1'));
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await a.importRows('imp-b', 'big.csv', rows('imp-b', 'B1', 'B2'));
    expect(a.names()).toEqual(['A1', 'B1', 'B2']);
    expect(a.state().notice).toMatchObject({
      kind: 'error',
      key: 'notice.quota',
      vars: { count: 2, name: 'big.csv' },
    });
    expect(a.state().keeping).toEqual({ 'imp-b': 'tabOnly' });
    vi.restoreAllMocks();
    expect((await tab()).names()).toEqual(['A1']);
  });

  it('no IndexedDB: imports work in this tab, and the notice says they will not be kept, and why', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const a = await tab();
    expect(a.state().storage).toEqual({ status: 'tabOnly', problem: 'missing' });
    await a.importRows('imp-a', 'a.csv', rows('imp-a', 'A1'));
    expect(a.names()).toEqual(['A1']);
    expect(a.state().notice).toMatchObject({
      kind: 'error',
      key: 'notice.notKept',
      reason: 'storage.problem.missing',
    });
  });
});

describe('loading', () => {
  it('moves rows an older version left in localStorage, once, as a collection named after it', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        prefs: { theme: 'dark' },
        imported: rows('imp-old', 'Old1', 'Old2'),
      }),
    );
    const a = await tab();
    expect(a.names()).toEqual(['Old1', 'Old2']);
    expect(a.state().collections.map((c) => c.name)).toEqual([STORAGE_KEY]);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).toEqual({
      version: 1,
      prefs: { theme: 'dark' },
      imported: [],
    });
    // A second visit finds them in IndexedDB, once.
    expect((await tab()).names()).toEqual(['Old1', 'Old2']);
  });

  it('sets aside what fails the check, keeps it for the reader, and loads the rest', async () => {
    const good = rows('imp-a', 'Good');
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('collections', { keyPath: 'id' });
        request.result.createObjectStore('setAside', { autoIncrement: true });
      };
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise((resolve) => {
      const tx = db.transaction('collections', 'readwrite');
      const store = tx.objectStore('collections');
      store.put({ id: 'imp-a', name: 'a.csv', importedAt: 1, rows: [...good, { name: 'bad' }] });
      store.put({ id: 'imp-b', name: 42 });
      tx.oncomplete = resolve;
    });
    db.close();
    const a = await tab();
    expect(a.names()).toEqual(['Good']);
    expect(a.state().setAsideCount).toBe(2);
    expect(a.state().notice).toMatchObject({ key: 'notice.setAside', vars: { count: 2 } });
    const aside = (await a.readSetAside()) as { value: unknown }[];
    expect(aside.map((r) => r.value)).toEqual([{ name: 'bad' }, { id: 'imp-b', name: 42 }]);
    // Set aside once: the next visit loads cleanly.
    const b = await tab();
    expect(b.names()).toEqual(['Good']);
    expect(b.state().notice).toBeNull();
  });
});
