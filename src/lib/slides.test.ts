import { describe, expect, it } from 'vitest';
import { buildSlides, packParagraphs } from './slides';

const words = (t: string) => t.split(/\s+/).length;

describe('packParagraphs', () => {
  it('fills slides up to the budget and never splits a paragraph', () => {
    const p = (n: number) => Array(n).fill('w').join(' ');
    expect(packParagraphs([p(50), p(40), p(30)], 100, words).map((g) => g.map(words))).toEqual([
      [50, 40],
      [30],
    ]);
    expect(packParagraphs([p(150)], 100, words)).toHaveLength(1);
  });
});

describe('buildSlides', () => {
  it('orders title, table pages, charts, the paper parts and the closing slide', () => {
    const slides = buildSlides({
      rowCount: 45,
      rowsPerSlide: 8,
      textBudget: 100,
      measure: words,
      sections: [
        { section: 'applications', items: [{ id: 'film', summary: 'a b c\n\nd e', citeCount: 4 }] },
        { section: 'limitations', items: [{ id: 'usage', summary: 'x', citeCount: 0 }] },
      ],
    });
    expect(
      slides.map((s) =>
        s.kind === 'item'
          ? `${s.id}:${s.part}`
          : s.kind === 'table'
            ? `table ${s.page}/${s.pages}`
            : s.kind === 'chart'
              ? s.chart
              : s.kind,
      ),
    ).toEqual([
      'title',
      'table 1/6',
      'table 2/6',
      'table 3/6',
      'table 4/6',
      'table 5/6',
      'table 6/6',
      'per-year',
      'share',
      'film:summary',
      'film:points',
      'film:cites',
      'usage:summary',
      'usage:points',
      'closing',
    ]);
    const last = slides.filter((s) => s.kind === 'table').at(-1);
    expect(last).toMatchObject({ start: 40, end: 45 });
  });

  it('keeps one table slide for an empty result', () => {
    const slides = buildSlides({
      rowCount: 0,
      rowsPerSlide: 8,
      textBudget: 10,
      measure: words,
      sections: [],
    });
    expect(slides.filter((s) => s.kind === 'table')).toHaveLength(1);
  });
});
