import { describe, expect, it } from 'vitest';
import { buildSlides, DECK_PARTS, DEFAULT_DECK, parseDeck } from './slides';

const label = (s: ReturnType<typeof buildSlides>[number]) =>
  s.kind === 'item'
    ? s.id
    : s.kind === 'table'
      ? `table ${s.page}/${s.pages}`
      : s.kind === 'chart'
        ? s.chart
        : s.kind;

describe('the default deck', () => {
  it('tells the survey’s story in at most 20 slides, one idea each', () => {
    const slides = buildSlides(DEFAULT_DECK, 45, 8);
    expect(slides.length).toBeLessThanOrEqual(20);
    expect(slides.map(label)).toEqual([
      'title',
      'map',
      'per-year',
      'share',
      'film',
      'education',
      'gaming',
      'healthcare',
      'robotics',
      'strengths',
      'physical-realism',
      'spatial-temporal',
      'hci',
      'usage',
      'academia',
      'industry',
      'society',
      'closing',
    ]);
  });

  it('gives the optional full table as many slides as its rows need (one for none)', () => {
    expect(buildSlides(['table'], 45, 8).map(label)).toEqual([
      'table 1/6',
      'table 2/6',
      'table 3/6',
      'table 4/6',
      'table 5/6',
      'table 6/6',
    ]);
    expect(buildSlides(['table'], 45, 8).at(-1)).toMatchObject({ start: 40, end: 45 });
    expect(buildSlides(['table'], 0, 8)).toHaveLength(1);
  });
});

describe('deck= in a link', () => {
  it('keeps known parts once, in the order given, and ignores the rest', () => {
    expect(parseDeck('closing,title,map,title,nonsense, share ')).toEqual([
      'closing',
      'title',
      'map',
      'share',
    ]);
    expect(parseDeck('')).toBeNull();
    expect(parseDeck('<script>,,,')).toBeNull();
    expect(parseDeck(DECK_PARTS.join(','))).toEqual([...DECK_PARTS]);
  });
});
