// Years are passed as text: numbers are formatted for reading (2,024), years are not.
import type { Model } from '../../data/schema';
import type { Translate } from '../../i18n';
import { valueLabel } from '../../lib/value-label';
import { perYearHeadline, shareHeadline } from '../../lib/deck-figures';

/** A chart slide's headline, computed from the rows in view, in the reader's language. */
export function chartHeadline(
  chart: 'per-year' | 'share',
  rows: readonly Model[],
  t: Translate,
): string {
  if (chart === 'per-year') {
    const h = perYearHeadline(rows);
    if (!h) return t('empty.title');
    const years = h.busiest.map(String);
    if (h.years === 1) return t('present.perYearOnly', { year: years[0]!, total: h.total });
    return years.length === 1
      ? t('present.perYearHeadline', { year: years[0]!, count: h.count, total: h.total })
      : t('present.perYearTie', {
          years:
            years.slice(0, -1).join(t('present.yearSeparator')) +
            t('present.yearAnd') +
            years.at(-1),
          count: h.count,
          total: h.total,
        });
  }
  const h = shareHeadline(rows);
  if (!h) return t('empty.title');
  const parts = h.years.map((y, i) =>
    t(
      y.count === y.total
        ? i === 0
          ? 'present.shareAllFirst'
          : 'present.shareAll'
        : i === 0
          ? 'present.shareFirst'
          : 'present.shareSome',
      // Shares, not counts: the per-year slide has told the counts.
      { year: String(y.year), pct: Math.round((y.count / y.total) * 100) },
    ),
  );
  return t('present.shareHeadline', {
    backbone: valueLabel('backbone', h.backbone, t),
    parts: parts.join(t('present.listSeparator')),
  });
}
