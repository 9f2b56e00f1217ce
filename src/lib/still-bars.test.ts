import { describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../data/models';
import { countByYear, shareByYear } from './chart-series';
import { stillBarsHtml } from './still-bars';

const years = ['2022', '2023', '2024'];
const backbones = ['Diffusion', 'Auto-regressive', 'Masked Vision Models', '-'];
const perYear = countByYear(PAPER_MODELS, years, backbones);
const color = (b: string) => `var(--bb-${b.length})`;
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the still picture of the bars', () => {
  it('draws a segment per backbone and year, each as tall as its count, with the totals over them', () => {
    const doc = parse(stillBarsHtml({ rows: perYear, backbones, color, totalLabel: String }));
    const rects = [...doc.querySelectorAll('rect')];
    expect(rects).toHaveLength(8);
    // The ticks of 33 models run to 40: a model is 1/40 of the plot's height.
    const plot = Number(doc.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[3]);
    const heights = rects.map((r) => Number(r.getAttribute('height')));
    expect(heights.reduce((a, b) => a + b, 0)).toBeCloseTo((45 / 40) * plot, 0);
    expect([...doc.querySelectorAll('.still__total')].map((e) => e.textContent)).toEqual([
      '9',
      '33',
      '3',
    ]);
    expect([...doc.querySelectorAll('.still__x')].map((e) => e.textContent)).toEqual(years);
  });

  it('draws shares in percent, a full bar a year, and keeps words as text', () => {
    const doc = parse(
      stillBarsHtml({
        rows: shareByYear(perYear, backbones),
        backbones,
        percent: true,
        color,
        totalLabel: (n) => `<b>n = ${n}</b>`,
      }),
    );
    const plot = Number(doc.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[3]);
    const byBar = new Map<string, number>();
    for (const r of doc.querySelectorAll('rect'))
      byBar.set(
        r.getAttribute('x')!,
        (byBar.get(r.getAttribute('x')!) ?? 0) + Number(r.getAttribute('height')),
      );
    for (const height of byBar.values()) expect(height).toBeCloseTo(plot, 0);
    expect(doc.querySelector('b')).toBeNull();
    expect(doc.querySelector('.still__total')!.textContent).toBe('<b>n = 9</b>');
    expect(doc.querySelector('.still__y')!.textContent).toBe('0%');
  });
});
