import { useSyncExternalStore } from 'react';
import { useT } from '../../i18n/use-t';
import { effectiveTheme } from '../../store/boot';
import { useAppStore } from '../../store/store';

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
  const systemDark = useSyncExternalStore(subscribeToSystem, () => query()?.matches ?? false);
  const current = chosen ?? (systemDark ? 'dark' : 'light');
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
      <span aria-hidden="true">{current === 'dark' ? '☾' : '☀'}</span> {t('theme.label')}
      <span id="theme-state" className="sr-only">
        {t(current === 'dark' ? 'theme.isDark' : 'theme.isLight')}
      </span>
    </button>
  );
}
