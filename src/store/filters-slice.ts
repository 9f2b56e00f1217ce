import type { StateCreator } from 'zustand';
import { EMPTY_FILTERS, selection, type Filters, type TaskMode } from '../lib/filter';
import { sameSpan, type Span } from '../lib/release-span';

export interface FiltersSlice {
  filters: Filters;
  /** Ticks or unticks a value of a facet (a facet field's id). */
  toggleFacetValue: (facet: string, value: string) => void;
  setQuery: (q: string) => void;
  setTaskMode: (mode: TaskMode) => void;
  /** Keeps the rows released within a span of months (null: any time). */
  setSpan: (span: Span | null) => void;
  clearFilters: () => void;
}

export const createFiltersSlice: StateCreator<FiltersSlice, [], [], FiltersSlice> = (set) => ({
  filters: EMPTY_FILTERS,
  toggleFacetValue: (facet, value) =>
    set(({ filters }) => {
      const current = selection(filters, facet);
      const next = current.includes(value)
        ? current.filter((v) => v !== value)
        : [...current, value];
      return { filters: { ...filters, [facet]: next } };
    }),
  setQuery: (q) => set(({ filters }) => (filters.q === q ? {} : { filters: { ...filters, q } })),
  setTaskMode: (taskMode) => set(({ filters }) => ({ filters: { ...filters, taskMode } })),
  setSpan: (span) =>
    set(({ filters }) => (sameSpan(filters.span, span) ? {} : { filters: { ...filters, span } })),
  clearFilters: () => set({ filters: EMPTY_FILTERS }),
});
