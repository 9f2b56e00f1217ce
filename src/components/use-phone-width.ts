import { useSyncExternalStore } from 'react';

/** Phones: the width at which table.css shows rows as cards and the charts draw narrower axes. */
const PHONE = '(max-width: 480px)';

function subscribe(onChange: () => void) {
  const mq = window.matchMedia?.(PHONE);
  mq?.addEventListener('change', onChange);
  return () => mq?.removeEventListener('change', onChange);
}

/** True on a phone-wide window (false while the prerendered page hydrates, as on the server). */
export function usePhoneWidth(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(PHONE).matches ?? false,
    () => false,
  );
}
