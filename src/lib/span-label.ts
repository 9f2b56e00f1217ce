import { yearOfMonth, type Month, type Span } from './release-span';
import { HTML_LANG, type Locale } from '../i18n/locales';
import type { Translate } from '../i18n';

// One formatter per language (Intl objects are costly to make): `Mar 2023`, `2023年3月`.
const formats = new Map<Locale, Intl.DateTimeFormat>();

export function monthLabel(month: Month, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(HTML_LANG[locale], {
      year: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    formats.set(locale, format);
  }
  return format.format(Date.UTC(yearOfMonth(month), month % 12, 1));
}

/**
 * A span in words: `Mar 2023 – Sep 2023`, `from Mar 2023`, `until Sep 2023`; its months written
 * the reader's way, or as `name` gives them (exports write 2023-03, the same in every language).
 */
export function spanLabel(
  span: Span,
  locale: Locale,
  t: Translate,
  name: (month: Month) => string = (m) => monthLabel(m, locale),
): string {
  const from = span.from === null ? null : name(span.from);
  const to = span.to === null ? null : name(span.to);
  if (from && to) return from === to ? from : t('span.between', { from, to });
  if (from) return t('span.since', { from });
  return t('span.until', { to: to ?? '' });
}
