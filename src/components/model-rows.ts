/**
 * Where a model's row is on screen, for whoever needs to give it focus (the detail, on closing).
 * The table that is shown answers; a parked one (the Models page under another view) does not.
 */
type FindRow = (id: string) => HTMLElement | null;
let findRow: FindRow | null = null;

/** The shown table says how to find its rows; returns what withdraws it. */
export function provideModelRows(find: FindRow): () => void {
  findRow = find;
  return () => {
    if (findRow === find) findRow = null;
  };
}

export const modelRowOf = (id: string): HTMLElement | null => findRow?.(id) ?? null;
