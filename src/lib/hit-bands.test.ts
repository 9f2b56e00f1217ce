import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hitBands, MIN_TARGET } from './hit-bands';

describe('hitBands', () => {
  it('leaves segments taller than a target as they are drawn', () => {
    expect(hitBands([0, 100, 160, 200])).toEqual([0, 100, 160, 200]);
  });

  it('widens a thin segment around its own drawing, taking from its neighbours', () => {
    // 100 px, then 6 px, then 100 px: the thin one gets 24 px that hold its 6.
    const [, a, b] = hitBands([0, 100, 106, 206]);
    expect(b! - a!).toBeCloseTo(MIN_TARGET);
    expect(a!).toBeLessThanOrEqual(100);
    expect(b!).toBeGreaterThanOrEqual(106);
  });

  it('never reaches below the base, and rises above the top when it must', () => {
    // Two thin segments on the axis: each keeps its whole drawing, the upper rises to a target.
    expect(hitBands([0, 6, 12])).toEqual([0, 6, 48]);
    expect(hitBands([10, 16])).toEqual([10, 34]);
  });

  it('sends a click on the middle of any drawing to its own segment, the top one a target', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 8 }),
        (heights) => {
          const edges = heights.reduce((e, h) => [...e, e.at(-1)! + h], [0]);
          const bands = hitBands(edges);
          expect(bands).toHaveLength(edges.length);
          expect(bands[0]).toBe(0);
          for (let i = 1; i < bands.length; i++) {
            const middle = (edges[i - 1]! + edges[i]!) / 2;
            expect(bands[i - 1]!).toBeLessThanOrEqual(middle + 1e-9);
            expect(bands[i]!).toBeGreaterThanOrEqual(middle - 1e-9);
          }
          expect(bands.at(-1)! - bands.at(-2)!).toBeGreaterThanOrEqual(MIN_TARGET - 1e-9);
        },
      ),
    );
  });

  it('keeps a lone thin segment’s drawing inside its own area', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 200 }),
        fc.integer({ min: 1, max: 23 }),
        fc.integer({ min: 30, max: 200 }),
        (below, thin, above) => {
          const edges = [0, below, below + thin, below + thin + above];
          const bands = hitBands(edges);
          expect(bands[1]!).toBeLessThanOrEqual(edges[1]! + 1e-9);
          expect(bands[2]!).toBeGreaterThanOrEqual(edges[2]! - 1e-9);
        },
      ),
    );
  });
});
