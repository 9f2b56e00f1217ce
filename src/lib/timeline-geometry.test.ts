import { describe, expect, it } from 'vitest';
import type { TimelinePoint } from './chart-series';
import {
  clampMonth,
  drawnSpan,
  labelAnchor,
  monthAtX,
  placeMarks,
  shiftSpan,
  timelineAxis,
} from './timeline-geometry';

const point = (id: string, backbone: string, when: string): TimelinePoint => ({
  id,
  name: id,
  backbone,
  groups: ['Lab'],
  tasks: ['Generation'],
  x: 2023.5,
  precision: 'month',
  when,
});

describe('the release timeline’s geometry', () => {
  it('spreads marks of one lane and month above and below it, in turn', () => {
    const placed = placeMarks(
      [
        point('a', 'Diffusion', '2023-04'),
        point('b', 'Diffusion', '2023-04'),
        point('c', 'Diffusion', '2023-04'),
        point('d', 'Transformer', '2023-04'),
        point('e', 'Diffusion', '2023-04'),
      ],
      ['Diffusion', 'Transformer'],
    );
    expect(placed.map((p) => [p.id, p.lane])).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 0],
      ['d', 1],
      ['e', 0],
    ]);
    const ys = placed.map((p) => p.y);
    expect(ys[0]).toBe(0);
    expect(ys[1]).toBeCloseTo(0.16);
    expect(ys[2]).toBeCloseTo(-0.16);
    expect(ys[3]).toBe(1);
    expect(ys[4]).toBeCloseTo(0.32);
  });

  it('runs the axis from January of the first year to December of the last', () => {
    const axis = timelineAxis(['2022', '2023', '2024']);
    expect(axis).toMatchObject({ first: 2022, last: 2025, ticks: [2022, 2023, 2024, 2025] });
    expect(axis.firstMonth).toBe(2022 * 12);
    expect(axis.lastMonth).toBe(2025 * 12 - 1);
    expect(timelineAxis([])).toMatchObject({ first: 2022, last: 2025 });
  });

  it('reads the month under a pointer, held to the axis', () => {
    const axis = timelineAxis(['2022', '2023']);
    expect(monthAtX(0, 240, axis)).toBe(2022 * 12);
    expect(monthAtX(125, 240, axis)).toBe(2023 * 12);
    expect(monthAtX(240, 240, axis)).toBe(axis.lastMonth);
    expect(monthAtX(-50, 240, axis)).toBe(axis.firstMonth);
    expect(clampMonth(axis.lastMonth + 5, axis)).toBe(axis.lastMonth);
  });

  it('moves a span whole, stopping at the axis’s ends', () => {
    const axis = timelineAxis(['2022', '2023']);
    const origin = { from: axis.firstMonth + 2, to: axis.firstMonth + 5 };
    expect(shiftSpan(origin, 4, axis)).toEqual({ from: origin.from + 4, to: origin.to + 4 });
    expect(shiftSpan(origin, -10, axis)).toEqual({
      from: axis.firstMonth,
      to: axis.firstMonth + 3,
    });
    expect(shiftSpan(origin, 100, axis)).toEqual({ from: axis.lastMonth - 3, to: axis.lastMonth });
  });

  it('leaves an end drawn to the axis’s end open', () => {
    const axis = timelineAxis(['2022', '2023']);
    expect(drawnSpan({ from: axis.firstMonth, to: axis.firstMonth + 3 }, axis)).toEqual({
      from: null,
      to: axis.firstMonth + 3,
    });
    expect(drawnSpan({ from: axis.firstMonth, to: axis.lastMonth }, axis)).toBeNull();
  });

  it('runs a mark’s shown name inward near the axis’s ends', () => {
    const axis = timelineAxis(['2022', '2023', '2024']);
    expect([2022.1, 2023.5, 2024.9].map((x) => labelAnchor(x, axis))).toEqual([
      'start',
      'middle',
      'end',
    ]);
  });
});
