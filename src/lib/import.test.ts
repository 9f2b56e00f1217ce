import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../data/models';
import { translator } from '../i18n';
import { loadLocale } from './load-locale';
import { toCsv, toJson } from './table-export';
import { EMPTY_FILTERS } from './filter';
import { parseImport } from './import';

const csv = (lines: string[]) => lines.join('\n');

describe('the shape of a CSV', () => {
  const HEADER = 'Model,Year,Backbone,Task,Group';

  it('reads every row whatever its line ending: \\r\\n, \\r and \\n mixed', () => {
    const source = `${HEADER}\r\nA,2024,D,G,L\rB,2023,D,G,L\nC,2022,D,G,L\r\n`;
    const result = parseImport(source, 'mixed.csv', 'm');
    expect(result).toMatchObject({ ok: true, rows: 3, bad: [] });
    expect(result.ok && result.good.map((m) => m.name)).toEqual(['A', 'B', 'C']);
  });

  it('reports a row with too many or too few fields by its line, never merging or dropping it', () => {
    const source = [
      HEADER,
      'A,2024,D,G,L',
      '',
      'B,2023,D,G',
      '"C, quoted\nover two lines",2022,D,G,L',
      'D,2024,D,G,L,extra',
    ].join('\n');
    const result = parseImport(source, 'shape.csv', 's');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows).toBe(4);
    expect(result.good.map((m) => m.name)).toEqual(['A', 'C, quoted\nover two lines']);
    expect(result.bad).toEqual([
      { row: 2, line: 4, column: null, reason: 'fieldCount', found: 4, expected: 5 },
      { row: 4, line: 7, column: null, reason: 'fieldCount', found: 6, expected: 5 },
    ]);
  });

  it('keeps the encoding it was read with', () => {
    const result = parseImport(`${HEADER}\nCafé,2024,D,G,L`, 'latin.csv', 'l', 'windows-1252');
    expect(result).toMatchObject({ ok: true, encoding: 'windows-1252' });
  });
});

describe('parseImport', () => {
  it('reads a CSV with Table 1 columns, any case, BOM and optional columns', () => {
    const result = parseImport(
      '\uFEFF' +
        csv([
          'MODEL,year,Backbone,TASK,Group,Ref,Link,Notes',
          'Veo,2024,Diffusion,"Generation, Editing","Google DeepMind",,https://example.org/veo,My note',
          'Kling,2024,DiT,Generation,Kuaishou,12,,',
        ]),
      'mine.csv',
      'imp-a',
    );
    expect(result).toMatchObject({ ok: true, format: 'csv', rows: 2, bad: [] });
    if (!result.ok) return;
    expect(result.good[0]).toMatchObject({
      id: 'imp-a-1',
      name: 'Veo',
      year: 2024,
      tasks: ['Generation', 'Editing'],
      groups: ['Google DeepMind'],
      source: 'imported',
      link: 'https://example.org/veo',
      note: 'My note',
      ref: null,
    });
    expect(result.good[1]).toMatchObject({ backbone: 'DiT', ref: 12 });
  });

  it('splits and de-duplicates multi-valued cells, in arrays too', () => {
    const result = parseImport(
      JSON.stringify([
        {
          Model: 'A',
          Year: 2024,
          Backbone: 'D',
          Task: ['Generation, Editing', 'Editing'],
          Group: 'Meta, Meta',
        },
      ]),
      'a.json',
      'x',
    );
    expect(result.ok && result.good[0]).toMatchObject({
      tasks: ['Generation', 'Editing'],
      groups: ['Meta'],
    });
  });

  it('matches Chinese header names', () => {
    const result = parseImport(
      csv(['模型,年份,主干架构,任务,机构', '某模型,2025,Diffusion,Generation,某实验室']),
      'zh.csv',
      'x',
    );
    expect(result.ok && result.good[0]?.name).toBe('某模型');
  });

  it('lists bad rows with row, column and reason, and keeps the good ones', () => {
    const result = parseImport(
      csv([
        'Model,Year,Backbone,Task,Group,Link',
        'Good,2024,Diffusion,Generation,Lab,',
        ',20x4,,Generation,Lab,javascript:alert(1)',
        'Late,1850,Diffusion,,Lab,',
      ]),
      'f.csv',
      'x',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.good.map((m) => m.name)).toEqual(['Good']);
    expect(result.bad).toEqual([
      { row: 2, column: 'name', reason: 'empty' },
      { row: 2, column: 'year', reason: 'notYear' },
      { row: 2, column: 'backbone', reason: 'empty' },
      { row: 2, column: 'link', reason: 'notLink' },
      { row: 3, column: 'year', reason: 'notYear' },
      { row: 3, column: 'task', reason: 'empty' },
    ]);
  });

  it('reads back what Download CSV and Download JSON write', async () => {
    await loadLocale('zh');
    const t = translator('en');
    const fromCsv = parseImport(toCsv(PAPER_MODELS, t), 'models.csv', 'c');
    const fromJson = parseImport(toJson(PAPER_MODELS, EMPTY_FILTERS), 'models.json', 'j');
    for (const result of [fromCsv, fromJson]) {
      expect(result.ok && result.good.length).toBe(45);
      if (!result.ok) continue;
      expect(
        result.good.map((m) => [m.name, m.year, m.backbone, m.tasks, m.groups, m.ref]),
      ).toEqual(PAPER_MODELS.map((m) => [m.name, m.year, m.backbone, m.tasks, m.groups, m.ref]));
    }
    const zh = parseImport(toCsv(PAPER_MODELS, translator('zh')), 'models.csv', 'z');
    expect(zh.ok && zh.good.length).toBe(45);
  });

  it('explains files it cannot use', () => {
    expect(parseImport('', 'a.csv', 'x')).toEqual({ ok: false, failure: 'empty' });
    expect(parseImport('   \n ', 'a.csv', 'x')).toEqual({ ok: false, failure: 'empty' });
    expect(parseImport('Model,Year,Backbone,Task,Group\n', 'a.csv', 'x')).toEqual({
      ok: false,
      failure: 'headerOnly',
    });
    expect(parseImport('[{"name": "a", "year": 20', 'a.json', 'x')).toEqual({
      ok: false,
      failure: 'badJson',
    });
    expect(parseImport('{"hello": 1}', 'a.json', 'x')).toEqual({ ok: false, failure: 'notRows' });
    expect(parseImport('just some words\nno table here', 'notes.txt', 'x')).toMatchObject({
      ok: false,
      failure: 'missingColumns',
    });
    expect(parseImport('\u0000\u0001PK\u0003\u0004\uFFFD\uFFFD'.repeat(50), 'a.zip', 'x')).toEqual({
      ok: false,
      failure: 'binary',
    });
    const many = 'Model,Year,Backbone,Task,Group\n' + 'a,2024,D,G,L\n'.repeat(100_001);
    expect(parseImport(many, 'big.csv', 'x')).toMatchObject({ ok: false, failure: 'tooManyRows' });
  });

  it('keeps hostile text as plain data', () => {
    const result = parseImport(
      csv(['Model,Year,Backbone,Task,Group', '"<img src=x onerror=alert(1)>",2024,D,G,L']),
      'x.csv',
      'x',
    );
    expect(result.ok && result.good[0]?.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('never throws, and either imports or explains, whatever the file', () => {
    const header = fc.constantFrom(
      '',
      'Model,Year,Backbone,Task,Group\n',
      'model;year\n',
      '[',
      '{"models":',
    );
    fc.assert(
      fc.property(
        header,
        fc.string({ maxLength: 400 }),
        fc.constantFrom('a.csv', 'a.json', 'a.txt'),
        (h, body, name) => {
          const result = parseImport(h + body, name, 'f');
          if (result.ok) {
            expect(result.good.length + new Set(result.bad.map((p) => p.row)).size).toBe(
              result.rows,
            );
          } else {
            expect(typeof result.failure).toBe('string');
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws on structured hostile JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const result = parseImport(JSON.stringify(value), 'a.json', 'f');
        expect(result.ok || typeof result.failure === 'string').toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
