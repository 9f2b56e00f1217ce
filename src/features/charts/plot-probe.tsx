import { useLayoutEffect, type RefObject } from 'react';
import { usePlotArea } from 'recharts';

export type Plot = { x: number; y: number; width: number; height: number };

/** Hands the plot area's geometry (inside the SVG) to the drag code outside the chart. */
export function PlotProbe({ intoRef }: { intoRef: RefObject<Plot | null> }) {
  const area = usePlotArea();
  useLayoutEffect(() => {
    intoRef.current = area ?? null;
  });
  return null;
}
