// Loaded when the grid's PNG or SVG is asked for.
import type { Translate } from '../../i18n';
import { heatPercent, largestCount, percentOf, type CrossTab } from '../../lib/cross-tab';
import { downloadBlob } from '../../lib/download';
import { facetField } from '../../lib/facets';
import { exportFileName } from '../../lib/file-names';
import type { Filters } from '../../lib/filter';
import {
  describeFilters,
  mixColors,
  resolveColor,
  svgToPng,
  textWidth,
  wrapLines,
} from '../../lib/svg-export';

export interface GridExport {
  tab: CrossTab;
  title: string;
  /** A value as the grid shows it, on the rows' or the columns' facet. */
  label: (axis: 'rows' | 'columns', value: string) => string;
  /** The note under the grid: what a cell counts and how the totals count. */
  note: string;
  citation: string;
  filters: Filters;
  fileBase: string;
  t: Translate;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 20;
const CELL_PAD = 8;
const ROW = 26;
const SIZE = 14;
const HEAD_MAX = 110;

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The grid as a standalone SVG: title, filters, the shaded grid with its totals, note, citation. */
export function buildGridSvg(options: GridExport): string {
  const { tab, t } = options;
  const font =
    getComputedStyle(document.documentElement).getPropertyValue('font-family') || 'sans-serif';
  const text = resolveColor('var(--text)');
  const muted = resolveColor('var(--text-muted)');
  const background = resolveColor('var(--surface)');
  const accent = resolveColor('var(--accent)');
  const line = resolveColor('var(--border)');
  const strong = resolveColor('var(--border-strong)');
  const filterLine = describeFilters(options.filters, t);
  const total = t('chart.total');
  const largest = largestCount(tab);

  // Every cell's text, row by row: the header, the body, the Total row.
  const cell = (count: number, of: number) => (count ? `${count} (${percentOf(count, of)}%)` : '–');
  const body = tab.rows.map((r, i) => [
    options.label('rows', r),
    ...tab.counts[i]!.map((count) => cell(count, tab.rowTotals[i]!)),
    String(tab.rowTotals[i]),
  ]);
  const foot = [
    total,
    ...tab.columnTotals.map((count) => cell(count, tab.total)),
    String(tab.total),
  ];
  const heads = [
    wrapLines(
      t('compare.corner', {
        rows: t(facetField(tab.pair.rows).label),
        columns: t(facetField(tab.pair.columns).label),
      }),
      HEAD_MAX * 1.4,
      SIZE,
      font,
    ),
    ...tab.columns.map((c) => wrapLines(options.label('columns', c), HEAD_MAX, SIZE, font)),
    [total],
  ];
  const widths = heads.map(
    (lines, j) =>
      2 * CELL_PAD +
      Math.max(
        ...lines.map((l) => textWidth(l, SIZE, font, 700)),
        ...[...body, foot].map((row) => textWidth(row[j]!, SIZE, font, j === 0 ? 700 : 400)),
      ),
  );
  const headHeight = Math.max(...heads.map((l) => l.length)) * 18 + 10;
  const gridWidth = widths.reduce((a, b) => a + b, 0);
  const width = Math.max(480, Math.ceil(gridWidth + 2 * PAD));
  const titleHeight = filterLine ? 64 : 44;
  const gridTop = titleHeight + 8;
  const gridBottom = gridTop + headHeight + (body.length + 1) * ROW;
  const noteLines = wrapLines(options.note, width - 2 * PAD, 12, font);
  const citationLines = wrapLines(options.citation, width - 2 * PAD, 12, font);
  const height = gridBottom + 16 + (noteLines.length + citationLines.length) * 16 + 16;

  // No xmlns attribute here: the serializer declares the namespace (twice would be malformed XML).
  const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': font });
  svg.append(el('rect', { x: 0, y: 0, width, height, fill: background }));
  svg.append(
    el('text', { x: PAD, y: 30, 'font-size': 20, 'font-weight': 700, fill: text }, options.title),
  );
  if (filterLine)
    svg.append(
      el(
        'text',
        { x: PAD, y: 52, 'font-size': 13, fill: muted },
        t('export.filters', { filters: filterLine }),
      ),
    );

  const lefts = widths.map((_, j) => PAD + widths.slice(0, j).reduce((a, b) => a + b, 0));
  // A cell's text: row labels start-aligned, numbers end-aligned, as on screen.
  const write = (
    value: string,
    j: number,
    baseline: number,
    attrs: Record<string, string | number>,
  ) =>
    svg.append(
      el(
        'text',
        j === 0
          ? { x: lefts[j]! + CELL_PAD, y: baseline, ...attrs }
          : { x: lefts[j]! + widths[j]! - CELL_PAD, y: baseline, 'text-anchor': 'end', ...attrs },
        value,
      ),
    );
  heads.forEach((lines, j) =>
    lines.forEach((l, k) =>
      write(l, j, gridTop + headHeight - 8 - (lines.length - 1 - k) * 18, {
        'font-size': SIZE,
        'font-weight': j === 0 ? 400 : 700,
        fill: j === 0 ? muted : text,
      }),
    ),
  );
  svg.append(
    el('line', {
      x1: PAD,
      x2: PAD + gridWidth,
      y1: gridTop + headHeight,
      y2: gridTop + headHeight,
      stroke: line,
    }),
  );
  body.forEach((row, i) => {
    const top = gridTop + headHeight + i * ROW;
    tab.counts[i]!.forEach((count, j) => {
      const percent = heatPercent(count, largest);
      if (percent)
        svg.append(
          el('rect', {
            x: lefts[j + 1]!,
            y: top,
            width: widths[j + 1]!,
            height: ROW,
            fill: mixColors(accent, background, percent),
          }),
        );
    });
    row.forEach((value, j) =>
      write(value, j, top + ROW - 8, {
        'font-size': SIZE,
        'font-weight': j === 0 || j === row.length - 1 ? 700 : 400,
        fill: value === '–' ? muted : text,
      }),
    );
    svg.append(
      el('line', { x1: PAD, x2: PAD + gridWidth, y1: top + ROW, y2: top + ROW, stroke: line }),
    );
  });
  const footTop = gridTop + headHeight + body.length * ROW;
  svg.append(
    el('line', {
      x1: PAD,
      x2: PAD + gridWidth,
      y1: footTop,
      y2: footTop,
      stroke: strong,
      'stroke-width': 2,
    }),
  );
  foot.forEach((value, j) =>
    write(value, j, footTop + ROW - 8, { 'font-size': SIZE, 'font-weight': 700, fill: text }),
  );

  [...noteLines, ...citationLines].forEach((l, i) =>
    svg.append(
      el('text', { x: PAD, y: gridBottom + 24 + i * 16, 'font-size': 12, fill: muted }, l),
    ),
  );
  return new XMLSerializer().serializeToString(svg);
}

export async function exportGrid(format: 'png' | 'svg', options: GridExport) {
  const svgText = buildGridSvg(options);
  const fileName = exportFileName(options.fileBase, options.filters, format);
  if (format === 'svg') downloadBlob(new Blob([svgText], { type: 'image/svg+xml' }), fileName);
  else downloadBlob(await svgToPng(svgText, 2), fileName);
}
