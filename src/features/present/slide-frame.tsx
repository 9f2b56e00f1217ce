import type { Model } from '../../data/schema';
import type { Slide } from '../../lib/slides';
import { SlideContent } from './slide-content';
import { Stage } from './stage';
import './slide-frame.css';

/**
 * A slide as a small picture, scaled to its box: the presenter's current and next slides and
 * the overview. `shown`: how many of its points are out (all, unless the presenter is building).
 */
export function SlideFrame({
  slide,
  rows,
  shown,
}: {
  slide: Slide;
  rows: readonly Model[];
  shown?: number;
}) {
  return (
    <Stage className="slide-frame">
      <SlideContent slide={slide} rows={rows} shown={shown} />
    </Stage>
  );
}
