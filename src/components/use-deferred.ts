import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint, shouldDefer } from '../lib/deferral';

/**
 * `value` at once while the data is small (`size` rows: lib/deferral.ts); above, the
 * value a frame behind its change, set as a transition, so what depends on it is drawn after the
 * frame that answers the input.
 */
export function useDeferredAbove<T>(value: T, size: number): T {
  const defer = shouldDefer(size);
  const [shown, setShown] = useState(value);
  // While small, the kept value follows at once, so a later deferred change starts from it.
  if (!defer && shown !== value) setShown(value);
  useEffect(() => {
    if (!defer || shown === value) return;
    return afterNextPaint(() => startTransition(() => setShown(value)));
  }, [defer, value, shown]);
  return defer ? shown : value;
}
