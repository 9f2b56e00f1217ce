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
 * Typing in the search follows the same rule: at 1,000 rows a key searched at once took 100 ms to
 * paint (the bare reference page: 64); deferred, 16 ms, and the result shows 60 to 75 ms after it.
 */
export const DEFER_ABOVE = 300;

export const shouldDefer = (rowCount: number) => rowCount > DEFER_ABOVE;

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
