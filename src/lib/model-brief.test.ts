import { describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../data/models';
import { BACKBONES } from '../data/schema';
import { translator } from '../i18n';
import { loadLocale } from './load-locale';
import { countByYear } from './chart-series';
import { modelBrief, tooltipSegments } from './model-brief';

const YEARS = ['2022', '2023', '2024'];
const BB = [...BACKBONES];
const byName = (name: string) => PAPER_MODELS.find((m) => m.name === name)!;
const names = (segments: ReturnType<typeof tooltipSegments>) =>
  segments.map((s) => [s.backbone, s.named.map((m) => m.name), s.more]);

describe('modelBrief', () => {
  it('names a model with its groups and its tasks', async () => {
    const en = translator('en');
    expect(modelBrief(byName('TATS'), en)).toBe('TATS — University of Maryland, Meta · Generation');
    expect(modelBrief(byName('Sora'), en)).toBe('Sora — OpenAI · Generation, Editing');
    await loadLocale('zh');
    expect(modelBrief(byName('Sora'), translator('zh'))).toBe(
      'Sora — OpenAI · Generation、Editing',
    );
  });
});

describe('tooltipSegments', () => {
  const [y2022, y2023] = countByYear(PAPER_MODELS, YEARS, BB);

  it('gives each segment of the year its turn, within the cap', () => {
    // 2023: Diffusion 26, Auto-regressive 1, Masked Vision Models 2, Not stated 4.
    const segments = tooltipSegments(y2023!, BB, null, 8);
    expect(segments.map((s) => [s.backbone, s.named.length, s.more])).toEqual([
      ['Diffusion', 3, 23],
      ['Auto-regressive', 1, 0],
      ['Masked Vision Models', 2, 0],
      ['-', 2, 2],
    ]);
    expect(segments.reduce((n, s) => n + s.named.length, 0)).toBe(8);
  });

  it('names every model of a small year, in published order', () => {
    expect(names(tooltipSegments(y2022!, BB, null, 12))).toEqual([
      ['Diffusion', ['Imagen Video', 'Pix2Seq-D', 'FDM', 'Make-a-video', 'MagicVideo'], 0],
      ['Auto-regressive', ['CogVideo', 'TATS'], 0],
      ['Masked Vision Models', ['MaskViT', 'Phenaki'], 0],
    ]);
  });

  it('names only the segment under the pointer when told which', () => {
    expect(names(tooltipSegments(y2022!, BB, 'Auto-regressive', 8))).toEqual([
      ['Auto-regressive', ['CogVideo', 'TATS'], 0],
    ]);
    const diffusion = tooltipSegments(y2023!, BB, 'Diffusion', 8);
    expect(diffusion).toHaveLength(1);
    expect(diffusion[0]!.named).toHaveLength(8);
    expect(diffusion[0]!.more).toBe(18);
    // A segment the year lacks: the whole year, as without one.
    expect(tooltipSegments(y2022!, BB, '-', 8)).toHaveLength(3);
  });
});
