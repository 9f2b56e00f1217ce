import { useEffect, type RefObject } from 'react';
import { afterNextPaint } from '../../lib/deferral';
import { searchWords } from '../../lib/filter';
import { SEARCH_IGNORED } from '../../lib/search-fold';

const HIGHLIGHT = 'model-search';
// Between two letters of a word typed, what the search forgives (a hyphen, a space, a dot…).
const BETWEEN = `(?:${SEARCH_IGNORED.source})*`;
const escape = (c: string) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** A word as a pattern over the text as shown: `autoregressive` finds `Auto-regressive`. */
const wordPattern = (word: string) => [...word].map(escape).join(BETWEEN);

/**
 * Marks what the search matched in the rows shown, with the CSS Custom Highlight API: no element
 * is added and no row is drawn again, so typing stays as quick as before. Where the browser lacks
 * the API, the rows are simply not marked.
 */
export function useSearchMarks(
  body: RefObject<HTMLElement | null>,
  q: string,
  rows: unknown,
  /** Which of them are drawn (a few ids and a count: changes when the rows drawn change). */
  drawn: string,
  large: boolean,
) {
  useEffect(() => {
    const highlights = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
    if (!highlights || typeof Highlight === 'undefined') return;
    const words = searchWords(q);
    if (!words.length || !body.current) {
      highlights.delete(HIGHLIGHT);
      return;
    }
    const pattern = new RegExp(words.map(wordPattern).join('|'), 'giu');
    const mark = () => {
      const root = body.current;
      if (!root) return;
      const ranges: Range[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.nodeValue ?? '';
        for (const match of text.matchAll(pattern)) {
          if (!match[0]) continue;
          const range = new Range();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          ranges.push(range);
        }
      }
      highlights.set(HIGHLIGHT, new Highlight(...ranges));
    };
    // A long table is marked once its rows are on screen (lib/deferral.ts), a short one at once.
    if (!large) {
      mark();
      return;
    }
    return afterNextPaint(mark);
  }, [body, q, rows, drawn, large]);
  useEffect(() => () => void CSS.highlights?.delete(HIGHLIGHT), []);
}
