import { describe, expect, it } from 'vitest';
import { buildSlides, DECK_PARTS, DEFAULT_DECK, parseDeck } from './slides';

const label = (s: ReturnType<typeof buildSlides>[number]) =>
  s.kind === 'item'
    ? s.id
    : s.kind === 'table'
      ? `table ${s.page}/${s.pages}`
      : s.kind === 'chart'
        ? s.chart
        : s.kind === 'divider'
          ? `act ${s.number}/${s.of}: ${s.act}`
          : s.kind;

describe('the default deck', () => {
  it('tells the survey’s story: title, agenda, four acts each opened by a divider, conclusion, closing', () => {
    const slides = buildSlides(DEFAULT_DECK, 45, 8);
    expect(slides.map(label)).toEqual([
      'title',
      'agenda',
      'act 1/4: field',
      'map',
      'per-year',
      'share',
      'act 2/4: uses',
      'film',
      'education',
      'gaming',
      'healthcare',
      'robotics',
      'act 3/4: limits',
      'strengths',
      'physical-realism',
      'spatial-temporal',
      'hci',
      'usage',
      'act 4/4: next',
      'academia',
      'industry',
      'society',
      'conclusion',
      'closing',
    ]);
    expect(slides[1]).toEqual({ kind: 'agenda', acts: ['field', 'uses', 'limits', 'next'] });
    expect(slides[6]).toMatchObject({
      parts: ['film', 'education', 'gaming', 'healthcare', 'robotics'],
    });
  });

  it('numbers the acts a chosen deck keeps, and opens a link made before the acts existed', () => {
    const slides = buildSlides(['title', 'act-limits', 'hci', 'act-next', 'society'], 45, 8);
    expect(slides.map(label)).toEqual([
      'title',
      'act 1/2: limits',
      'hci',
      'act 2/2: next',
      'society',
    ]);
    expect(buildSlides(parseDeck('title,map,film,closing')!, 45, 8).map(label)).toEqual([
      'title',
      'map',
      'film',
      'closing',
    ]);
  });

  it('leaves the Compare grid out of the default talk; chosen, it is one slide of the pair in view', () => {
    expect(DEFAULT_DECK).not.toContain('cross');
    expect(DECK_PARTS.indexOf('cross')).toBe(DECK_PARTS.indexOf('share') + 1);
    expect(buildSlides(['title', 'cross'], 45, 8)).toEqual([
      { kind: 'title' },
      { kind: 'cross', pair: { rows: 'backbone', columns: 'year' } },
    ]);
    expect(buildSlides(['cross'], 45, 8, { rows: 'task', columns: 'group' })).toEqual([
      { kind: 'cross', pair: { rows: 'task', columns: 'group' } },
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
