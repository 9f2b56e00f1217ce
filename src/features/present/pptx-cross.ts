import type PptxGenJS from 'pptxgenjs';
import type { Model } from '../../data/schema';
import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import type { CrossPair } from '../../lib/cross-pair';
import { percentOf, tabulateCross, trimCrossTab } from '../../lib/cross-tab';
import { deriveOptions } from '../../lib/derive';
import { facetField } from '../../lib/facets';
import { valueLabel } from '../../lib/value-label';
import { MARGIN, MUTED, TEXT, W, writers } from './pptx-text';
import { SLIDE_COLUMNS, SLIDE_ROWS } from './slides/cross-slide';

/** The Compare slide in PowerPoint: its grid as a native table, cut as on screen. */
export function drawCrossTable(
  s: PptxGenJS.Slide,
  pair: CrossPair,
  ctx: {
    rows: readonly Model[];
    all: readonly Model[];
    locale: Locale;
    t: Translate;
    face: string;
  },
) {
  const { rows, all, locale, t, face } = ctx;
  const { headline, text } = writers(locale);
  const title = t('compare.gridName', {
    rows: t(facetField(pair.rows).label),
    columns: t(facetField(pair.columns).label),
  });
  headline(s, title, 0.4, 24);
  // In the facets' order over every row, as the slide on screen (the same memoised options).
  const tab = trimCrossTab(
    tabulateCross(rows, pair, deriveOptions(all)),
    SLIDE_ROWS,
    SLIDE_COLUMNS,
  );
  if (!tab.total) {
    s.addText(
      t('empty.title'),
      text({ x: MARGIN, y: 1.4, w: W - 2 * MARGIN, h: 0.5, fontSize: 18 }),
    );
    return;
  }
  const bold = (v: string) => ({ text: v, options: { bold: true } });
  const total = t('chart.total');
  s.addTable(
    [
      [bold(''), ...tab.columns.map((c) => bold(valueLabel(pair.columns, c, t))), bold(total)],
      ...tab.rows.map((r, i) => [
        bold(valueLabel(pair.rows, r, t)),
        ...tab.counts[i]!.map((n) => ({
          text: n ? `${n} (${percentOf(n, tab.rowTotals[i]!)}%)` : '–',
          options: n ? {} : { color: MUTED },
        })),
        bold(String(tab.rowTotals[i])),
      ]),
      [
        bold(total),
        ...tab.columnTotals.map((n) => bold(`${n} (${percentOf(n, tab.total)}%)`)),
        bold(String(tab.total)),
      ],
    ],
    {
      x: MARGIN,
      y: 1.2,
      w: W - 2 * MARGIN,
      fontSize: 14,
      fontFace: face,
      color: TEXT,
      align: 'right',
      border: { type: 'solid', color: 'CCCCCC', pt: 0.5 },
    },
  );
  const shown = [
    ...(tab.hiddenRows
      ? [t('compare.slideRows', { shown: tab.rows.length, all: tab.rows.length + tab.hiddenRows })]
      : []),
    ...(tab.hiddenColumns
      ? [
          t('compare.slideColumns', {
            shown: tab.columns.length,
            all: tab.columns.length + tab.hiddenColumns,
          }),
        ]
      : []),
  ];
  if (shown.length)
    s.addText(
      t('compare.slideTrimmed', { parts: shown.join(t('export.valueSeparator')) }),
      text({ x: MARGIN, y: 5.0, w: W - 2 * MARGIN, h: 0.4, fontSize: 11, color: MUTED }),
    );
}
