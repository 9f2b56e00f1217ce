import { z } from 'zod';
import { modelSchema, type Model } from '../data/schema';

/** Everything the explorer keeps in localStorage, under one versioned key. */
export const STORAGE_KEY = 'sora-explorer:v1';

const savedSchema = z.object({
  version: z.literal(1),
  prefs: z
    .object({
      locale: z.enum(['en', 'zh']).optional(),
      theme: z.enum(['light', 'dark']).optional(),
    })
    .default({}),
  /** Rows the reader imported; the paper's rows are never stored. */
  imported: z.array(modelSchema.extend({ source: z.literal('imported') })).default([]),
});
export type Saved = z.infer<typeof savedSchema>;

export type LoadResult =
  | { status: 'empty' }
  | { status: 'ok'; saved: Saved }
  /** The stored value could not be read; it was moved aside under `backupKey`. */
  | { status: 'corrupt'; backupKey: string };

export function loadSaved(storage: Storage | undefined = globalThis.localStorage): LoadResult {
  let raw: string | null;
  try {
    raw = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return { status: 'empty' };
  }
  if (raw === null) return { status: 'empty' };
  try {
    const parsed = savedSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return { status: 'ok', saved: parsed.data };
  } catch {
    // fall through: not JSON
  }
  const backupKey = `${STORAGE_KEY}:corrupt:${Date.now()}`;
  try {
    storage?.setItem(backupKey, raw);
  } catch {
    // No room for a copy: the value is still ignored, and replaced at the next save.
  }
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Storage blocked: nothing more to do.
  }
  return { status: 'corrupt', backupKey };
}

function write(patch: Partial<Omit<Saved, 'version'>>, storage: Storage | undefined): boolean {
  try {
    const current = loadSaved(storage);
    const base: Saved =
      current.status === 'ok' ? current.saved : { version: 1, prefs: {}, imported: [] };
    const next: Saved = { ...base, ...patch, prefs: { ...base.prefs, ...patch.prefs } };
    storage?.setItem(STORAGE_KEY, JSON.stringify(next));
    return true;
  } catch {
    return false;
  }
}

/** Merges `patch` into what is saved; false when the browser refuses (quota, privacy mode). */
export function savePrefs(
  patch: Saved['prefs'],
  storage: Storage | undefined = globalThis.localStorage,
): boolean {
  return write({ prefs: patch }, storage);
}

/** Replaces the saved imported rows; false when the browser refuses (typically: over quota). */
export function saveImported(
  rows: readonly Model[],
  storage: Storage | undefined = globalThis.localStorage,
): boolean {
  return write(
    { imported: rows.filter((r) => r.source === 'imported') as Saved['imported'] },
    storage,
  );
}
