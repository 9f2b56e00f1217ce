import { useSyncExternalStore } from 'react';

/** The media query of table.css's cards (phones). */
const CARDS = '(max-width: 480px)';

function subscribe(onChange: () => void) {
  const mq = window.matchMedia?.(CARDS);
  mq?.addEventListener('change', onChange);
  return () => mq?.removeEventListener('change', onChange);
}

/** True while rows show as cards, several lines tall each: the virtual table expects that height. */
export function useCardRows(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(CARDS).matches ?? false,
    () => false,
  );
}
