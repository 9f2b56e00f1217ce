import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { Collection } from './collections';

// An open connection to the database: its reads, and writes each kept whole or not at all.

/** A stored value that failed the check on load, kept so the reader loses nothing. */
export interface SetAsideRecord {
  setAsideAt: number;
  /** The collection's name when it could be read, for the reader. */
  from: string | null;
  reason: string;
  value: unknown;
}

export interface ExplorerDb extends DBSchema {
  collections: { key: string; value: Collection };
  setAside: { key: number; value: SetAsideRecord };
}
type StoreName = 'collections' | 'setAside';
type WriteTx = IDBPTransaction<ExplorerDb, StoreName[], 'readwrite'>;

export type WriteProblem = 'quota' | 'readOnly' | 'closed' | 'failed';
export type WriteResult = { ok: true } | { ok: false; problem: WriteProblem };

export const errorName = (error: unknown) =>
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
