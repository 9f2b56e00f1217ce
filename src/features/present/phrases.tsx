import { Fragment, useMemo } from 'react';
import { useAppStore } from '../../store/store';

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('zh', { granularity: 'word' })
    : null;

/** Chinese text cut into words (Intl.Segmenter), or null where the browser cannot. */
export function chineseWords(text: string): string[] | null {
  return segmenter ? [...segmenter.segment(text)].map((s) => s.segment) : null;
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
