import { registerDeckTexts, registerPaperTexts } from '../data/paper/texts';
import { isLocaleLoaded, registerCatalogue } from '../i18n';
import type { Locale } from '../i18n/locales';

/** Fetches a language's interface texts and summaries (Chinese is not in the first download). */
export async function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleLoaded(locale) || locale === 'en') return;
  const [{ zh }, { PAPER_ZH, DECK_ZH }] = await Promise.all([
    import('../i18n/zh'),
    import('../data/paper/zh'),
  ]);
  registerPaperTexts('zh', PAPER_ZH);
  registerDeckTexts('zh', DECK_ZH);
  registerCatalogue('zh', zh);
}
