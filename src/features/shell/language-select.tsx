import { LOCALES, type Locale } from '../../i18n/locales';
import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';
import './shell.css';

// Each language names itself, so a reader who cannot read the current one still finds theirs.
const NAMES: Record<Locale, string> = { en: 'English', zh: '中文' };

export function LanguageSelect() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const chooseLocale = useAppStore((s) => s.chooseLocale);
  return (
    <label className="language-select">
      <span aria-hidden="true">{t('lang.label')}</span>
      <select
        name="language"
        aria-label={t('lang.aria')}
        value={locale}
        onChange={(e) => chooseLocale(e.target.value as Locale)}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l === 'zh' ? 'zh-CN' : 'en'}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
