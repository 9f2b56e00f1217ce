import type { Translate } from '../i18n';
import { FACET_FIELDS } from './fields';
import { selection, type Filters } from './filter';
import { formatMonth } from './release-span';
import { spanLabel } from './span-label';
import { valueLabel } from './value-label';

/**
 * What every figure's image export needs: the filters in words, the page's colours and the
 * text's width as the browser draws them, line wrapping, and the PNG made from the SVG.
 */

/** Resolves `var(--x)` (or any CSS colour) against the page, so exports match the theme on screen. */
export function resolveColor(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** A resolved `rgb(…)` as its three channels (0–255); black when it cannot be read. */
export function rgbOf(color: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return [r, g, b];
}

/** `percent` of colour `a` over `b`, as `color-mix(in srgb, …)` gives it on screen. */
export function mixColors(a: string, b: string, percent: number): string {
  const [x, y] = [rgbOf(a), rgbOf(b)];
  const mix = x.map((v, i) => Math.round((v * percent + y[i]! * (100 - percent)) / 100));
  return `rgb(${mix.join(', ')})`;
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

/** Text width in px as the browser would draw it, for laying out and wrapping. */
export function textWidth(text: string, size: number, font: string, weight = 400): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * size * 0.6;
  measureContext.font = `${weight} ${size}px ${font}`;
  return measureContext.measureText(text).width;
}

export function wrapLines(text: string, maxWidth: number, size: number, font: string): string[] {
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

/** The SVG drawn at `scale` times its size, as a PNG. */
export async function svgToPng(svgText: string, scale: number): Promise<Blob> {
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
