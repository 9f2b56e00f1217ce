import { useEffect, useState } from 'react';
import {
  deriveCharts,
  deriveOptions,
  deriveView,
  type ChartData,
  type Derived,
} from '../lib/derive';
import type { Facet } from '../lib/facets';
import type { FacetOption } from '../lib/facets';
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

export function useChartData(): ChartData {
  return deriveCharts(
    useDerived().matched,
    useFacetOptions(),
    useAppStore((s) => s.models),
  );
}

/** Runs `run` once the browser has painted the next frame; returns what cancels it. */
export function afterNextPaint(run: () => void): () => void {
  let timer: number | undefined;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/** `value`, but only once the browser has painted the frame that follows its change. */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (shown === value) return;
    return afterNextPaint(() => setShown(value));
  }, [value, shown]);
  return shown;
}

/**
 * The chart data, one frame behind a change: a click paints the table, counts and checkboxes in
 * the next frame, and the charts (recharts' redraw is the costly part) in the one after.
 */
export function useDeferredChartData(): ChartData {
  const rows = useAfterPaint(useDerived().matched);
  return deriveCharts(
    rows,
    useFacetOptions(),
    useAppStore((s) => s.models),
  );
}
