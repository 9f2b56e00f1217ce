import { selection, type Filters } from '../../lib/filter';
import type { Translate } from '../../i18n';
import { downloadBlob } from '../../lib/download';
import { exportFileName } from '../../lib/file-names';
import { FACET_FIELDS } from '../../lib/fields';
import { formatMonth } from '../../lib/release-span';
import { spanLabel } from '../../lib/span-label';
import { valueLabel } from '../../lib/value-label';

interface LegendEntry {
  label: string;
  color: string;
}

export interface ChartExportOptions {
  title: string;
  fileBase: string;
  filters: Filters;
  legend: LegendEntry[];
  citation: string;
  t: Translate;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
// Presentation properties worth freezing: the page styles them through CSS variables and classes.
const PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'fill-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
];

/** Copies each element's computed presentation onto the clone, so the file stands on its own. */
function freezeStyles(source: Element, target: Element) {
  const style = getComputedStyle(source);
  for (const prop of PROPS) {
    const value = style.getPropertyValue(prop);
    if (value) target.setAttribute(prop, value);
  }
  target.removeAttribute('class');
  target.removeAttribute('tabindex');
  target.removeAttribute('style');
  const sourceChildren = [...source.children];
  [...target.children].forEach(
    (child, i) => sourceChildren[i] && freezeStyles(sourceChildren[i]!, child),
  );
}

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Resolves `var(--x)` against the page, so exported colours match the theme on screen. */
function resolveColor(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** The filters as one line, every facet and value in the reader's language. */
export function describeFilters(filters: Filters, t: Translate): string {
  const parts = FACET_FIELDS.filter((f) => selection(filters, f.id).length).map((f) =>
    t('export.filterPart', {
      facet: t(f.label),
      values: selection(filters, f.id)
        .map((v) => valueLabel(f, v, t))
        .join(t('export.valueSeparator')),
    }),
  );
  if (filters.q.trim()) parts.push(t('filters.searchChip', { q: filters.q.trim() }));
  // Months as the link writes them (2023-03): the same in every language.
  if (filters.span)
    parts.push(t('span.chip', { span: spanLabel(filters.span, 'en', t, formatMonth) }));
  return parts.join(t('export.partSeparator'));
}

let measureContext: CanvasRenderingContext2D | null = null;

/** Text width in px as the browser would draw it, for laying out the legend and wrapping lines. */
function textWidth(text: string, size: number, font: string): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * size * 0.6;
  measureContext.font = `${size}px ${font}`;
  return measureContext.measureText(text).width;
}

function wrapLines(text: string, maxWidth: number, size: number, font: string): string[] {
  const lines: string[] = [];
  let line = '';
  // Break between words, and between CJK characters, which carry no spaces.
  for (const token of text.match(
    /[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g,
  ) ?? []) {
    if (line && textWidth(line + token, size, font) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The chart with its title, legend, filters and the paper's citation drawn in. */
export function buildChartSvg(chart: SVGSVGElement, options: ChartExportOptions): string {
  const box = chart.getBoundingClientRect();
  const width = Math.max(480, Math.round(box.width));
  const chartHeight = Math.round(box.height);
  const pad = 20;
  const root = getComputedStyle(document.documentElement);
  const font = root.getPropertyValue('font-family') || 'sans-serif';
  const text = resolveColor('var(--text)');
  const muted = resolveColor('var(--text-muted)');
  const background = resolveColor('var(--surface)');
  const filterLine = describeFilters(options.filters, options.t);

  const titleHeight = filterLine ? 64 : 44;
  // Legend entries flow left to right and wrap, measured in the font they are drawn in.
  const legendItems: { entry: LegendEntry; x: number; row: number }[] = [];
  let cursor = pad;
  let row = 0;
  for (const entry of options.legend) {
    const itemWidth = 20 + textWidth(entry.label, 14, font) + 22;
    if (cursor + itemWidth > width - pad && cursor > pad) {
      row += 1;
      cursor = pad;
    }
    legendItems.push({ entry, x: cursor, row });
    cursor += itemWidth;
  }
  const legendHeight = (row + 1) * 24 + 8;
  const citationLines = wrapLines(options.citation, width - 2 * pad, 12, font);
  const height = titleHeight + chartHeight + legendHeight + citationLines.length * 16 + 20;

  // No xmlns attribute here: the serializer declares the namespace (twice would be malformed XML).
  const svg = el('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': font,
  });
  svg.append(el('rect', { x: 0, y: 0, width, height, fill: background }));
  svg.append(
    el('text', { x: pad, y: 30, 'font-size': 20, 'font-weight': 700, fill: text }, options.title),
  );
  if (filterLine) {
    svg.append(
      el(
        'text',
        { x: pad, y: 52, 'font-size': 13, fill: muted },
        options.t('export.filters', { filters: filterLine }),
      ),
    );
  }

  const clone = chart.cloneNode(true) as SVGSVGElement;
  freezeStyles(chart, clone);
  const group = el('g', { transform: `translate(0 ${titleHeight})` });
  for (const child of [...clone.childNodes]) group.append(child);
  svg.append(group);

  const legendTop = titleHeight + chartHeight + 12;
  for (const { entry, x, row: r } of legendItems) {
    const y = legendTop + r * 24;
    svg.append(el('rect', { x, y, width: 14, height: 14, rx: 3, fill: resolveColor(entry.color) }));
    svg.append(el('text', { x: x + 20, y: y + 12, 'font-size': 14, fill: text }, entry.label));
  }

  const citationTop = legendTop + legendHeight + 8;
  citationLines.forEach((line, i) => {
    svg.append(el('text', { x: pad, y: citationTop + i * 16, 'font-size': 12, fill: muted }, line));
  });
  return new XMLSerializer().serializeToString(svg);
}

async function svgToPng(svgText: string, scale: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width * scale;
  canvas.height = image.height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw to a canvas.');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}

export async function exportChart(
  chart: SVGSVGElement,
  format: 'png' | 'svg',
  options: ChartExportOptions,
) {
  const svgText = buildChartSvg(chart, options);
  const fileName = exportFileName(options.fileBase, options.filters, format);
  if (format === 'svg') {
    downloadBlob(new Blob([svgText], { type: 'image/svg+xml' }), fileName);
  } else {
    downloadBlob(await svgToPng(svgText, 2), fileName);
  }
}
