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
  // A click on a drawing must reach its own segment: a boundary may move into a tall drawing (up
  // to its middle), never into a thin one, which keeps its whole drawing. Between two thin ones it
  // stays where they meet, leaving areas under `min` (a stack of thin segments by the axis has no
  // room for more; the legend's buttons, 24 px, do the same).
  const middle = (i: number) => (edges[i - 1]! + edges[i]!) / 2;
  const thin = (i: number) => edges[i]! - edges[i - 1]! < min;
  const n = edges.length - 1;
  const bands = wanted.map((b, i) => {
    if (i === 0 || i === n) return i === 0 ? base : b;
    const low = thin(i) ? edges[i]! : middle(i);
    const high = thin(i + 1) ? edges[i]! : middle(i + 1);
    return Math.min(Math.max(b, low), high);
  });
  // The top area, with nothing above it, is always a whole target.
  if (n > 0) bands[n] = Math.max(bands[n]!, edges[n]!, bands[n - 1]! + min);
  return bands;
}
