import { describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../data/models';
import { cellKey, fieldMap, perYearHeadline, shareHeadline } from './deck-figures';

describe('the deck’s computed headlines', () => {
  it('name the busiest year of the rows in view', () => {
    expect(perYearHeadline(PAPER_MODELS)).toEqual({
      busiest: [2023],
      count: 33,
      total: 45,
      years: 3,
    });
    // A tie names every year that shares the top.
    const masked = PAPER_MODELS.filter((m) => m.backbone === 'Masked Vision Models');
    expect(perYearHeadline(masked)).toMatchObject({ busiest: [2022, 2023], count: 2, total: 4 });
    expect(perYearHeadline([])).toBeNull();
  });

  it('follow the most common backbone year by year', () => {
    const headline = shareHeadline(PAPER_MODELS);
    expect(headline?.backbone).toBe('Diffusion');
    expect(headline?.years.map((y) => y.total)).toEqual([9, 33, 3]);
    const diffusion = PAPER_MODELS.filter((m) => m.backbone === 'Diffusion');
    expect(headline?.years.reduce((n, y) => n + y.count, 0)).toBe(diffusion.length);
    // Filtered to one backbone: every model of every year.
    const only = shareHeadline(diffusion);
    expect(only?.years.every((y) => y.count === y.total)).toBe(true);
  });
});

describe('the field map', () => {
  it('puts every model in view in exactly one cell, by backbone and year', () => {
    const backbones = [...new Set(PAPER_MODELS.map((m) => m.backbone))];
    const map = fieldMap(PAPER_MODELS, backbones);
    expect(map.years).toEqual([2022, 2023, 2024]);
    const placed = [...map.cells.values()].flatMap((c) => c.names);
    expect(placed.sort()).toEqual(PAPER_MODELS.map((m) => m.name).sort());
    expect(map.cells.get(cellKey('Diffusion', 2024))?.names).toContain('Sora');
  });
});
