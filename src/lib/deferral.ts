/**
 * The one seam for speed tricks. Up to DEFER_ABOVE rows a change renders in one plain React
 * commit: table, counts and charts together. Above it, the costly parts follow a frame later (the
 * charts, the rows below the screen), so the click's own frame stays short. Components do not
 * know about frames: they ask components/use-deferred.ts for a value, which is this module's.
 */

/**
 * Measured with `npm run bench` (facet click, INP and the time until everything is on screen):
 * at 45 rows deferring only splits the same work over three frames; at 1,000 rows it takes the
 * click from ~144 to ~44 ms. 300 sits between, where one commit still fits well within 100 ms.
 */
export const DEFER_ABOVE = 300;

/**
 * Searching is cheaper than drawing: a word is looked for in 10,000 rows in a few milliseconds
 * (the drawing that follows is deferred on its own, above), so typing searches at once up to
 * here, and above it once a frame has shown the key (100,000 rows: tens of milliseconds a key).
 */
export const DEFER_SEARCH_ABOVE = 10_000;

export const shouldDefer = (rowCount: number, above: number = DEFER_ABOVE) => rowCount > above;

/** Runs `run` once the browser has painted the next frame; returns what cancels it. */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Resolves once the browser has painted the next frame. */
export const nextPaint = () => new Promise<void>((resolve) => afterNextPaint(resolve));
