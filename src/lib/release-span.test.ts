import { describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../data/models';
import { formatMonth, makeSpan, monthOf, parseMonth, releaseOf, releasedIn } from './release-span';

const byName = (name: string) => PAPER_MODELS.find((m) => m.name === name)!;

describe('release months', () => {
  it('reads and writes YYYY-MM, refusing anything else', () => {
    expect(parseMonth('2023-03')).toBe(monthOf(2023, 3));
    expect(formatMonth(monthOf(2023, 3))).toBe('2023-03');
    expect(formatMonth(monthOf(2024, 12))).toBe('2024-12');
    for (const bad of ['2023-3', '2023-00', '2023-13', '23-03', '2023-03-01', '', ' ', 'x'])
      expect(parseMonth(bad)).toBeNull();
    expect(parseMonth(null)).toBeNull();
  });

  it('dates a row by its arXiv id, or by its whole year where there is none', () => {
    const withId = PAPER_MODELS.find((m) => m.work?.arxiv)!;
    const id = withId.work!.arxiv!;
    const month = monthOf(2000 + Number(id.slice(0, 2)), Number(id.slice(2, 4)));
    expect(releaseOf(withId)).toEqual({ first: month, last: month, precision: 'month' });
    const sora = byName('Sora');
    expect(sora.work?.arxiv ?? null).toBeNull();
    expect(releaseOf(sora)).toEqual({
      first: monthOf(sora.year, 1),
      last: monthOf(sora.year, 12),
      precision: 'year',
    });
  });

  it('orders reversed bounds, keeps open ends and has no span without bounds', () => {
    expect(makeSpan(5, 2)).toEqual({ from: 2, to: 5 });
    expect(makeSpan(null, 2)).toEqual({ from: null, to: 2 });
    expect(makeSpan(null, null)).toBeNull();
  });

  it('counts a year-only row when the span touches its year', () => {
    const year2024 = { first: monthOf(2024, 1), last: monthOf(2024, 12) };
    expect(releasedIn(year2024, { from: monthOf(2023, 6), to: monthOf(2024, 1) })).toBe(true);
    expect(releasedIn(year2024, { from: monthOf(2023, 6), to: monthOf(2023, 12) })).toBe(false);
    expect(releasedIn(year2024, { from: monthOf(2024, 12), to: null })).toBe(true);
  });
});
