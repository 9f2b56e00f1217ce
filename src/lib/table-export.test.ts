import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../data/models';
import type { Model } from '../data/schema';
import { translator } from '../i18n';
import { loadLocale } from './load-locale';
import { EMPTY_FILTERS } from './filter';
import { toCsv, toJson } from './table-export';

const t = translator('en');

describe('CSV export', () => {
  it('writes every row and column, multi-valued cells comma-separated', () => {
    const parsed = Papa.parse<string[]>(toCsv(PAPER_MODELS, t), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([
      'Model',
      'Year',
      'Backbone',
      'Task',
      'Group',
      'Ref',
      'Cited work',
      'arXiv',
      'Link',
      'Notes',
    ]);
    expect(parsed).toHaveLength(46);
    expect(parsed[4]).toEqual([
      'MaskViT',
      '2022',
      'Masked Vision Models',
      'Prediction',
      'Stanford, Salesforce',
      '162',
      'MaskViT: masked visual pre-training for video prediction',
      '2206.11894',
      'https://arxiv.org/abs/2206.11894',
      '',
    ]);
    const modelscope = parsed.find((r) => r[0] === 'ModelScope')!;
    expect(modelscope.slice(2, 6)).toEqual(['-', 'Generation', 'Damo', '']);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const hostile: Model = {
      ...PAPER_MODELS[0]!,
      name: '=HYPERLINK("http://evil")',
      groups: ['@SUM(A1)', '+1'],
    };
    const csv = toCsv([hostile], t);
    const row = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data[1]!;
    expect(row[0]).toBe(`'=HYPERLINK("http://evil")`);
    expect(row[4]).toBe(`'@SUM(A1), +1`);
  });

  it('writes the notes in the chosen language', async () => {
    await loadLocale('zh');
    const csv = toCsv([PAPER_MODELS[0]!], translator('zh'));
    expect(csv.split('\r\n')[0]).toContain('模型');
    expect(csv).toContain('Google');
  });
});

describe('JSON export', () => {
  it('holds the rows, the filters and the links', () => {
    const json = JSON.parse(toJson(PAPER_MODELS.slice(0, 2), { ...EMPTY_FILTERS, year: ['2022'] }));
    expect(json.count).toBe(2);
    expect(json.filters.year).toEqual(['2022']);
    expect(json.models[0]).toMatchObject({
      name: 'Imagen Video',
      ref: 29,
      link: 'https://arxiv.org/abs/2210.02303',
    });
  });
});
