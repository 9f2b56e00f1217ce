/** The least a pointer target measures, in CSS px (WCAG 2.5.8, Target Size (Minimum)). */
export const MIN_TARGET = 24;

/**
 * Hit areas for a stack of segments, some only a few pixels thick: each at least `min` tall, one
 * after another without overlap, each as near its own drawing as can be (least squares, by pooling
 * adjacent violators), so a thin segment's drawing stays inside its own area. `edges` are the
 * stack's boundaries measured up from its base (`edges[0]`, which stays put); the areas'
 * boundaries are returned the same way, and may rise above the stack's top.
 */
export function hitBands(edges: readonly number[], min = MIN_TARGET): number[] {
  const base = edges[0] ?? 0;
  // With d[i] = c[i] - min·i, "each area at least min" is "d never decreases": an isotonic fit.
  const blocks: { sum: number; size: number }[] = [];
  for (let i = 1; i < edges.length; i++) {
    blocks.push({ sum: edges[i]! - min * i, size: 1 });
    while (blocks.length > 1) {
      const last = blocks.at(-1)!;
      const before = blocks.at(-2)!;
      if (before.sum / before.size <= last.sum / last.size) break;
      blocks.pop();
      before.sum += last.sum;
      before.size += last.size;
    }
  }
  const bands = [base];
  for (const { sum, size } of blocks) {
    // Held at the base: no area reaches below the axis (the year buttons are there).
    const d = Math.max(base, sum / size);
    for (let k = 0; k < size; k++) bands.push(d + min * bands.length);
  }
  return bands;
}
