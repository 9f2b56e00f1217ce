import { useSyncExternalStore, type ComponentProps } from 'react';
import type { StackedYearBars as Bars } from '../../components/charts/stacked-year-bars';
import type { ReleaseTimeline as Timeline } from './release-timeline';

// recharts is most of the charts' bytes: it loads once the page is up (main.tsx starts it at
// once), while the figures around the drawings (caption, controls, legend, numbers) are in the page.
interface Drawings {
  StackedYearBars: typeof Bars;
  ReleaseTimeline: typeof Timeline;
}
let drawings: Drawings | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

export function loadChartDrawings(): Promise<void> {
  loading ??= Promise.all([
    import('../../components/charts/stacked-year-bars'),
    import('./release-timeline'),
  ]).then(([bars, timeline]) => {
    drawings = { StackedYearBars: bars.StackedYearBars, ReleaseTimeline: timeline.ReleaseTimeline };
    listeners.forEach((l) => l());
  });
  return loading;
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  void loadChartDrawings();
  return () => listeners.delete(onChange);
}

/**
 * The drawing code once it has loaded; null before, and while the prerendered page is hydrated
 * (the server had none). Read from a store, not React.lazy: a lazy component that suspends is
 * revealed on React's throttle (hundreds of milliseconds), a store's change at once.
 */
function useDrawings(): Drawings | null {
  return useSyncExternalStore(
    subscribe,
    () => drawings,
    () => null,
  );
}

/** Both drawings are 300 px high (their `height`); the placeholder keeps that place. */
const DRAWING_HEIGHT = 300;
const place = (
  <div
    className="chart-drawing-placeholder"
    style={{ height: DRAWING_HEIGHT }}
    aria-hidden="true"
  />
);

export function StackedYearBarsDrawing(props: ComponentProps<typeof Bars>) {
  const loaded = useDrawings();
  return loaded ? <loaded.StackedYearBars {...props} /> : place;
}

export function ReleaseTimelineDrawing(props: ComponentProps<typeof Timeline>) {
  const loaded = useDrawings();
  return loaded ? <loaded.ReleaseTimeline {...props} /> : place;
}
