import { registerPaperTexts } from '../data/paper/texts';
import { en, type Catalogue, type MessageKey } from './en';
import type { Locale } from './locales';

// English is in the first download; Chinese (interface and summaries) loads when first needed.
const catalogues: Partial<Record<Locale, Catalogue>> = { en };

export function isLocaleLoaded(locale: Locale): boolean {
  return catalogues[locale] !== undefined;
}

export async function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleLoaded(locale)) return;
  const [{ zh }, { PAPER_ZH }] = await Promise.all([import('./zh'), import('../data/paper/zh')]);
  registerPaperTexts('zh', PAPER_ZH);
  catalogues.zh = zh;
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale] ?? en;
  return (key, vars) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      vars && name in vars ? String(vars[name]) : whole,
    );
}
