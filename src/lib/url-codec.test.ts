import fc from 'fast-check';
import { DECK_PARTS, DEFAULT_DECK, sameDeck } from './slides';
import { describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../data/models';
import { FACETS, facetOptions, type Facet } from './facets';
import { SORT_COLUMNS } from './sort';
import { makeSpan, monthOf } from './release-span';
import {
  DEFAULT_URL_STATE,
  parseUrl,
  serializeUrl,
  type UrlState,
  type Vocabulary,
} from './url-codec';
import { VIEWS } from '../data/sections';
import { CROSS_FACETS, DEFAULT_CROSS, sameCross } from './cross-pair';

const vocab: Vocabulary = {
  facetValues: Object.fromEntries(
    FACETS.map((f) => [f, new Set(facetOptions(PAPER_MODELS, f).map((o) => o.value))]),
  ) as Record<Facet, Set<string>>,
  modelIds: new Set(PAPER_MODELS.map((m) => m.id)),
};

describe('url codec', () => {
  it('reads the readable form of the contract', () => {
    const state = parseUrl(
      '?year=2023&backbone=Diffusion&group=Google+Brain,Meta&q=video&sort=-year,name&model=sora',
      vocab,
    );
    expect(state.filters).toMatchObject({
      year: ['2023'],
      backbone: ['Diffusion'],
      group: ['Google Brain', 'Meta'],
      q: 'video',
    });
    expect(state.sorting).toEqual([
      { id: 'year', desc: true },
      { id: 'name', desc: false },
    ]);
    expect(state.model).toBe('sora');
  });

  it('writes nothing for the default view and only what differs otherwise', () => {
    expect(serializeUrl(DEFAULT_URL_STATE)).toBe('');
    const state: UrlState = {
      ...DEFAULT_URL_STATE,
      filters: {
        ...DEFAULT_URL_STATE.filters,
        group: ['Google Brain', 'University of Maryland'],
        backbone: ['Masked Vision Models'],
      },
      sorting: [{ id: 'year', desc: true }],
    };
    expect(serializeUrl(state)).toBe(
      'backbone=Masked+Vision+Models&group=Google+Brain,University+of+Maryland&sort=-year',
    );
  });

  it('ignores malformed, unknown, duplicated and oversized parameters', () => {
    const state = parseUrl(
      '?year=2023,abc,1999,2023&year=2022&backbone=%E0%A4%A&sort=-bogus,year,year&view=nope&model=<script>&lang=fr&slide=0&q=' +
        'x'.repeat(5000) +
        '&utm_source=mail',
      vocab,
    );
    expect(state.filters.year).toEqual(['2023']);
    expect(state.filters.backbone).toEqual([]);
    expect(state.filters.q).toBe('');
    expect(state.sorting).toEqual([{ id: 'year', desc: false }]);
    expect(state.view).toBe('models');
    expect(state.model).toBeNull();
    expect(state.lang).toBeNull();
    expect(state.slide).toBeNull();
  });

  it('reads a release span in months, puts reversed bounds in order and ignores malformed ones', () => {
    const span = (q: string) => parseUrl(q, vocab).filters.span;
    expect(span('?from=2023-03&to=2023-09')).toEqual({
      from: monthOf(2023, 3),
      to: monthOf(2023, 9),
    });
    expect(span('?from=2023-09&to=2023-03')).toEqual({
      from: monthOf(2023, 3),
      to: monthOf(2023, 9),
    });
    expect(span('?from=2023-03')).toEqual({ from: monthOf(2023, 3), to: null });
    expect(span('?from=2023-13&to=2023-3')).toBeNull();
    expect(span('?from=2023-03&to=soon')).toEqual({ from: monthOf(2023, 3), to: null });
    expect(span('?from=<script>')).toBeNull();
    expect(
      serializeUrl({
        ...DEFAULT_URL_STATE,
        filters: {
          ...DEFAULT_URL_STATE.filters,
          span: makeSpan(monthOf(2023, 9), monthOf(2023, 3)),
        },
      }),
    ).toBe('from=2023-03&to=2023-09');
  });

  it('reads cross= as two different facets, writes it only when not the default, ignores junk', () => {
    expect(parseUrl('?cross=backbone,task', vocab).cross).toEqual({
      rows: 'backbone',
      columns: 'task',
    });
    expect(parseUrl('?cross=%20group%20,year', vocab).cross).toEqual({
      rows: 'group',
      columns: 'year',
    });
    const shared = { ...DEFAULT_URL_STATE, cross: { rows: 'task', columns: 'group' } as const };
    expect(serializeUrl(shared)).toBe('cross=task,group');
    // The default pair (backbone by year) is the grid with nothing written.
    expect(serializeUrl({ ...DEFAULT_URL_STATE, cross: DEFAULT_CROSS })).toBe('');
    expect(parseUrl('?cross=backbone,year', vocab).cross).toBeNull();
    for (const junk of [
      'foo',
      'year',
      'year,year',
      'year,foo',
      'source,year',
      'year,backbone,task',
      ',',
      'Year,Backbone',
      '',
    ])
      expect(parseUrl(`?cross=${junk}`, vocab).cross, junk).toBeNull();
    // The rest of the link is read as ever.
    expect(parseUrl('?cross=foo&year=2023', vocab).filters.year).toEqual(['2023']);
  });

  it('keeps a tab only when it belongs to the view', () => {
    expect(parseUrl('?view=applications&tab=education', vocab).tab).toBe('education');
    expect(parseUrl('?view=limitations&tab=education', vocab).tab).toBeNull();
  });

  it('never throws and always yields a well-formed state, whatever the query', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (junk) => {
        const state = parseUrl(junk, vocab);
        expect(VIEWS).toContain(state.view);
        for (const f of FACETS)
          for (const v of state.filters[f]) expect(vocab.facetValues[f].has(v)).toBe(true);
        // What it reads it can write back, and reading that gives the same state.
        expect(parseUrl(serializeUrl(state), vocab)).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('survives hostile structures: repeated keys, encodings and separators', () => {
    const key = fc.constantFrom(
      'year',
      'backbone',
      'task',
      'group',
      'q',
      'sort',
      'view',
      'tab',
      'model',
      'lang',
      'present',
      'slide',
      'cross',
      'x',
    );
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '%',
        '%%',
        ',,,',
        '-',
        '--year',
        '2023,2023',
        '%E0%A4%A',
        '\u0000',
        '🙂',
        'task,group',
        'backbone,year',
        'year,year',
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 30 }), (pairs) => {
        const search = '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&');
        const state = parseUrl(search, vocab);
        expect(parseUrl(serializeUrl(state), vocab)).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips every valid state', () => {
    const pick = (f: Facet) =>
      fc.uniqueArray(fc.constantFrom(...vocab.facetValues[f]), { maxLength: 5 });
    const stateArb = fc.record({
      filters: fc.record({
        year: pick('year'),
        backbone: pick('backbone'),
        task: pick('task'),
        group: pick('group'),
        source: pick('source'),
        q: fc.string({ maxLength: 50 }),
        taskMode: fc.constantFrom('any' as const, 'all' as const),
        span: fc.option(
          fc
            .tuple(
              fc.option(fc.integer({ min: 1900 * 12, max: 2100 * 12 + 11 })),
              fc.option(fc.integer({ min: 1900 * 12, max: 2100 * 12 + 11 })),
            )
            .map(([from, to]) => makeSpan(from, to)),
        ),
      }),
      sorting: fc.uniqueArray(
        fc.record({ id: fc.constantFrom(...SORT_COLUMNS), desc: fc.boolean() }),
        { selector: (k) => k.id, maxLength: 3 },
      ),
      view: fc.constant('models' as const),
      tab: fc.constant(null),
      model: fc.option(fc.constantFrom(...vocab.modelIds)),
      lang: fc.constantFrom(null, 'en' as const, 'zh' as const),
      present: fc.boolean(),
      slide: fc.option(fc.integer({ min: 1, max: 999 })),
      presenter: fc.boolean(),
      build: fc.boolean(),
      // The default pair is written as nothing, so it reads back as null.
      cross: fc.option(
        fc
          .tuple(fc.constantFrom(...CROSS_FACETS), fc.constantFrom(...CROSS_FACETS))
          .filter(([rows, columns]) => rows !== columns)
          .map(([rows, columns]) => ({ rows, columns }))
          .filter((pair) => !sameCross(pair, DEFAULT_CROSS)),
      ),
      // The default deck is written as nothing, so it reads back as null.
      deck: fc.option(
        fc
          .shuffledSubarray([...DECK_PARTS], { minLength: 1 })
          .filter((d) => !sameDeck(d, DEFAULT_DECK)),
      ),
    });
    fc.assert(
      fc.property(stateArb, (state) => {
        // The presenter's window exists only while presenting.
        expect(parseUrl('?' + serializeUrl(state), vocab)).toEqual({
          ...state,
          presenter: state.present && state.presenter,
        });
      }),
      { numRuns: 500 },
    );
  });
});
