import { beforeAll, describe, expect, it } from 'vitest';
import { translator, type Translate } from '../../i18n';
import { loadLocale } from '../../lib/load-locale';
import { EMPTY_FILTERS, type Filters } from '../../lib/filter';
import { valueLabel } from '../../lib/value-label';
import { describeFilters } from '../../lib/svg-export';
import { buildChartSvg } from './chart-image';

const filters: Filters = {
  ...EMPTY_FILTERS,
  year: ['2023'],
  backbone: ['Diffusion', '-'],
  source: ['imported'],
  q: 'video',
};

/** A drawn chart as recharts leaves it: an svg with a bar and an axis label. */
function drawnChart(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  const label = document.createElementNS('http://www.w3.org/2000/svg', 'text');
  label.textContent = '2023';
  svg.append(rect, label);
  document.body.append(svg);
  return svg;
}

function texts(t: Translate): string[] {
  const svgText = buildChartSvg(drawnChart(), {
    title: t('chart.share'),
    fileBase: 'backbone-share',
    filters,
    legend: ['Diffusion', '-', 'DiT'].map((b) => ({
      label: valueLabel('backbone', b, t),
      color: 'red',
    })),
    citation: t('export.citation', { id: '2402.17177' }),
    t,
  });
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  return [...doc.querySelectorAll('text')].map((n) => n.textContent ?? '');
}

describe('chart image export', () => {
  beforeAll(() => loadLocale('zh'));

  it('writes title, filters, legend and citation in English', () => {
    const all = texts(translator('en'));
    expect(all).toContain('Backbone share by year');
    expect(all).toContain(
      'Filters: Year: 2023; Backbone: Diffusion, Not stated; Source: Imported; Search: “video”',
    );
    expect(all).toEqual(expect.arrayContaining(['Diffusion', 'Not stated', 'DiT']));
    expect(all.join(' ')).toContain('arXiv:2402.17177');
  });

  it('translates every label in Chinese, leaving only published values as they are', () => {
    const t = translator('zh');
    const all = texts(t);
    expect(all).toContain('各年份主干架构占比');
    const filterLine = all.find((s) => s.startsWith('筛选'))!;
    expect(filterLine).toBe(
      '筛选：年份：2023；主干架构：Diffusion、未注明；来源：已导入；搜索：“video”',
    );
    expect(filterLine).not.toMatch(/imported|Not stated|Source|Year/);
    expect(all).toEqual(expect.arrayContaining(['未注明']));
    expect(describeFilters(filters, t)).not.toContain('-');
  });
});
