import { formatMonth, releaseOf } from './release-span';
import type { Model } from '../data/schema';

/**
 * The Models page's chart drawings are this many px high: low enough that both charts and the
 * table's first rows share a 1024x768 screen, high enough for two-line labels over the bars.
 */
export const CHART_HEIGHT = 200;

/** A segment names at most this many of its models (a tooltip lists them; the rest are counted). */
export const NAMED_PER_SEGMENT = 30;

/** One bar per year: a value per backbone, their total, and the models behind each segment. */
export interface YearRow {
  year: string;
  /** What is drawn: the number of models per backbone, or (shareByYear) its share in percent. */
  counts: Record<string, number>;
  /** The year's number of models. */
  total: number;
  /** Per backbone, how many models, and the first NAMED_PER_SEGMENT of them (a tooltip names them). */
  models: Record<string, { count: number; named: Model[] }>;
}

/**
 * Counts rows per year and backbone. `years` fixes the axis (every year in the data, so bars keep
 * their place as filters change); `backbones` fixes the series order.
 */
export function countByYear(
  rows: readonly Model[],
  years: readonly string[],
  backbones: readonly string[],
): YearRow[] {
  const byYear = new Map<string, YearRow>(
    years.map((year) => [
      year,
      {
        year,
        counts: Object.fromEntries(backbones.map((b) => [b, 0])),
        total: 0,
        models: Object.fromEntries(backbones.map((b) => [b, { count: 0, named: [] as Model[] }])),
      },
    ]),
  );
  for (const model of rows) {
    const row = byYear.get(String(model.year));
    if (!row || !(model.backbone in row.counts)) continue;
    row.counts[model.backbone]! += 1;
    const segment = row.models[model.backbone]!;
    if (++segment.count <= NAMED_PER_SEGMENT) segment.named.push(model);
    row.total += 1;
  }
  return [...byYear.values()];
}

/**
 * Whole percentages that add up to exactly 100 (largest remainder), or all zeros for an empty
 * total, so a 100% bar and its data table always agree.
 */
export function roundedPercents(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * 100) / total);
  const floors = exact.map(Math.floor);
  let missing = 100 - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (missing <= 0) break;
    floors[index]! += 1;
    missing -= 1;
  }
  return floors;
}

/**
 * Per year, each backbone's share in whole percent (summing to 100 where the year has models).
 * `total` stays the year's model count: the n that a 100% bar stands for.
 */
export function shareByYear(table: readonly YearRow[], backbones: readonly string[]): YearRow[] {
  return table.map((row) => {
    const percents = roundedPercents(backbones.map((b) => row.counts[b] ?? 0));
    return {
      ...row,
      counts: Object.fromEntries(backbones.map((b, i) => [b, percents[i]!])),
    };
  });
}

export interface Share {
  backbone: string;
  count: number;
  percent: number;
}

/** Each backbone's share of all the rows, across years (from the per-year counts: one pass). */
export function overallShare(table: readonly YearRow[], backbones: readonly string[]): Share[] {
  const counts = backbones.map((b) => table.reduce((n, row) => n + (row.models[b]?.count ?? 0), 0));
  const percents = roundedPercents(counts);
  return backbones.map((backbone, i) => ({ backbone, count: counts[i]!, percent: percents[i]! }));
}

/** A model placed in time: by the month its arXiv id gives, or only by its year. */
export interface TimelinePoint {
  id: string;
  name: string;
  backbone: string;
  /** Who made it and what for: a mark names them on hover and focus. */
  groups: readonly string[];
  tasks: readonly string[];
  /** Fractional year: 2023.0 is January 2023; year-only points sit mid-year. */
  x: number;
  precision: 'month' | 'year';
  /** `2023-07` or `2023`. */
  when: string;
}

export function timelinePoints(rows: readonly Model[]): TimelinePoint[] {
  return rows.map((model) => {
    const release = releaseOf(model);
    const month = release.precision === 'month';
    return {
      id: model.id,
      name: model.name,
      backbone: model.backbone,
      groups: model.groups,
      tasks: model.tasks,
      // The middle of the month, or of the year.
      x: month ? (release.first + 0.5) / 12 : (release.first + 6) / 12,
      precision: release.precision,
      when: month ? formatMonth(release.first) : String(model.year),
    };
  });
}

/** Integer ticks from zero to a round top a little above the tallest bar. */
export function countTicks(max: number): number[] {
  const step = max <= 8 ? 1 : max <= 20 ? 2 : max <= 50 ? 5 : 10 ** Math.floor(Math.log10(max / 2));
  const top = Math.ceil((max * 1.08) / step) * step || step;
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}
