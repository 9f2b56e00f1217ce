import { Fragment, useMemo } from 'react';
import { useAppStore } from '../../store/store';

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('zh', { granularity: 'word' })
    : null;

/**
 * Chinese text cut into words (Intl.Segmenter), or null where the browser cannot. What is not a
 * word (a space, punctuation, the % of 56%) stays with the word before it, so no line starts with
 * it and a number keeps its sign.
 */
export function chineseWords(text: string): string[] | null {
  if (!segmenter) return null;
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike && words.length) words[words.length - 1] += segment;
    else words.push(segment);
  }
  return words;
}

/**
 * Text that wraps between words, never inside one. Chinese has no spaces, so a browser breaks a
 * line between any two characters (视/频); here the words are found (Intl.Segmenter), the line
 * may break only between them (`word-break: keep-all` with a <wbr> at each word's end), and a
 * word longer than the line still breaks rather than overflows. Other languages are left as is.
 */
export function Phrases({ text }: { text: string }) {
  const locale = useAppStore((s) => s.locale);
  const words = useMemo(() => (locale === 'zh' ? chineseWords(text) : null), [locale, text]);
  if (!words) return <>{text}</>;
  return (
    <span className="phrases">
      {words.map((word, i) => (
        <Fragment key={i}>
          {word}
          {i < words.length - 1 && <wbr />}
        </Fragment>
      ))}
    </span>
  );
}
