export type CopyResult = { copied: true } | { copied: false; reason: 'unavailable' | 'refused' };

/**
 * Puts text on the clipboard and says whether it did: the API is missing outside secure
 * contexts, and a browser may refuse it (permission, no focus). The caller then offers the text
 * to copy by hand; a failure is never silent.
 */
export async function copyText(text: string): Promise<CopyResult> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (typeof clipboard?.writeText !== 'function') return { copied: false, reason: 'unavailable' };
  try {
    await clipboard.writeText(text);
    return { copied: true };
  } catch {
    return { copied: false, reason: 'refused' };
  }
}
