import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNotStated } from '../data/backbones';
import { PAPER_MODELS } from '../data/models';
import type { Model } from '../data/schema';
import { naturalCollator } from './natural-key';
import { SORT_COLUMNS, sortModels, type SortColumn, type Sorting } from './sort';

/** The order the ranks and counting sorts must give: a comparator sort with the collator. */
function referenceSort(models: readonly Model[], sorting: Sorting): Model[] {
  const text: Partial<Record<SortColumn, (m: Model) => string>> = {
    name: (m) => m.name,
    backbone: (m) => m.backbone,
    task: (m) => m.tasks.join(', '),
    group: (m) => m.groups.join(', '),
  };
  const missing = (m: Model, c: SortColumn) =>
    (c === 'backbone' && isNotStated(m.backbone)) || (c === 'ref' && m.ref === null);
  const num = (m: Model, c: SortColumn) => (c === 'year' ? m.year : (m.ref ?? 0));
  return models
    .map((model, index) => ({ model, index }))
    .sort((a, b) => {
      for (const { id, desc } of sorting) {
        const m = Number(missing(a.model, id)) - Number(missing(b.model, id));
        if (m !== 0) return m;
        const get = text[id];
        const c = get
          ? naturalCollator.compare(get(a.model), get(b.model))
          : num(a.model, id) - num(b.model, id);
        if (c !== 0) return desc ? -c : c;
      }
      return a.index - b.index;
    })
    .map((x) => x.model);
}

const names = (rows: Model[]) => rows.map((m) => m.name);

describe('sortModels', () => {
  it('returns published order with no keys', () => {
    expect(names(sortModels(PAPER_MODELS, []))).toEqual(names([...PAPER_MODELS]));
  });

  it('sorts years numerically and keeps published order among ties', () => {
    const rows = sortModels(PAPER_MODELS, [{ id: 'year', desc: true }]);
    expect(names(rows).slice(0, 4)).toEqual(['LGVI', 'Lumiere', 'Sora', 'Gen-1']);
    expect(rows.at(-1)?.name).toBe('Phenaki');
  });

  it('sorts names naturally', () => {
    const sorted = names(sortModels(PAPER_MODELS, [{ id: 'name', desc: false }]));
    expect(sorted.indexOf('Gen-1')).toBeLessThan(sorted.indexOf('Gen-2'));
    expect(sorted.indexOf('Gen-2')).toBe(sorted.indexOf('Gen-1') + 1);
    expect(sorted.indexOf('MAGVIT V2')).toBe(sorted.indexOf('MAGVIT') + 1);
    expect(sorted[0]).toBe('AnimateDiff');
    const synthetic = ['Gen-10', 'Gen-2', 'Gen-1'].map((name, i) => ({
      ...PAPER_MODELS[i]!,
      name,
    }));
    expect(names(sortModels(synthetic, [{ id: 'name', desc: false }]))).toEqual([
      'Gen-1',
      'Gen-2',
      'Gen-10',
    ]);
  });

  it('applies a second key within the first', () => {
    const rows = sortModels(PAPER_MODELS, [
      { id: 'backbone', desc: false },
      { id: 'year', desc: true },
    ]);
    expect(names(rows).slice(0, 3)).toEqual(['VideoPoet', 'CogVideo', 'TATS']);
  });

  it('sorts references numerically with the missing one last', () => {
    const rows = sortModels(PAPER_MODELS, [{ id: 'ref', desc: false }]);
    expect(rows.map((m) => m.ref).slice(0, 4)).toEqual([3, 22, 23, 27]);
    expect(rows.at(-1)?.name).toBe('ModelScope');
    const desc = sortModels(PAPER_MODELS, [{ id: 'ref', desc: true }]);
    expect(desc[0]?.ref).toBe(191);
    expect(desc.at(-1)?.name).toBe('ModelScope');
  });

  it('puts "not stated" backbones last in both directions', () => {
    const asc = sortModels(PAPER_MODELS, [{ id: 'backbone', desc: false }]);
    const desc = sortModels(PAPER_MODELS, [{ id: 'backbone', desc: true }]);
    expect(asc.at(-1)?.backbone).toBe('-');
    expect(desc.at(-1)?.backbone).toBe('-');
    expect(desc[0]?.backbone).toBe('Masked Vision Models');
  });

  it('gives the collator’s order for any keys, on the paper and on renamed, shuffled rows', () => {
    const sorting = fc.uniqueArray(
      fc.record({ id: fc.constantFrom(...SORT_COLUMNS), desc: fc.boolean() }),
      { minLength: 1, maxLength: 3, selector: (k) => k.id },
    );
    const name = fc.string({ unit: fc.constantFrom(...'aB -.9 01Gen'.split('')), maxLength: 6 });
    const rows = fc
      .shuffledSubarray([...PAPER_MODELS])
      .chain((subset) =>
        fc
          .array(name, { minLength: subset.length, maxLength: subset.length })
          .map((names) => subset.map((m, i) => ({ ...m, name: names[i]! }))),
      );
    fc.assert(
      fc.property(sorting, rows, (keys, models) => {
        expect(names(sortModels(PAPER_MODELS, keys))).toEqual(
          names(referenceSort(PAPER_MODELS, keys)),
        );
        expect(sortModels(models, keys)).toEqual(referenceSort(models, keys));
      }),
      { numRuns: 300 },
    );
  });
});
