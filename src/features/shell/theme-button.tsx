import { useSyncExternalStore } from 'react';
import { useT } from '../../store/use-t';
import { useHydrated } from '../../components/use-hydrated';
import { effectiveTheme } from '../../store/boot';
import { useAppStore } from '../../store/store';
import './shell.css';

const query = () => window.matchMedia?.('(prefers-color-scheme: dark)');
function subscribeToSystem(onChange: () => void) {
  const mq = query();
  mq?.addEventListener('change', onChange);
  return () => mq?.removeEventListener('change', onChange);
}

/** Light or dark: follows the system until pressed, then keeps the reader's choice. */
export function ThemeButton() {
  const t = useT();
  const chosen = useAppStore((s) => s.theme);
  const chooseTheme = useAppStore((s) => s.chooseTheme);
  const hydrated = useHydrated();
  const systemDark = useSyncExternalStore(
    subscribeToSystem,
    () => query()?.matches ?? false,
    () => false,
  );
  // The prerendered page says "light" until it is live; its icon is right before that (CSS).
  const current = hydrated ? (chosen ?? (systemDark ? 'dark' : 'light')) : 'light';
  const next = current === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="button theme-button"
      aria-label={t('theme.label')}
      aria-describedby="theme-state"
      onClick={() => chooseTheme(effectiveTheme(chosen) === 'dark' ? 'light' : 'dark')}
      title={t(next === 'dark' ? 'theme.toDark' : 'theme.toLight')}
    >
      {/* Both icons are in the page; the theme on screen shows one (shell.css), even before JS runs. */}
      <span aria-hidden="true" className="theme-button__icon theme-button__icon--light">
        ☀
      </span>
      <span aria-hidden="true" className="theme-button__icon theme-button__icon--dark">
        ☾
      </span>{' '}
      {/* The name is the aria-label; phones show the icon alone (shell.css), to keep one row. */}
      <span className="theme-button__text">{t('theme.label')}</span>
      <span id="theme-state" className="sr-only">
        {t(current === 'dark' ? 'theme.isDark' : 'theme.isLight')}
      </span>
    </button>
  );
}
