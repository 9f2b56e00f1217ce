import type { Filters } from '../../lib/filter';
import type { Translate } from '../../i18n';
import { downloadBlob } from '../../lib/download';
import { exportFileName } from '../../lib/file-names';
import {
  describeFilters,
  resolveColor,
  svgToPng,
  textWidth,
  wrapLines,
} from '../../lib/svg-export';

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
