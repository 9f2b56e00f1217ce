import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../data/models';
import { BACKBONES } from '../data/schema';
import { applyFilters, EMPTY_FILTERS } from './filter';
import {
  countByYear,
  overallShare,
  roundedPercents,
  shareByYear,
  timelinePoints,
  NAMED_PER_SEGMENT,
} from './chart-series';

const YEARS = ['2022', '2023', '2024'];
const BB = [...BACKBONES];

describe('countByYear', () => {
  it('counts the paper rows per year and backbone', () => {
    const rows = countByYear(PAPER_MODELS, YEARS, BB);
    expect(rows.map((r) => [r.year, r.total])).toEqual([
      ['2022', 9],
      ['2023', 33],
      ['2024', 3],
    ]);
    expect(rows[0]!.counts).toEqual({
      Diffusion: 5,
      'Auto-regressive': 2,
      'Masked Vision Models': 2,
      '-': 0,
    });
    expect(rows[1]!.counts).toEqual({
      Diffusion: 26,
      'Auto-regressive': 1,
      'Masked Vision Models': 2,
      '-': 4,
    });
    expect(rows[1]!.models['-']!.count).toBe(4);
    expect(rows[1]!.models['-']!.named.map((m) => m.name)).toEqual([
      'Zeroscope',
      'ModelScope',
      'Gen-2',
      'Pika',
    ]);
  });

  it('names the first models of a segment and counts them all', () => {
    const many = Array.from({ length: NAMED_PER_SEGMENT + 5 }, (_, i) => ({
      ...PAPER_MODELS[0]!,
      name: `M${i}`,
    }));
    const [row] = countByYear(many, ['2022'], ['Diffusion']);
    expect(row!.models.Diffusion!.count).toBe(NAMED_PER_SEGMENT + 5);
    expect(row!.models.Diffusion!.named).toHaveLength(NAMED_PER_SEGMENT);
    expect(row!.models.Diffusion!.named[0]!.name).toBe('M0');
  });

  it('follows the filters and keeps every year on the axis', () => {
    const { rows } = applyFilters(PAPER_MODELS, { ...EMPTY_FILTERS, task: ['Editing'] });
    const table = countByYear(rows, YEARS, BB);
    expect(table.map((r) => r.total)).toEqual([0, 11, 2]);
    // Multi-valued tasks: a Generation+Editing row is one model in its bar, not two.
    expect(table.reduce((n, r) => n + r.total, 0)).toBe(rows.length);
  });
});

describe('percentages', () => {
  it('sum to exactly 100 for any counts with a total', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 1, maxLength: 8 }), (counts) => {
        const p = roundedPercents(counts);
        const total = counts.reduce((a, b) => a + b, 0);
        expect(p.reduce((a, b) => a + b, 0)).toBe(total === 0 ? 0 : 100);
        p.forEach((v, i) =>
          expect(Math.abs(v - (counts[i]! * 100) / (total || 1))).toBeLessThan(1),
        );
      }),
    );
  });

  it('give each year and the whole its backbone shares (largest remainder: 75.6, 6.7, 8.9, 8.9)', () => {
    const share = shareByYear(countByYear(PAPER_MODELS, YEARS, BB), BB);
    expect(share[1]!.counts).toEqual({
      Diffusion: 79,
      'Auto-regressive': 3,
      'Masked Vision Models': 6,
      '-': 12,
    });
    expect(overallShare(countByYear(PAPER_MODELS, YEARS, BB), BB)).toEqual([
      { backbone: 'Diffusion', count: 34, percent: 75 },
      { backbone: 'Auto-regressive', count: 3, percent: 7 },
      { backbone: 'Masked Vision Models', count: 4, percent: 9 },
      { backbone: '-', count: 4, percent: 9 },
    ]);
  });
});

describe('timelinePoints', () => {
  it('dates models by their arXiv month, else by year only', () => {
    const points = timelinePoints(PAPER_MODELS);
    const byId = new Map(points.map((p) => [p.id, p]));
    expect(byId.get('imagen-video')).toMatchObject({ precision: 'month', when: '2022-10' });
    expect(byId.get('lumiere')).toMatchObject({ precision: 'month', when: '2024-01' });
    expect(byId.get('sora')).toMatchObject({ precision: 'year', when: '2024' });
    // A mark names who made the model and what for.
    expect(byId.get('sora')).toMatchObject({
      groups: ['OpenAI'],
      tasks: ['Generation', 'Editing'],
    });
    expect(points.filter((p) => p.precision === 'month')).toHaveLength(25);
  });
});
