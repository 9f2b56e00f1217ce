import { describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../data/models';
import type { Model } from '../data/schema';
import { translator } from '../i18n';
import { chooseAxis, DEFAULT_CROSS, parseCross } from './cross-pair';
import {
  crossNote,
  crossTab,
  heatPercent,
  largestCells,
  percentOf,
  tabulateCross,
  trimCrossTab,
  type CrossTab,
} from './cross-tab';
import { deriveOptions } from './derive';
import { applyFilters, EMPTY_FILTERS } from './filter';

const cell = (tab: CrossTab, row: string, column: string) =>
  tab.counts[tab.rows.indexOf(row)]![tab.columns.indexOf(column)];
const columnTotal = (tab: CrossTab, column: string) =>
  tab.columnTotals[tab.columns.indexOf(column)];
const rowTotal = (tab: CrossTab, row: string) => tab.rowTotals[tab.rows.indexOf(row)];

const model = (id: string, over: Partial<Model>): Model => ({
  ...PAPER_MODELS[0]!,
  id,
  name: id,
  ...over,
});

describe('the cross-tab of two facets', () => {
  const options = deriveOptions(PAPER_MODELS);

  it('backbone by year, no filter: Diffusion in 2023 is 26 of the year’s 33', () => {
    const tab = crossTab(PAPER_MODELS, DEFAULT_CROSS, options);
    expect(tab.rows).toEqual(['Diffusion', 'Auto-regressive', 'Masked Vision Models', '-']);
    expect(tab.columns).toEqual(['2022', '2023', '2024']);
    expect(cell(tab, 'Diffusion', '2023')).toBe(26);
    expect(columnTotal(tab, '2023')).toBe(33);
    expect(rowTotal(tab, 'Diffusion')).toBe(34);
    expect(tab.total).toBe(45);
    // One value per model on both facets: every row adds up to its total, every column too.
    tab.counts.forEach((row, i) => expect(row.reduce((a, b) => a + b, 0)).toBe(tab.rowTotals[i]));
    expect(tab.columnTotals.reduce((a, b) => a + b, 0)).toBe(45);
  });

  it('counts a model with two tasks in both task columns, but once in the totals', () => {
    const rows = [
      model('both', { backbone: 'Diffusion', tasks: ['Generation', 'Editing'] }),
      model('one', { backbone: 'Diffusion', tasks: ['Generation'] }),
    ];
    const tab = tabulateCross(rows, { rows: 'backbone', columns: 'task' });
    expect(tab.columns).toEqual(['Generation', 'Editing']);
    expect(tab.counts).toEqual([[2, 1]]);
    expect(tab.rowTotals).toEqual([2]);
    expect(tab.columnTotals).toEqual([2, 1]);
    expect(tab.total).toBe(2);
  });

  it('on Table 1: Sora, Gen-1, Fairy and VideoPoet count under Generation and Editing', () => {
    const tab = crossTab(PAPER_MODELS, { rows: 'backbone', columns: 'task' }, options);
    const sum = tab.counts[tab.rows.indexOf('Diffusion')]!.reduce((a, b) => a + b, 0);
    expect(rowTotal(tab, 'Diffusion')).toBe(34);
    expect(sum).toBeGreaterThan(34);
    expect(columnTotal(tab, 'Generation')).toBe(31);
    expect(columnTotal(tab, 'Editing')).toBe(13);
    expect(tab.total).toBe(45);
  });

  it('counts a task named twice in an imported row once', () => {
    const tab = tabulateCross([model('twice', { tasks: ['Editing', 'Editing'] })], {
      rows: 'task',
      columns: 'year',
    });
    expect(tab.counts).toEqual([[1]]);
  });

  it('follows the filters: only the values the rows hold, in the facets’ order', () => {
    const { rows } = applyFilters(PAPER_MODELS, { ...EMPTY_FILTERS, year: ['2024'] });
    const tab = crossTab(rows, { rows: 'year', columns: 'backbone' }, options);
    expect(tab.rows).toEqual(['2024']);
    expect(tab.columns).toEqual(['Diffusion']);
    expect(tab.counts).toEqual([[3]]);
    expect(tabulateCross([], DEFAULT_CROSS)).toMatchObject({ rows: [], columns: [], total: 0 });
  });

  it('orders values the given options do not know after those they do', () => {
    const rows = [model('new', { backbone: 'DiT' }), model('old', { backbone: 'Diffusion' })];
    expect(tabulateCross(rows, DEFAULT_CROSS, options).rows).toEqual(['Diffusion', 'DiT']);
  });

  it('names its largest cells, shares of their row', () => {
    const tab = crossTab(PAPER_MODELS, DEFAULT_CROSS, options);
    expect(largestCells(tab, 2)).toEqual([
      { row: 'Diffusion', column: '2023', count: 26, share: 76 },
      { row: 'Diffusion', column: '2022', count: 5, share: 15 },
    ]);
  });

  it('cuts a wide grid to its largest rows and columns for a slide; totals stay whole', () => {
    const tab = tabulateCross(PAPER_MODELS, { rows: 'task', columns: 'group' }, options);
    expect(tab.columns.length).toBe(35);
    const cut = trimCrossTab(tab, 3, 4);
    expect(cut.rows).toEqual(['Generation', 'Editing', 'Prediction']);
    expect(cut.columns[0]).toBe('Google');
    expect(cut.columns).toHaveLength(4);
    expect(cut.hiddenRows).toBe(3);
    expect(cut.hiddenColumns).toBe(31);
    expect(cut.total).toBe(45);
    expect(cut.rowTotals[0]).toBe(31);
  });

  it('shades by count, and writes shares as whole percentages', () => {
    expect(heatPercent(0, 26)).toBe(0);
    expect(heatPercent(26, 26)).toBe(50);
    expect(heatPercent(1, 26)).toBeGreaterThan(0);
    expect(percentOf(26, 34)).toBe(76);
    expect(percentOf(0, 0)).toBe(0);
  });

  it('says how it counts: once each, or under each of several values', () => {
    const t = translator('en');
    expect(crossNote(DEFAULT_CROSS, t)).toContain('Each model counts once');
    expect(crossNote({ rows: 'backbone', columns: 'task' }, t)).toContain('several tasks');
    expect(crossNote({ rows: 'group', columns: 'task' }, t)).toContain('several tasks or groups');
  });
});

describe('the pair of facets', () => {
  it('swaps the axes rather than letting them meet', () => {
    expect(chooseAxis(DEFAULT_CROSS, 'rows', 'year')).toEqual({
      rows: 'year',
      columns: 'backbone',
    });
    expect(chooseAxis(DEFAULT_CROSS, 'columns', 'task')).toEqual({
      rows: 'backbone',
      columns: 'task',
    });
    expect(chooseAxis(DEFAULT_CROSS, 'rows', 'backbone')).toBe(DEFAULT_CROSS);
  });

  it('reads only two different known facets', () => {
    expect(parseCross('task,group')).toEqual({ rows: 'task', columns: 'group' });
    for (const junk of [null, '', 'foo', 'task', 'task,task', 'task,group,year', 'source,task'])
      expect(parseCross(junk)).toBeNull();
  });
});
