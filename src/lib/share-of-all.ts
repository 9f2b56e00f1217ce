import type { Model } from '../data/schema';
import { countByYear, overallShare, shareByYear, type Share, type YearRow } from './chart-series';
import { applyFilters, type Filters } from './filter';
import { memoizeLast } from './memoize';

/**
 * With backbones picked, each year's share of ALL its models (the other filters kept): picking
 * Diffusion must not turn 2023 into a 100% bar; it stays 26 of 33 (79%), the backbone marked.
 * Null without a backbone filter (the share of the rows shown is already that).
 */
export const shareOfAll = memoizeLast(
  (
    models: readonly Model[],
    filters: Filters,
    years: readonly string[],
    backbones: readonly string[],
  ): { counts: YearRow[]; percent: YearRow[]; overall: Share[] } | null => {
    if (filters.backbone.length === 0) return null;
    const rows = applyFilters(models, { ...filters, backbone: [] }).rows;
    const counts = countByYear(rows, years, backbones);
    return {
      counts,
      percent: shareByYear(counts, backbones),
      overall: overallShare(counts, backbones),
    };
  },
);
