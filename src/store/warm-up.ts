import type { Model } from '../data/schema';
import { prepareSearch } from '../lib/filter';
import { useAppStore } from './store';

const CHUNK = 5_000;

/**
 * When the rows change (an import, a reload with stored rows), their search text is built in idle
 * time, a chunk at a time, so that neither the first keystroke nor any other input waits for it.
 */
export function warmUpWhenRowsChange() {
  const idle = (run: () => void) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(run, { timeout: 2_000 })
      : window.setTimeout(run, 50);
  let generation = 0;
  const warm = (models: readonly Model[], from: number, mine: number) => {
    if (mine !== generation || from >= models.length) return;
    prepareSearch(models, from, from + CHUNK);
    idle(() => warm(models, from + CHUNK, mine));
  };
  return useAppStore.subscribe((s, prev) => {
    if (s.models === prev.models) return;
    generation += 1;
    const mine = generation;
    idle(() => warm(s.models, 0, mine));
  });
}
