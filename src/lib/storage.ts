import { z } from 'zod';

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
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Storage full or blocked: the bad value stays, and is ignored.
  }
  return { status: 'corrupt', backupKey };
}

/** Merges `patch` into what is saved; false when the browser refuses (quota, privacy mode). */
export function savePrefs(
  patch: Saved['prefs'],
  storage: Storage | undefined = globalThis.localStorage,
): boolean {
  try {
    const current = loadSaved(storage);
    const base: Saved = current.status === 'ok' ? current.saved : { version: 1, prefs: {} };
    storage?.setItem(STORAGE_KEY, JSON.stringify({ ...base, prefs: { ...base.prefs, ...patch } }));
    return true;
  } catch {
    return false;
  }
}
