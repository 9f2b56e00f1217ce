// Years are passed as text: numbers are formatted for reading (2,024), years are not.
import type { Model } from '../../data/schema';
import type { Translate } from '../../i18n';
import { valueLabel } from '../../i18n/value-label';
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
    return h.years === 1
      ? t('present.perYearOnly', { year: String(h.year), total: h.total })
      : t('present.perYearHeadline', { year: String(h.year), count: h.count, total: h.total });
  }
  const h = shareHeadline(rows);
  if (!h) return t('empty.title');
  const parts = h.years.map((y, i) =>
    t(
      y.count === y.total
        ? 'present.shareAll'
        : i === 0
          ? 'present.shareFirst'
          : 'present.shareSome',
      { year: String(y.year), count: y.count, total: y.total },
    ),
  );
  return t('present.shareHeadline', {
    backbone: valueLabel('backbone', h.backbone, t),
    parts: parts.join(t('present.listSeparator')),
  });
}
