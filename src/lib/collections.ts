import type { Model } from '../data/schema';

/** One import as the reader made it: the file's name, when, and its rows. */
export interface Collection {
  /** Also the prefix of its rows' ids (`<id>-<n>`), unique across tabs and visits. */
  id: string;
  name: string;
  /** Milliseconds since 1970, as `Date.now()` gives them. */
  importedAt: number;
  rows: Model[];
}

/** Where the rows a localStorage-era explorer saved go when they move into IndexedDB. */
export const LEGACY_COLLECTION_ID = 'legacy-sora-explorer-v1';

/** Every tab lists collections in the same order: oldest import first. */
export function sortCollections(collections: readonly Collection[]): Collection[] {
  return [...collections].sort((a, b) => a.importedAt - b.importedAt || (a.id < b.id ? -1 : 1));
}

/** The imported rows in the order of their collections. */
export function rowsOf(collections: readonly Collection[]): Model[] {
  return collections.length === 1 ? collections[0]!.rows : collections.flatMap((c) => c.rows);
}

/** A new, unguessable collection id: time first (readable in a bug report), then randomness. */
export function newCollectionId(now = Date.now()): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `imp-${now.toString(36)}-${Array.from(random, (n) => n.toString(36)).join('')}`;
}
