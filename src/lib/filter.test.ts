import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../data/models';
import type { Model } from '../data/schema';
import { FACETS, facetOptions, facetValues, type Facet } from './facets';
import {
  applyFilters,
  EMPTY_FILTERS,
  hasActiveFilters,
  matchesSearch,
  passesFacet,
  type Filters,
} from './filter';
import { makeSpan, monthOf, releaseOf, releasedIn } from './release-span';

/** What applyFilters must give, written the plain way: a pass over the rows per facet. */
function reference(models: readonly Model[], filters: Filters) {
  const found = models.filter(
    (m) => matchesSearch(m, filters.q) && (!filters.span || releasedIn(releaseOf(m), filters.span)),
  );
  const rows = found.filter((m) => FACETS.every((f) => passesFacet(m, f, filters)));
  const counts = Object.fromEntries(
    FACETS.map((facet) => {
      // A facet's counts ignore its own selection, except tasks in All mode.
      const own = facet === 'task' && filters.taskMode === 'all';
      const base = found.filter((m) =>
        FACETS.every((g) => (g === facet && !own) || passesFacet(m, g, filters)),
      );
      const map = new Map<string, number>();
      for (const m of base)
        for (const v of facetValues(m, facet)) map.set(v, (map.get(v) ?? 0) + 1);
      return [facet, Object.fromEntries(map)];
    }),
  );
  return { rows, counts };
}

const names = (filters: Partial<Filters>) =>
  applyFilters(PAPER_MODELS, { ...EMPTY_FILTERS, ...filters }).rows.map((m) => m.name);
const counts = (filters: Partial<Filters>) =>
  applyFilters(PAPER_MODELS, { ...EMPTY_FILTERS, ...filters }).counts;

describe('applyFilters', () => {
  it('keeps every row in published order when nothing is selected', () => {
    expect(names({})).toEqual(PAPER_MODELS.map((m) => m.name));
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
  });

  it('ORs values within a facet and ANDs facets', () => {
    expect(names({ year: ['2022', '2024'] })).toHaveLength(9 + 3);
    expect(names({ year: ['2024'], backbone: ['Diffusion'] })).toEqual(['LGVI', 'Lumiere', 'Sora']);
    expect(names({ year: ['2022'], backbone: ['Auto-regressive'] })).toEqual(['CogVideo', 'TATS']);
  });

  it('filters multi-valued cells per value, with Any or All for tasks', () => {
    expect(names({ task: ['Editing'] })).toHaveLength(13);
    expect(names({ task: ['Generation', 'Editing'] })).toHaveLength(31 + 13 - 4);
    expect(names({ task: ['Generation', 'Editing'], taskMode: 'all' })).toEqual([
      'Gen-1',
      'Fairy',
      'VideoPoet',
      'Sora',
    ]);
    expect(names({ group: ['Meta'] })).toEqual(['Make-a-video', 'TATS', 'Emu Video', 'Fairy']);
  });

  it('counts each facet with every other filter but its own', () => {
    const c = counts({ year: ['2022'] });
    // Year's own counts ignore the year selection…
    expect(Object.fromEntries(c.year)).toEqual({ '2022': 9, '2023': 33, '2024': 3 });
    // …while the other facets count only the 2022 rows.
    expect(Object.fromEntries(c.backbone)).toEqual({
      Diffusion: 5,
      'Masked Vision Models': 2,
      'Auto-regressive': 2,
    });
    expect(c.group.get('Meta')).toBe(2);
  });

  it('in All mode, a task count is what ticking it would show', () => {
    const base: Partial<Filters> = { task: ['Generation'], taskMode: 'all' };
    const c = counts(base);
    expect(c.task.get('Editing')).toBe(4);
    expect(names({ ...base, task: ['Generation', 'Editing'] })).toHaveLength(4);
  });

  it('counts a row once under each of its values', () => {
    const c = counts({});
    expect(c.task.get('Generation')).toBe(31);
    expect(c.task.get('Editing')).toBe(13);
    expect(c.group.get('Google')).toBe(8);
    expect([...c.task.values()].reduce((a, b) => a + b, 0)).toBe(45 + 4);
  });

  it('agrees with the visible rows: a facet value count equals the rows you get by picking it', () => {
    const base: Partial<Filters> = { backbone: ['Diffusion'], q: 'video' };
    const c = counts(base);
    for (const [year, n] of c.year) expect(names({ ...base, year: [year] })).toHaveLength(n);
    for (const [group, n] of c.group) expect(names({ ...base, group: [group] })).toHaveLength(n);
  });
});

describe('search', () => {
  const sora = PAPER_MODELS.find((m) => m.id === 'sora')!;
  const lfdm = PAPER_MODELS.find((m) => m.id === 'lfdm')!;
  it('matches names, groups, tasks and cited titles, ignoring case', () => {
    expect(matchesSearch(sora, 'SORA')).toBe(true);
    expect(matchesSearch(sora, 'openai')).toBe(true);
    expect(matchesSearch(sora, 'editing')).toBe(true);
    expect(matchesSearch(lfdm, 'latent flow')).toBe(true);
    expect(matchesSearch(lfdm, 'flow ucsd')).toBe(true);
    expect(matchesSearch(lfdm, 'flow meta')).toBe(false);
    // Google, Google Brain and Google Deepmind
    expect(names({ q: 'google' })).toHaveLength(11);
  });

  it('covers every column shown: year, backbone and ref too', () => {
    // Table 1 has 33 models of 2023 and 3 auto-regressive ones (CogVideo, TATS, VideoPoet).
    expect(names({ q: '2023' })).toHaveLength(33);
    expect(names({ q: 'Auto-regressive' })).toEqual(['CogVideo', 'TATS', 'VideoPoet']);
    expect(
      matchesSearch(
        PAPER_MODELS.find((m) => m.ref === 29)!,
        '[29]',
      ),
    ).toBe(true);
  });

  it('forgives hyphens, spaces, dots and accents', () => {
    expect(names({ q: 'autoregressive' })).toEqual(['CogVideo', 'TATS', 'VideoPoet']);
    expect(names({ q: 'auto regressive 2023' })).toEqual(['VideoPoet']);
    expect(names({ q: 'video crafter' })).toContain('VideoCrafter');
    expect(names({ q: 'magvit v2' })).toContain('MAGVIT V2');
    expect(names({ q: 'walt' })).toContain('W.A.L.T');
    expect(names({ q: 'imagen-video' })).toEqual(['Imagen Video']);
  });
});

// Months from before the first row to after the last one.
const month = fc.integer({ min: monthOf(2021, 10), max: monthOf(2024, 4) });

describe('the release span', () => {
  it('keeps rows whose arXiv month falls inside, both ends included', () => {
    const span = makeSpan(monthOf(2023, 3), monthOf(2023, 4));
    const rows = applyFilters(PAPER_MODELS, { ...EMPTY_FILTERS, span }).rows;
    expect(rows.length).toBeGreaterThan(0);
    for (const m of rows) {
      const id = m.work?.arxiv;
      // A row with only a year stands for all of it: 2023 overlaps March–April 2023.
      if (id) expect(['2303', '2304']).toContain(id.slice(0, 4));
      else expect(m.year).toBe(2023);
    }
    expect(hasActiveFilters({ ...EMPTY_FILTERS, span })).toBe(true);
  });

  it("narrows every facet's counts", () => {
    const all = counts({}).year.get('2022');
    const spanned = counts({ span: makeSpan(monthOf(2023, 1), null) }).year.get('2022');
    expect(all).toBeGreaterThan(0);
    expect(spanned).toBeUndefined();
  });
});

describe('facetOptions', () => {
  it('lists years ascending, backbones as published with "not stated" last, groups by count', () => {
    expect(facetOptions(PAPER_MODELS, 'year').map((o) => o.value)).toEqual([
      '2022',
      '2023',
      '2024',
    ]);
    expect(facetOptions(PAPER_MODELS, 'backbone').map((o) => `${o.value} ${o.total}`)).toEqual([
      'Diffusion 34',
      'Auto-regressive 3',
      'Masked Vision Models 4',
      '- 4',
    ]);
    const groups = facetOptions(PAPER_MODELS, 'group');
    expect(groups).toHaveLength(35);
    expect(groups[0]).toEqual({ value: 'Google', total: 8 });
  });

  it('agrees with a plain pass per facet for any selection, search and task mode', () => {
    const some = (facet: Facet) => {
      const values = [...facetOptions(PAPER_MODELS, facet).map((o) => o.value), 'No such value'];
      return fc.subarray(values, { maxLength: Math.min(3, values.length) });
    };
    const filters = fc.record({
      year: some('year'),
      backbone: some('backbone'),
      task: some('task'),
      group: some('group'),
      source: some('source'),
      q: fc.constantFrom('', 'gen', 'video', 'google meta', 'zzz'),
      taskMode: fc.constantFrom('any' as const, 'all' as const),
      span: fc.option(
        fc.tuple(fc.option(month), fc.option(month)).map(([from, to]) => makeSpan(from, to)),
      ),
    });
    fc.assert(
      fc.property(filters, (f) => {
        const got = applyFilters(PAPER_MODELS, f);
        const want = reference(PAPER_MODELS, f);
        expect(got.rows).toEqual(want.rows);
        expect(
          Object.fromEntries(FACETS.map((k) => [k, Object.fromEntries(got.counts[k])])),
        ).toEqual(want.counts);
        expect([...got.passes].filter(Boolean)).toHaveLength(want.rows.length);
      }),
      { numRuns: 500 },
    );
  });
});
