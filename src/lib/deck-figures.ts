import type { Model } from '../data/schema';
import { memoizeLast } from './memoize';

/** The years with the most rows in view (several on a tie), and their count out of the whole. */
export interface PerYearHeadline {
  busiest: number[];
  count: number;
  total: number;
  years: number;
}

// Each slide of a deck asks again for the same rows' figures: they are worked out once.
export const perYearHeadline = memoizeLast(function perYearHeadline(
  rows: readonly Model[],
): PerYearHeadline | null {
  if (rows.length === 0) return null;
  const byYear = new Map<number, number>();
  for (const m of rows) byYear.set(m.year, (byYear.get(m.year) ?? 0) + 1);
  const count = Math.max(...byYear.values());
  const busiest = [...byYear]
    .filter(([, n]) => n === count)
    .map(([year]) => year)
    .sort((a, b) => a - b);
  return { busiest, count, total: rows.length, years: byYear.size };
});

/** The most common backbone in view, and how many of each year's rows it accounts for. */
export interface ShareHeadline {
  backbone: string;
  years: { year: number; count: number; total: number }[];
}

/** At most this many years are named in a headline: the most recent ones. */
export const HEADLINE_YEARS = 4;

export const shareHeadline = memoizeLast(function shareHeadline(
  rows: readonly Model[],
): ShareHeadline | null {
  if (rows.length === 0) return null;
  const byBackbone = new Map<string, number>();
  for (const m of rows) byBackbone.set(m.backbone, (byBackbone.get(m.backbone) ?? 0) + 1);
  // The first backbone to reach the highest count, in the rows' order: Table 1's order for ties.
  let backbone = '';
  let most = -1;
  for (const [b, n] of byBackbone)
    if (n > most) {
      backbone = b;
      most = n;
    }
  const years = new Map<number, { count: number; total: number }>();
  for (const m of rows) {
    const y = years.get(m.year) ?? { count: 0, total: 0 };
    y.total++;
    if (m.backbone === backbone) y.count++;
    years.set(m.year, y);
  }
  return {
    backbone,
    years: [...years]
      .sort(([a], [b]) => a - b)
      .slice(-HEADLINE_YEARS)
      .map(([year, y]) => ({ year, ...y })),
  };
});

/** One cell of the field map: the models of one backbone in one year. */
export interface MapCell {
  backbone: string;
  year: number;
  names: string[];
}

/**
 * The field at a glance: years across, backbones down, the model names in each cell (in the
 * rows' order). Backbones and years are the ones in view, in the order given.
 */
export const fieldMap = memoizeLast(function fieldMap(
  rows: readonly Model[],
  backbones: readonly string[],
): { years: number[]; backbones: string[]; cells: Map<string, MapCell> } {
  const cells = new Map<string, MapCell>();
  const years = [...new Set(rows.map((m) => m.year))].sort((a, b) => a - b);
  for (const m of rows) {
    const key = cellKey(m.backbone, m.year);
    const cell = cells.get(key) ?? { backbone: m.backbone, year: m.year, names: [] };
    cell.names.push(m.name);
    cells.set(key, cell);
  }
  const present = new Set(rows.map((m) => m.backbone));
  return { years, backbones: backbones.filter((b) => present.has(b)), cells };
});

export const cellKey = (backbone: string, year: number) => `${backbone}\u0000${year}`;
