import { describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../data/models';
import type { Model } from '../data/schema';
import { sortModels } from './sort';

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
});
