import { useCallback } from 'react';
import { stepBack, stepForward, type DeckPosition } from '../../lib/deck-steps';
import type { Slide } from '../../lib/slides';
import { useAppStore } from '../../store/store';
import { slidePoints } from './slide-points';

/**
 * Where the talk is (the slide, the points out) and how it moves: the keys, the buttons and the
 * presenter's window all move it through here, so they agree.
 */
export function useDeckMoves(slides: readonly Slide[]) {
  const slideNumber = useAppStore((s) => s.slide);
  const step = useAppStore((s) => s.step);
  const build = useAppStore((s) => s.build);
  const locale = useAppStore((s) => s.locale);
  const goToSlide = useAppStore((s) => s.goToSlide);
  const index = Math.min(Math.max(slideNumber, 1), slides.length) - 1;
  const pointsOf = useCallback(
    (i: number) => slidePoints(slides[i], locale).length,
    [slides, locale],
  );
  const at: DeckPosition = { index, step };
  const moveTo = (to: DeckPosition) => goToSlide(to.index + 1, to.step);
  // Not building, every point is out.
  const shown = build ? Math.min(step, pointsOf(index)) : pointsOf(index);
  return {
    index,
    shown,
    pointsOf,
    build,
    forward: () => moveTo(stepForward(at, slides.length, pointsOf, build)),
    back: () => moveTo(stepBack(at, pointsOf, build)),
    /** To slide `n` (1-based), from its start; the last with all its points out. */
    goTo: (n: number) => {
      const i = Math.min(Math.max(n, 1), slides.length) - 1;
      moveTo({ index: i, step: i === slides.length - 1 ? pointsOf(i) : 0 });
    },
  };
}
