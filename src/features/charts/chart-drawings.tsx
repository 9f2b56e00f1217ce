import { lazy, Suspense, type ComponentProps, type ReactNode } from 'react';
import { useHydrated } from '../../components/use-hydrated';
import type { StackedYearBars as Bars } from '../../components/charts/stacked-year-bars';
import type { ReleaseTimeline as Timeline } from './release-timeline';

// recharts is most of the charts' bytes: it loads once the page is up (main.tsx starts it at
// once), while the figures around the drawings (caption, controls, legend, numbers) are in the page.
const loadBars = () => import('../../components/charts/stacked-year-bars');
const loadTimeline = () => import('./release-timeline');
export const loadChartDrawings = () => Promise.all([loadBars(), loadTimeline()]);

const LazyBars = lazy(() => loadBars().then((m) => ({ default: m.StackedYearBars })));
const LazyTimeline = lazy(() => loadTimeline().then((m) => ({ default: m.ReleaseTimeline })));

/** Both drawings are 300 px high (their `height`); the placeholder keeps that place. */
const DRAWING_HEIGHT = 300;

/** Holds the drawing's place until it is drawn; prerendered (and hydrated) as that place. */
function Drawing({ children }: { children: ReactNode }) {
  const hydrated = useHydrated();
  const place = (
    <div
      className="chart-drawing-placeholder"
      style={{ height: DRAWING_HEIGHT }}
      aria-hidden="true"
    />
  );
  return hydrated ? <Suspense fallback={place}>{children}</Suspense> : place;
}

export function StackedYearBarsDrawing(props: ComponentProps<typeof Bars>) {
  return (
    <Drawing>
      <LazyBars {...props} />
    </Drawing>
  );
}

export function ReleaseTimelineDrawing(props: ComponentProps<typeof Timeline>) {
  return (
    <Drawing>
      <LazyTimeline {...props} />
    </Drawing>
  );
}
