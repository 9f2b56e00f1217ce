import type { StateCreator } from 'zustand';
import { PAPER_MODELS } from '../data/models';
import type { Model } from '../data/schema';
import type { MessageKey } from '../i18n/en';
import { rowsOf, sortCollections, type Collection } from '../lib/collections';
import type { StorageProblem } from '../lib/collections-db';
import { pruneFilters, type Filters } from '../lib/filter';

export interface Notice {
  kind: 'error' | 'info';
  key: MessageKey;
  vars?: Record<string, string | number>;
  /** Why, when it is one of the catalogue's reasons: given to the message as `{reason}`. */
  reason?: MessageKey;
}

/** Whether this tab can keep what the reader imports, and if not, why. */
export type StorageState =
  | { status: 'loading' }
  | { status: 'ready' }
  /** Written by a newer explorer: shown, never changed from here. */
  | { status: 'readOnly' }
  /** Imports work in this tab only. */
  | { status: 'tabOnly'; problem: StorageProblem };

export type KeepState = 'saving' | 'tabOnly';

/** A change to the collections that came from storage (the first load, another tab). */
export interface CollectionsUpdate {
  put?: readonly Collection[];
  remove?: readonly string[];
  /** Every stored collection goes (another tab reset); those held by this tab only stay. */
  clearKept?: boolean;
}

export interface DataSlice {
  /** Every loaded row: the paper's 45 first, then the reader's imported rows. */
  models: readonly Model[];
  /** The reader's imports, oldest first; their rows in that order. */
  collections: readonly Collection[];
  imported: readonly Model[];
  /** Collections not (yet) stored: being saved, or held by this tab only (saving failed). */
  keeping: Readonly<Record<string, KeepState>>;
  storage: StorageState;
  /** Stored values that failed the check on load, kept aside for the reader. */
  setAsideCount: number;
  /** A message about the reader's data (an import done, storage full or unavailable). */
  notice: Notice | null;
  // These only change the state. Saving goes through store/collections.ts, which calls them; each
  // may carry the notice that reports it, so a failed save's alert can replace it, never the reverse.
  addCollection: (collection: Collection, notice?: Notice) => void;
  dropCollection: (id: string, notice?: Notice) => void;
  dropRow: (rowId: string, notice?: Notice) => void;
  dropAllCollections: (notice?: Notice) => void;
  receiveCollections: (update: CollectionsUpdate) => void;
  /** `kept` (the usual case) is the absence of an entry. */
  setKeeping: (id: string, state: KeepState | 'kept') => void;
  setStorage: (storage: StorageState) => void;
  setSetAsideCount: (count: number) => void;
  setNotice: (notice: Notice | null) => void;
}

// The data slice also clears the open detail and stale filters, which live in other slices.
type Touched = DataSlice & { filters: Filters; modelId: string | null };

/** The state that follows from a new list of collections. */
function withCollections(
  s: Touched,
  next: readonly Collection[],
): Pick<Touched, 'collections' | 'imported' | 'models' | 'filters' | 'modelId'> {
  const collections = sortCollections(next);
  const imported = rowsOf(collections);
  const models = imported.length ? [...PAPER_MODELS, ...imported] : PAPER_MODELS;
  const shrank = imported.length < s.imported.length;
  // Filters on values that left with the rows are dropped, so the view never empties for no
  // reason; a detail whose row left is closed.
  return {
    collections,
    imported,
    models,
    filters: shrank ? pruneFilters(s.filters, models) : s.filters,
    modelId: shrank && s.modelId && !models.some((m) => m.id === s.modelId) ? null : s.modelId,
  };
}

export const createDataSlice: StateCreator<Touched, [], [], DataSlice> = (set) => ({
  models: PAPER_MODELS,
  collections: [],
  imported: [],
  keeping: {},
  storage: { status: 'loading' },
  setAsideCount: 0,
  notice: null,
  addCollection: (collection, notice) =>
    set((s) => ({
      ...withCollections(s, [...s.collections.filter((c) => c.id !== collection.id), collection]),
      ...(notice && { notice }),
    })),
  // Only imported rows can go: the paper's 45 are never edited or removed.
  dropCollection: (id, notice) =>
    set((s) => ({
      ...withCollections(
        s,
        s.collections.filter((c) => c.id !== id),
      ),
      ...(notice && { notice }),
    })),
  dropRow: (rowId, notice) =>
    set((s) => ({
      ...withCollections(
        s,
        s.collections
          .map((c) =>
            c.rows.some((r) => r.id === rowId)
              ? { ...c, rows: c.rows.filter((r) => r.id !== rowId) }
              : c,
          )
          .filter((c) => c.rows.length > 0),
      ),
      ...(notice && { notice }),
    })),
  dropAllCollections: (notice) =>
    set((s) => ({ ...withCollections(s, []), keeping: {}, ...(notice && { notice }) })),
  receiveCollections: ({ put = [], remove = [], clearKept = false }) =>
    set((s) => {
      const gone = new Set([...remove, ...put.map((c) => c.id)]);
      const kept = s.collections.filter(
        (c) => !gone.has(c.id) && (!clearKept || s.keeping[c.id] === 'tabOnly'),
      );
      return withCollections(s, [...kept, ...put]);
    }),
  setKeeping: (id, state) =>
    set((s) => {
      const keeping = { ...s.keeping };
      if (state === 'kept') delete keeping[id];
      else keeping[id] = state;
      return { keeping };
    }),
  setStorage: (storage) => set({ storage }),
  setSetAsideCount: (setAsideCount) => set({ setAsideCount }),
  setNotice: (notice) => set({ notice }),
});
