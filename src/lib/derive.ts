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
import { memoizeLast } from './memoize';
import { sortOrder, type Sorting } from './sort';

export interface Derived {
  /** Rows passing the filters, sorted: what the table shows. */
  rows: Model[];
  /** The same rows in published order: what the charts count (a sort changes no count). */
  matched: Model[];
  counts: FacetCounts;
}

// Filtering and sorting are done apart, on all rows, and met in one pass: a filter change sorts
// nothing, a sort change filters nothing (and sorts by ranks kept from the first time).
const filterAll = memoizeLast(applyFilters);
const orderAll = memoizeLast(sortOrder);

export const deriveView = memoizeLast(
  (models: readonly Model[], filters: Filters, sorting: Sorting): Derived => {
    const { rows: matched, passes, counts } = filterAll(models, filters);
    if (sorting.length === 0) return { rows: matched, matched, counts };
    const rows: Model[] = [];
    for (const i of orderAll(models, sorting)) if (passes[i]) rows.push(models[i]!);
    return { rows, matched, counts };
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
  backbones: readonly string[];
  perYear: YearRow[];
  sharePercent: YearRow[];
  overall: Share[];
  /** The rows drawn: the timeline places them when it is shown (deriveTimeline). */
  rows: readonly Model[];
  /**
   * With a filter on, every row counted per year, drawn faintly behind the filtered bars so the
   * whole stays in sight; null when nothing is filtered out.
   */
  ghost: YearRow[] | null;
  /** Every row, for the timeline's faint marks behind the filtered ones. */
  all: readonly Model[];
}

/** The backbones in the facet's order, one list per set of rows: colours are keyed on it. */
export const backboneList = memoizeLast((options: readonly FacetOption[]): readonly string[] =>
  options.map((o) => o.value),
);

/** The timeline's marks, made only when the timeline is on screen (a mark per row). */
export const deriveTimeline = memoizeLast((rows: readonly Model[]): TimelinePoint[] =>
  timelinePoints(rows),
);

const countAll = memoizeLast(countByYear);

/** The timeline's faint marks behind the filtered ones: every row (the list changes only on an import). */
export const deriveGhostTimeline = memoizeLast((all: readonly Model[]): TimelinePoint[] =>
  timelinePoints(all),
);

/** Everything the charts draw, from the same visible rows as the table. */
export const deriveCharts = memoizeLast(
  (
    rows: readonly Model[],
    options: Record<Facet, FacetOption[]>,
    all: readonly Model[],
  ): ChartData => {
    const years = options.year.map((o) => o.value);
    const backbones = backboneList(options.backbone);
    const perYear = countByYear(rows, years, backbones);
    return {
      ghost: rows.length === all.length ? null : countAll(all, years, backbones),
      all,
      years,
      backbones,
      perYear,
      sharePercent: shareByYear(perYear, backbones),
      overall: overallShare(perYear, backbones),
      rows,
    };
  },
);

/** Every row by its id, for the one that is open (a lookup, not a search of 100,000 rows). */
export const modelsById = memoizeLast(
  (models: readonly Model[]): ReadonlyMap<string, Model> => new Map(models.map((m) => [m.id, m])),
);
