import {
  backboneList,
  deriveCharts,
  deriveOptions,
  deriveView,
  type ChartData,
  type Derived,
} from '../lib/derive';
import type { Facet } from '../lib/facets';
import type { FacetOption } from '../lib/facets';
import type { Model } from '../data/schema';
import { useAppStore } from './store';

/** Visible rows and facet counts, computed once per state and shared by every reader. */
export function useDerived(): Derived {
  const models = useAppStore((s) => s.models);
  const filters = useAppStore((s) => s.filters);
  const sorting = useAppStore((s) => s.sorting);
  return deriveView(models, filters, sorting);
}

export function useFacetOptions(): Record<Facet, FacetOption[]> {
  return deriveOptions(useAppStore((s) => s.models));
}

/** What the charts draw: the rows passing the filters (or `rows`, a deferred copy of them). */
/** Every backbone the rows hold, in the facet's order (the key of their colours). */
export function useBackbones(): readonly string[] {
  return backboneList(useFacetOptions().backbone);
}

export function useChartData(rows?: readonly Model[]): ChartData {
  const matched = useDerived().matched;
  return deriveCharts(
    rows ?? matched,
    useFacetOptions(),
    useAppStore((s) => s.models),
  );
}
