import { openDB, type IDBPDatabase } from 'idb';
import { CollectionsDb, errorName, type ExplorerDb } from './collections-db-connection';

/**
 * The reader's imported collections in IndexedDB, through `idb` (a thin promise wrapper that keeps
 * IndexedDB's own transactions, so an import is stored whole or not at all). Nothing here touches
 * the app's state: it answers in values, and every failure is a value the caller can put in words.
 */
export const DB_NAME = 'sora-explorer';
/** Raise it (with an upgrade step) when the records' shape changes; older tabs then stand aside. */
export const DB_VERSION = 1;

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
