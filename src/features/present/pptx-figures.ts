import type PptxGenJS from 'pptxgenjs';
import type { Model } from '../../data/schema';
import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { cellKey, fieldMap } from '../../lib/deck-figures';
import type { ChartData } from '../../lib/derive';
import type { Slide } from '../../lib/slides';
import { valueLabel } from '../../lib/value-label';
import { chartHeadline } from './headlines';
import { drawCrossTable } from './pptx-cross';
import { MARGIN, TEXT, W, writers } from './pptx-text';

interface Context {
  rows: readonly Model[];
  charts: ChartData;
  locale: Locale;
  t: Translate;
  face: string;
  /** The backbones' colours, in the charts' order, as hex. */
  colors: string[];
}

/** The figures' slides in PowerPoint: the charts as native (editable) charts, the map and Table 1 as tables. */
export function drawFigure(pptx: PptxGenJS, s: PptxGenJS.Slide, slide: Slide, ctx: Context) {
  const { rows, charts, locale, t, face, colors } = ctx;
  const { kicker, headline } = writers(locale);
  switch (slide.kind) {
    case 'cross':
      drawCrossTable(s, slide.pair, { rows, all: charts.all, locale, t, face });
      break;
    case 'chart': {
      const share = slide.chart === 'share';
      const table = share ? charts.sharePercent : charts.perYear;
      kicker(s, t(share ? 'chart.share' : 'chart.perYear'));
      headline(s, chartHeadline(slide.chart, rows, t), 0.75, 22);
      s.addChart(
        pptx.ChartType.bar,
        charts.backbones.map((b) => ({
          name: valueLabel('backbone', b, t),
          labels: table.map((r) => r.year),
          values: table.map((r) => r.counts[b] ?? 0),
        })),
        {
          x: MARGIN,
          y: 1.6,
          w: W - 2 * MARGIN,
          h: 3.8,
          barDir: 'col',
          barGrouping: share ? 'percentStacked' : 'stacked',
          chartColors: colors,
          showLegend: true,
          legendPos: 'b',
          legendFontSize: 12,
          legendFontFace: face,
          catAxisLabelFontSize: 14,
          valAxisLabelFontSize: 12,
          catAxisLabelFontFace: face,
          valGridLine: { color: 'DDDDDD', size: 0.5 },
        },
      );
      break;
    }
    case 'map': {
      headline(s, t('present.mapTitle', { count: rows.length }), 0.4, 20);
      const map = fieldMap(rows, charts.backbones);
      const head = ['', ...map.years.map(String)].map((v) => ({
        text: v,
        options: { bold: true },
      }));
      const body = map.backbones.map((b) => [
        { text: valueLabel('backbone', b, t), options: { bold: true } },
        ...map.years.map((y) => ({ text: map.cells.get(cellKey(b, y))?.names.join(', ') ?? '' })),
      ]);
      s.addTable([head, ...body], {
        x: MARGIN,
        y: 1.1,
        w: W - 2 * MARGIN,
        fontSize: 8,
        fontFace: face,
        color: TEXT,
        border: { type: 'solid', color: 'CCCCCC', pt: 0.5 },
        valign: 'top',
      });
      break;
    }
    case 'table':
      headline(
        s,
        `${t('present.tableTitle')} ${t('present.tablePage', { page: slide.page, pages: slide.pages, shown: rows.length, total: rows.length })}`,
        0.4,
        20,
      );
      s.addTable(
        [
          [
            t('field.name'),
            t('field.year'),
            t('field.backbone'),
            t('field.task'),
            t('field.group'),
          ].map((v) => ({ text: v, options: { bold: true } })),
          ...rows
            .slice(slide.start, slide.end)
            .map((m) =>
              [
                m.name,
                String(m.year),
                valueLabel('backbone', m.backbone, t),
                m.tasks.join(', '),
                m.groups.join(', '),
              ].map((v) => ({ text: v })),
            ),
        ],
        {
          x: MARGIN,
          y: 1.2,
          w: W - 2 * MARGIN,
          fontSize: 14,
          fontFace: face,
          color: TEXT,
          border: { type: 'solid', color: 'CCCCCC', pt: 0.5 },
        },
      );
      break;
  }
}
