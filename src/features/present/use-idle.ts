import { useEffect, useState } from 'react';

/** How long the pointer may rest before the deck's controls and the cursor go. */
export const IDLE_MS = 2000;

/**
 * True once the pointer has not moved for IDLE_MS: the deck then hides its controls and the
 * cursor, as a projector talk wants. A move, a touch or a click brings them back.
 */
export function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), IDLE_MS);
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), IDLE_MS);
    };
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', wake);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
    };
  }, []);
  return idle;
}
