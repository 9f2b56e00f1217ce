/** What a search forgives between the words typed and the text: these never count. */
export const SEARCH_IGNORED = /[\s\-‐‑‒–—_.·'’]/gu;

/**
 * Text as a search compares it: lower case, accents off, hyphens, dashes, dots, apostrophes and
 * spaces out. `Auto-regressive` and `autoregressive` fold alike, as do `VideoCrafter2` and
 * `videocrafter 2` (the query's words are folded one by one, then each must occur).
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(SEARCH_IGNORED, '');
}
