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
  const wanted = [base];
  for (const { sum, size } of blocks) {
    // Held at the base: no area reaches below the axis (the year buttons are there).
    const d = Math.max(base, sum / size);
    for (let k = 0; k < size; k++) wanted.push(d + min * wanted.length);
  }
  // A click on a drawing must reach its own segment: each boundary stays between the middles of
  // the two drawings it parts, even when that leaves an area under `min` (a stack of thin
  // segments near the axis has no room for more; the legend's buttons, 24 px, do the same).
  const middle = (i: number) => (edges[i - 1]! + edges[i]!) / 2;
  const n = edges.length - 1;
  return wanted.map((b, i) => {
    if (i === 0) return base;
    if (i === n) return Math.max(b, edges[n]!);
    return Math.min(Math.max(b, middle(i)), middle(i + 1));
  });
}
