import type { Model } from '../data/schema';
import {
  countByYear,
  overallShare,
  shareByYear,
  timelinePoints,
  type Share,
  type TimelinePoint,
  type YearRow,
} from './chart-series';
import { FACETS, facetOptions, type Facet, type FacetOption } from './facets';
import { applyFilters, type FacetCounts, type Filters } from './filter';
import { sortModels, type Sorting } from './sort';

export interface Derived {
  /** Rows passing the filters, sorted: what the table shows and the charts count. */
  rows: Model[];
  counts: FacetCounts;
}

/** Remembers the last call: every consumer of one state shares one computation. */
export function memoizeLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A) => {
    if (lastArgs && args.length === lastArgs.length && args.every((a, i) => a === lastArgs![i])) {
      return lastResult;
    }
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}

export const deriveView = memoizeLast(
  (models: readonly Model[], filters: Filters, sorting: Sorting): Derived => {
    const { rows, counts } = applyFilters(models, filters);
    return { rows: sortModels(rows, sorting), counts };
  },
);

export const deriveOptions = memoizeLast(
  (models: readonly Model[]): Record<Facet, FacetOption[]> =>
    Object.fromEntries(FACETS.map((f) => [f, facetOptions(models, f)])) as Record<
      Facet,
      FacetOption[]
    >,
);

export interface ChartData {
  years: string[];
  backbones: string[];
  perYear: YearRow[];
  sharePercent: YearRow[];
  overall: Share[];
  timeline: TimelinePoint[];
}

/** Everything the charts draw, from the same visible rows as the table. */
export const deriveCharts = memoizeLast(
  (rows: readonly Model[], options: Record<Facet, FacetOption[]>): ChartData => {
    const years = options.year.map((o) => o.value);
    const backbones = options.backbone.map((o) => o.value);
    const perYear = countByYear(rows, years, backbones);
    return {
      years,
      backbones,
      perYear,
      sharePercent: shareByYear(perYear, backbones),
      overall: overallShare(rows, backbones),
      timeline: timelinePoints(rows),
    };
  },
);
