import { describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../data/models';
import { EMPTY_FILTERS } from './filter';
import { shareOfAll } from './share-of-all';

const YEARS = ['2022', '2023', '2024'];
const BACKBONES = ['Diffusion', 'Auto-regressive', 'Masked Vision Models', '-'];

describe('the share of all a year’s models, with backbones picked', () => {
  it('keeps 2023 at 26 of 33 Diffusion (79%), not 100%', () => {
    const rows = shareOfAll(
      PAPER_MODELS,
      { ...EMPTY_FILTERS, year: ['2023'], backbone: ['Diffusion'] },
      YEARS,
      BACKBONES,
    )!.percent;
    const y2023 = rows.find((r) => r.year === '2023')!;
    expect(y2023.total).toBe(33);
    expect(y2023.counts.Diffusion).toBe(79);
    expect(y2023.models.Diffusion?.count).toBe(26);
  });

  it('gives the side panel the same shares', () => {
    const { overall } = shareOfAll(
      PAPER_MODELS,
      { ...EMPTY_FILTERS, year: ['2023'], backbone: ['Diffusion'] },
      YEARS,
      BACKBONES,
    )!;
    expect(overall.find((s) => s.backbone === 'Diffusion')).toMatchObject({
      count: 26,
      percent: 79,
    });
  });

  it('is not needed without a backbone filter', () => {
    expect(
      shareOfAll(PAPER_MODELS, { ...EMPTY_FILTERS, year: ['2023'] }, YEARS, BACKBONES),
    ).toBeNull();
  });
});
