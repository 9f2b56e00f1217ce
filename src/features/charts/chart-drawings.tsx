import { startTransition, useEffect, useRef, useState, type ComponentProps } from 'react';
import { useHydrated } from '../../components/use-hydrated';
import { CHART_HEIGHT } from '../../lib/chart-series';
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

// Drawings waiting to be drawn, and whether one is being drawn: recharts' first render is long,
// so each drawing gets a task of its own (two shorter tasks keep the page more responsive than one).
const waiting: (() => void)[] = [];
let drawing: (() => void) | null = null;
function drawNext() {
  drawing = drawings ? (waiting.shift() ?? null) : null;
  drawing?.();
}

export function loadChartDrawings(): Promise<void> {
  loading ??= Promise.all([
    import('../../components/charts/stacked-year-bars'),
    import('./release-timeline'),
  ]).then(
    ([bars, timeline]) => {
      drawings = {
        StackedYearBars: bars.StackedYearBars,
        ReleaseTimeline: timeline.ReleaseTimeline,
      };
      if (!drawing) drawNext();
    },
    (error: unknown) => {
      // Not loaded (a dropped connection): the places stay, and the next drawing asks again.
      loading = null;
      console.warn('The chart drawings could not be loaded:', error);
    },
  );
  return loading;
}

/**
 * The drawing code once it has loaded; null before, and while the prerendered page is hydrated
 * (so hydration meets its placeholder). Not React.lazy: a component that suspends is revealed on
 * React's throttle (hundreds of milliseconds). The charts are then drawn as a transition, in
 * slices that leave the page responsive, rather than in one long task.
 */
function useDrawings(): Drawings | null {
  // A drawing mounted later (the timeline, chosen) starts drawn when the code is already there.
  const hydrated = useHydrated();
  const [initial] = useState<Drawings | null>(() => (hydrated ? drawings : null));
  const [loaded, setLoaded] = useState(initial);
  const startsDrawn = initial !== null;
  useEffect(() => {
    if (startsDrawn) return;
    const show = () => startTransition(() => setLoaded(drawings));
    waiting.push(show);
    if (!drawing) drawNext();
    void loadChartDrawings();
    return () => {
      const at = waiting.indexOf(show);
      if (at >= 0) waiting.splice(at, 1);
      // Gone before it was drawn: the next one need not wait for it.
      if (drawing === show) drawNext();
    };
  }, [startsDrawn]);
  // Drawn (committed): the next waiting drawing gets its own task.
  const mine = useRef<boolean>(false);
  useEffect(() => {
    if (loaded && !startsDrawn && !mine.current) {
      mine.current = true;
      drawNext();
    }
  }, [loaded, startsDrawn]);
  return loaded;
}

/** The placeholder keeps the drawings' place: both are CHART_HEIGHT high. */
const place = (
  <div className="chart-drawing-placeholder" style={{ height: CHART_HEIGHT }} aria-hidden="true" />
);

type BarsProps = ComponentProps<typeof Bars>;
let stillDrawing: ((props: BarsProps) => void) | null = null;

/**
 * Only the build's prerender (src/prerender.tsx) sets this: each bar drawing's props, in page
 * order, so the build can write a still picture of it into its place (build/still-charts.ts).
 */
export function collectStillDrawings(collect: ((props: BarsProps) => void) | null) {
  stillDrawing = collect;
}

export function StackedYearBarsDrawing(props: BarsProps) {
  const loaded = useDrawings();
  if (!loaded) stillDrawing?.(props);
  return loaded ? <loaded.StackedYearBars {...props} /> : place;
}

export function ReleaseTimelineDrawing(props: ComponentProps<typeof Timeline>) {
  const loaded = useDrawings();
  return loaded ? <loaded.ReleaseTimeline {...props} /> : place;
}
