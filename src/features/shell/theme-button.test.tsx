import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../store/store';
import { ThemeButton } from './theme-button';

const initial = useAppStore.getInitialState();
beforeEach(() => useAppStore.setState(initial, true));
// jsdom has no matchMedia: without one, the system is taken to be light.
afterEach(() => {
  delete (window as { matchMedia?: unknown }).matchMedia;
});

/** A system colour scheme that can change while the page is open. */
function systemScheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return dark;
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  Object.defineProperty(window, 'matchMedia', { value: () => query, configurable: true });
  return (next: boolean) => {
    dark = next;
    listeners.forEach((listener) => listener());
  };
}

const button = () => screen.getByRole('button', { name: 'Theme' });

describe('the theme button', () => {
  it('says which theme is on, and switches to the other', async () => {
    render(<ThemeButton />);
    expect(button()).toHaveAccessibleDescription('Light theme is on');
    expect(button()).toHaveAttribute('title', 'Switch to the dark theme');
    await userEvent.click(button());
    expect(useAppStore.getState().theme).toBe('dark');
    expect(button()).toHaveAccessibleDescription('Dark theme is on');
    expect(button()).toHaveAttribute('title', 'Switch to the light theme');
    await userEvent.click(button());
    expect(useAppStore.getState().theme).toBe('light');
  });

  it('follows the system until pressed, then keeps the reader’s choice', async () => {
    const setSystem = systemScheme(true);
    render(<ThemeButton />);
    expect(button()).toHaveAccessibleDescription('Dark theme is on');
    act(() => setSystem(false));
    expect(button()).toHaveAccessibleDescription('Light theme is on');
    act(() => setSystem(true));
    await userEvent.click(button());
    expect(useAppStore.getState().theme).toBe('light');
    act(() => setSystem(false));
    act(() => setSystem(true));
    expect(button()).toHaveAccessibleDescription('Light theme is on');
  });
});
