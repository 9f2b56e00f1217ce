import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Collection } from './collections';

/**
 * The reader's imported collections in IndexedDB, through `idb` (a thin promise wrapper that keeps
 * IndexedDB's own transactions, so an import is stored whole or not at all). Nothing here touches
 * the app's state: it answers in values, and every failure is a value the caller can put in words.
 */
export const DB_NAME = 'sora-explorer';
/** Raise it (with an upgrade step) when the records' shape changes; older tabs then stand aside. */
export const DB_VERSION = 1;

/** A stored value that failed the check on load, kept so the reader loses nothing. */
export interface SetAsideRecord {
  setAsideAt: number;
  /** The collection's name when it could be read, for the reader. */
  from: string | null;
  reason: string;
  value: unknown;
}

interface ExplorerDb extends DBSchema {
  collections: { key: string; value: Collection };
  setAside: { key: number; value: SetAsideRecord };
}
type StoreName = 'collections' | 'setAside';
type WriteTx = IDBPTransaction<ExplorerDb, StoreName[], 'readwrite'>;

/** Why imports cannot be kept in this browser. */
export type StorageProblem =
  /** No IndexedDB at all (an old browser, some embedded views). */
  | 'missing'
  /** The browser refuses storage here (a private window, a policy, file:// in some browsers). */
  | 'denied'
  /** Another tab holds an older version open and does not let go. */
  | 'blocked'
  /** Another tab runs a newer explorer, which took the database over. */
  | 'superseded'
  | 'failed';

export type WriteProblem = 'quota' | 'readOnly' | 'closed' | 'failed';
export type WriteResult = { ok: true } | { ok: false; problem: WriteProblem };

export type OpenResult =
  { ok: true; db: CollectionsDb } | { ok: false; problem: StorageProblem; detail?: string };

export interface OpenOptions {
  name?: string;
  version?: number;
  /** Called when the connection goes away later (a newer version in another tab, a crash). */
  onClosed?: (problem: StorageProblem) => void;
  /** How long to wait for the browser to open the database before giving up. */
  timeoutMs?: number;
}

const errorName = (error: unknown) =>
  error && typeof error === 'object' && 'name' in error ? String(error.name) : '';

function writeProblem(error: unknown): WriteProblem {
  const name = errorName(error);
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'InvalidStateError') return 'closed';
  return 'failed';
}

export class CollectionsDb {
  constructor(
    private readonly db: IDBPDatabase<ExplorerDb>,
    /** Written by a newer explorer: read what can be read, change nothing. */
    readonly readOnly: boolean,
  ) {}

  /** Every stored collection, unchecked (the caller checks them against the schema). */
  async readAll(): Promise<unknown[]> {
    return this.db.getAll('collections');
  }

  async read(id: string): Promise<unknown> {
    return this.db.get('collections', id);
  }

  /** Stores a new collection; an existing one with the same id is left as it is. */
  add(collection: Collection): Promise<WriteResult> {
    return this.write('collections', async (tx) => {
      const store = tx.objectStore('collections');
      if (!(await store.getKey(collection.id))) await store.add(collection);
    });
  }

  remove(id: string): Promise<WriteResult> {
    return this.write('collections', (tx) => tx.objectStore('collections').delete(id));
  }

  /** Takes one row out of its collection (and the collection out, when it was the last row). */
  removeRow(collectionId: string, rowId: string): Promise<WriteResult> {
    return this.write('collections', async (tx) => {
      const store = tx.objectStore('collections');
      const collection = await store.get(collectionId);
      if (!collection) return;
      const rows = collection.rows.filter((r) => r.id !== rowId);
      await (rows.length ? store.put({ ...collection, rows }) : store.delete(collectionId));
    });
  }

  clear(): Promise<WriteResult> {
    return this.write('collections', (tx) => tx.objectStore('collections').clear());
  }

  /**
   * Moves what failed the check out of the way in one transaction: the bad values go to the
   * set-aside store, and each collection is replaced by its good part (or removed, if none).
   */
  setAside(
    records: SetAsideRecord[],
    repaired: { id: string; keep: Collection | null }[],
  ): Promise<WriteResult> {
    return this.write(['collections', 'setAside'], async (tx) => {
      for (const record of records) await tx.objectStore('setAside').add(record);
      for (const { id, keep } of repaired) {
        if (keep) await tx.objectStore('collections').put(keep);
        else await tx.objectStore('collections').delete(id);
      }
    });
  }

  async readSetAside(): Promise<SetAsideRecord[]> {
    return this.db.getAll('setAside');
  }

  async countSetAside(): Promise<number> {
    return this.db.count('setAside');
  }

  clearSetAside(): Promise<WriteResult> {
    return this.write('setAside', (tx) => tx.objectStore('setAside').clear());
  }

  close() {
    this.db.close();
  }

  private async write(
    stores: StoreName | StoreName[],
    body: (tx: WriteTx) => Promise<unknown>,
  ): Promise<WriteResult> {
    if (this.readOnly) return { ok: false, problem: 'readOnly' };
    let tx: WriteTx;
    try {
      tx = this.db.transaction([stores].flat(), 'readwrite');
    } catch (error) {
      return { ok: false, problem: writeProblem(error) };
    }
    try {
      // The body's own failure aborts the transaction: nothing of it is kept.
      await body(tx).catch((error: unknown) => {
        tx.abort();
        throw error;
      });
      await tx.done;
      return { ok: true };
    } catch (error) {
      // A quota failure shows on the transaction (its error), not always on the request.
      await tx.done.catch(() => undefined);
      return { ok: false, problem: writeProblem(tx.error ?? error) };
    }
  }
}

function openProblem(error: unknown): StorageProblem {
  const name = errorName(error);
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotAllowedError')
    return 'denied';
  return 'failed';
}

/**
 * Opens the explorer's database. One written by a newer version is opened as it is, read-only,
 * when its collections can still be read; a tab that blocks the opening is reported, not waited on.
 */
export async function openCollectionsDb({
  name = DB_NAME,
  version = DB_VERSION,
  onClosed,
  timeoutMs = 10_000,
}: OpenOptions = {}): Promise<OpenResult> {
  let settled = false;
  let reportBlocked: (() => void) | undefined;
  // Whatever opens after the answer was given (blocked, timed out) is closed at once.
  const keep = (db: IDBPDatabase<ExplorerDb>) => {
    if (settled) db.close();
    return db;
  };
  const callbacks = (readOnly: boolean) => ({
    upgrade(db: IDBPDatabase<ExplorerDb>, oldVersion: number) {
      if (readOnly) return;
      // Version 1, the first shape. Later versions add their steps after this one.
      if (oldVersion < 1) {
        db.createObjectStore('collections', { keyPath: 'id' });
        db.createObjectStore('setAside', { autoIncrement: true });
      }
    },
    blocked() {
      reportBlocked?.();
    },
    // A newer explorer in another tab wants the database: let it go, and say so.
    blocking(_current: number, _blocked: number | null, event: IDBVersionChangeEvent) {
      (event.target as IDBDatabase | null)?.close();
      onClosed?.('superseded');
    },
    terminated() {
      onClosed?.('failed');
    },
  });

  const attempt = async (): Promise<OpenResult> => {
    if (typeof globalThis.indexedDB === 'undefined') return { ok: false, problem: 'missing' };
    try {
      const db = keep(await openDB<ExplorerDb>(name, version, callbacks(false)));
      return { ok: true, db: new CollectionsDb(db, false) };
    } catch (error) {
      if (errorName(error) !== 'VersionError') return { ok: false, problem: openProblem(error) };
    }
    // A newer version wrote this database: open it at its own version, without changing it.
    try {
      const db = keep(await openDB<ExplorerDb>(name, undefined, callbacks(true)));
      if (db.objectStoreNames.contains('collections'))
        return { ok: true, db: new CollectionsDb(db, true) };
      db.close();
      return { ok: false, problem: 'superseded' };
    } catch (error) {
      return { ok: false, problem: openProblem(error) };
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const outcome = await Promise.race([
    attempt(),
    new Promise<OpenResult>((resolve) => {
      const give = (result: OpenResult) => {
        settled = true;
        resolve(result);
      };
      reportBlocked = () => give({ ok: false, problem: 'blocked' });
      timer = setTimeout(
        () => give({ ok: false, problem: 'failed', detail: 'timeout' }),
        timeoutMs,
      );
    }),
  ]).catch((error: unknown): OpenResult => ({ ok: false, problem: openProblem(error) }));
  settled = true;
  clearTimeout(timer);
  return outcome;
}
