import { describe, expect, it } from 'vitest';
import { comingNext, stepBack, stepForward } from './deck-steps';

// Three slides: a title (no points), a part with three points, a closing (no points).
const points = (i: number) => [0, 3, 0][i]!;

describe('stepping through a talk that builds', () => {
  it('brings a slide’s points out one at a time before the next slide', () => {
    let at = { index: 0, step: 0 };
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      at = stepForward(at, 3, points, true);
      seen.push(`${at.index}:${at.step}`);
    }
    expect(seen).toEqual(['1:0', '1:1', '1:2', '1:3', '2:0', '2:0']);
  });

  it('puts the last point away on the way back, and arrives at a slide with all its points out', () => {
    expect(stepBack({ index: 1, step: 2 }, points, true)).toEqual({ index: 1, step: 1 });
    expect(stepBack({ index: 1, step: 0 }, points, true)).toEqual({ index: 0, step: 0 });
    expect(stepBack({ index: 2, step: 0 }, points, true)).toEqual({ index: 1, step: 3 });
    expect(stepBack({ index: 0, step: 0 }, points, true)).toEqual({ index: 0, step: 0 });
  });

  it('reads a slide opened with all its points out (a link) as fully built', () => {
    const all = Number.MAX_SAFE_INTEGER;
    expect(stepForward({ index: 1, step: all }, 3, points, true)).toEqual({ index: 2, step: 0 });
    expect(stepBack({ index: 1, step: all }, points, true)).toEqual({ index: 1, step: 2 });
  });

  it('tells the presenter what comes next: a point, the next slide, or the end', () => {
    expect(comingNext({ index: 1, step: 1 }, 3, points, true)).toEqual({ kind: 'point', point: 1 });
    expect(comingNext({ index: 1, step: 3 }, 3, points, true)).toEqual({ kind: 'slide', index: 2 });
    expect(comingNext({ index: 2, step: 0 }, 3, points, true)).toEqual({ kind: 'end' });
  });
});

describe('stepping through a talk that does not build (build=0)', () => {
  it('goes a slide per key, both ways', () => {
    expect(stepForward({ index: 1, step: 0 }, 3, points, false)).toEqual({ index: 2, step: 0 });
    expect(stepBack({ index: 2, step: 0 }, points, false)).toEqual({ index: 1, step: 3 });
    expect(comingNext({ index: 1, step: 0 }, 3, points, false)).toEqual({
      kind: 'slide',
      index: 2,
    });
  });
});
