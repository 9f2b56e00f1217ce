/** Where a talk stands: the slide (0-based) and how many of its points are out. */
export interface DeckPosition {
  index: number;
  step: number;
}

/**
 * The next place on the next key. While the talk builds, a slide's points come out one at a
 * time before the next slide; without building (`build=0`), each key is a slide.
 */
export function stepForward(
  at: DeckPosition,
  count: number,
  pointsOf: (index: number) => number,
  build: boolean,
): DeckPosition {
  const shown = Math.min(at.step, pointsOf(at.index));
  if (build && shown < pointsOf(at.index)) return { index: at.index, step: shown + 1 };
  if (at.index < count - 1) return { index: at.index + 1, step: 0 };
  return { index: at.index, step: pointsOf(at.index) };
}

/** The place before: the last point put away, or the slide before with all its points out. */
export function stepBack(
  at: DeckPosition,
  pointsOf: (index: number) => number,
  build: boolean,
): DeckPosition {
  const shown = Math.min(at.step, pointsOf(at.index));
  if (build && shown > 0) return { index: at.index, step: shown - 1 };
  if (at.index > 0) return { index: at.index - 1, step: pointsOf(at.index - 1) };
  return { index: 0, step: 0 };
}

/** What the presenter sees coming: the next point on this slide, or the next slide. */
export function comingNext(
  at: DeckPosition,
  count: number,
  pointsOf: (index: number) => number,
  build: boolean,
): { kind: 'point'; point: number } | { kind: 'slide'; index: number } | { kind: 'end' } {
  const next = stepForward(at, count, pointsOf, build);
  if (next.index === at.index && next.step > Math.min(at.step, pointsOf(at.index)))
    return { kind: 'point', point: next.step - 1 };
  if (next.index !== at.index) return { kind: 'slide', index: next.index };
  return { kind: 'end' };
}
