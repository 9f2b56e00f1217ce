import { beforeAll, describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../../data/models';
import { translator, type Translate } from '../../i18n';
import { crossNote, tabulateCross } from '../../lib/cross-tab';
import { deriveOptions } from '../../lib/derive';
import { EMPTY_FILTERS } from '../../lib/filter';
import { loadLocale } from '../../lib/load-locale';
import { valueLabel } from '../../lib/value-label';
import { buildGridSvg } from './grid-image';

const pair = { rows: 'backbone', columns: 'year' } as const;

function texts(t: Translate): string[] {
  const svgText = buildGridSvg({
    tab: tabulateCross(PAPER_MODELS, pair, deriveOptions(PAPER_MODELS)),
    title: t('compare.gridName', { rows: t('field.backbone'), columns: t('field.year') }),
    label: (axis, value) => valueLabel(pair[axis], value, t),
    note: crossNote(pair, t),
    citation: t('export.citation', { id: '2402.17177' }),
    filters: { ...EMPTY_FILTERS, task: ['Editing'] },
    fileBase: 'compare-backbone-by-year',
    t,
  });
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return [...doc.querySelectorAll('text')].map((n) => n.textContent ?? '');
}

describe('the grid as an image', () => {
  beforeAll(() => loadLocale('zh'));

  it('draws the title, filters, every cell as on screen, the totals, the note and the citation', () => {
    const all = texts(translator('en'));
    expect(all[0]).toBe('Compare: Backbone by Year');
    expect(all).toContain('Filters: Task: Editing');
    expect(all).toEqual(
      expect.arrayContaining(['Diffusion', 'Not stated', '2023', 'Total', '26 (76%)', '–']),
    );
    expect(all).toEqual(expect.arrayContaining(['33 (73%)', '34', '45']));
    expect(all.join(' ')).toContain('arXiv:2402.17177');
    expect(all.join(' ')).toContain('Each model counts once');
  });

  it('in Chinese: the labels translated, the published values as they are', () => {
    const all = texts(translator('zh'));
    expect(all[0]).toBe('交叉对比：主干架构 × 年份');
    expect(all).toEqual(expect.arrayContaining(['未注明', 'Diffusion', '合计']));
  });
});
