import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while the page is prerendered and while React hydrates that HTML, true from the next render
 * on. What only the browser knows (the system theme, measured charts) waits for it, so the first
 * client render matches the prerendered HTML exactly.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
