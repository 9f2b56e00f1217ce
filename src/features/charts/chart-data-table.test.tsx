import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { YearRow } from '../../lib/chart-series';
import { ChartDataTable } from './chart-data-table';

const BACKBONES = ['Diffusion', '-'];
const row = (year: string, counts: Record<string, number>): YearRow => ({
  year,
  counts,
  total: Object.values(counts).reduce((a, b) => a + b, 0),
  models: {},
});
const COUNTS = [row('2023', { Diffusion: 5, '-': 4 }), row('2024', { Diffusion: 0, '-': 0 })];

/** The table's cells, row by row, the header row first. */
const cells = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((r) => Array.from((r as HTMLTableRowElement).cells, (c) => c.textContent));

describe('a chart’s data table', () => {
  it('has a row per year, a column per backbone and the total', () => {
    render(
      <ChartDataTable
        caption="Plotted counts"
        rows={COUNTS}
        backbones={BACKBONES}
        visible={false}
      />,
    );
    const table = screen.getByRole('table', { name: 'Plotted counts' });
    expect(cells(table)).toEqual([
      ['Year', 'Diffusion', 'Not stated', 'Total'],
      ['2023', '5', '4', '9'],
      ['2024', '0', '0', '0'],
    ]);
    expect(within(table).getByRole('rowheader', { name: '2023' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Total' })).toBeInTheDocument();
    // Hidden from sight, not from screen readers: no scrolling region then.
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('adds each share after its count, but not in a year with no rows', () => {
    const shares = [row('2023', { Diffusion: 56, '-': 44 }), row('2024', { Diffusion: 0, '-': 0 })];
    render(
      <ChartDataTable
        caption="Plotted percentages"
        rows={COUNTS}
        shares={shares}
        backbones={BACKBONES}
        visible
      />,
    );
    expect(cells(screen.getByRole('table')).slice(1)).toEqual([
      ['2023', '5 (56%)', '4 (44%)', '9'],
      ['2024', '0', '0', '0'],
    ]);
  });

  it('counts of every row when the filters hide some', () => {
    const ghost = [row('2023', { Diffusion: 8, '-': 4 }), row('2024', { Diffusion: 3, '-': 0 })];
    render(
      <ChartDataTable
        caption="Plotted counts"
        rows={COUNTS}
        ghost={ghost}
        backbones={BACKBONES}
        visible
      />,
    );
    expect(cells(screen.getByRole('table')).slice(1)).toEqual([
      ['2023', '5 of 8', '4 of 4', '9 of 12'],
      ['2024', '0 of 3', '0 of 0', '0 of 3'],
    ]);
  });

  it('shown, is a region a keyboard can reach (it may scroll sideways)', () => {
    render(<ChartDataTable caption="Plotted counts" rows={COUNTS} backbones={BACKBONES} visible />);
    const region = screen.getByRole('region', { name: 'Plotted counts' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table', { name: 'Plotted counts' })).toBeInTheDocument();
  });
});
