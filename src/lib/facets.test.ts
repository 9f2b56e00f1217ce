import { describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../data/models';
import { arrangeFacet, facetOptions } from './facets';
import { applyFilters, EMPTY_FILTERS } from './filter';

const values = (options: readonly { value: string }[]) => options.map((o) => o.value);
const NONE = new Set<string>();

describe('arrangeFacet', () => {
  const options = ['A', 'B', 'C', 'D', 'E', 'F'].map((value) => ({ value, total: 1 }));
  const counts = new Map([
    ['A', 0],
    ['B', 2],
    ['C', 0],
    ['D', 1],
    ['E', 0],
    ['F', 3],
  ]);

  it('sinks the options at zero below the rest, each part in the facet’s own order', () => {
    const { all, folded, empty } = arrangeFacet(options, counts, NONE, { zerosFrom: 4 });
    expect(values(all)).toEqual(['B', 'D', 'F', 'A', 'C', 'E']);
    // Three zeros are few: they stay in sight, dimmed.
    expect(values(folded)).toEqual(values(all));
    expect(['A', 'B', 'C'].map(empty)).toEqual([true, false, true]);
  });

  it('keeps a scale’s order: its zeros dim in place, and fold as the others do', () => {
    const kept = arrangeFacet(options, counts, NONE, { zerosFrom: 4, keepOrder: true });
    expect(values(kept.all)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(values(kept.folded)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(kept.empty('A')).toBe(true);
    const many = arrangeFacet(options, counts, NONE, { zerosFrom: 3, keepOrder: true });
    expect(values(many.folded)).toEqual(['B', 'D', 'F']);
  });

  it('folds the zeros away once they are many', () => {
    const { folded } = arrangeFacet(options, counts, NONE, { zerosFrom: 3 });
    expect(values(folded)).toEqual(['B', 'D', 'F']);
  });

  it('never sinks nor folds a kept (ticked) option, even at zero', () => {
    const { all, folded, empty } = arrangeFacet(options, counts, new Set(['C']), {
      zerosFrom: 2,
    });
    expect(values(all)).toEqual(['B', 'C', 'D', 'F', 'A', 'E']);
    expect(values(folded)).toEqual(['B', 'C', 'D', 'F']);
    expect(empty('C')).toBe(false);
  });

  it('draws the first few of a long facet, and a kept one past them', () => {
    const { folded } = arrangeFacet(options, new Map(), new Set(['E']), {
      limit: 2,
      zerosFrom: Infinity,
    });
    // Nothing counted: every option is at zero but the kept one, which leads.
    expect(values(folded)).toEqual(['E']);
    // No row at all: the first zeros stay in sight rather than fold to nothing.
    expect(
      values(arrangeFacet(options, new Map(), NONE, { limit: 2, zerosFrom: 1 }).folded),
    ).toEqual(['A', 'B']);
    const all = new Map(options.map((o) => [o.value, 1]));
    expect(
      values(arrangeFacet(options, all, new Set(['E']), { limit: 2, zerosFrom: 4 }).folded),
    ).toEqual(['A', 'B', 'E']);
  });

  it('on the paper rows with Year 2024: the four groups with rows lead, in Group’s order', () => {
    const { counts } = applyFilters(PAPER_MODELS, { ...EMPTY_FILTERS, year: ['2024'] });
    const groups = facetOptions(PAPER_MODELS, 'group');
    const { all, folded } = arrangeFacet(groups, counts.group, NONE, { limit: 8, zerosFrom: 4 });
    expect(values(folded)).toEqual(['Google', 'NTU', 'OpenAI', 'PKU']);
    expect(all).toHaveLength(groups.length);
    // The zeros keep the facet's order (most models first).
    expect(values(all.slice(4, 7))).toEqual(['Meta', 'ByteDance', 'Google Brain']);
  });
});
