import { en, type Catalogue, type MessageKey } from './en';
import { HTML_LANG, type Locale } from './locales';
import type { Message } from './plural';

// English is in the first download; Chinese (interface and summaries) loads when first needed.
const catalogues: Partial<Record<Locale, Catalogue>> = { en };

export function isLocaleLoaded(locale: Locale): boolean {
  return catalogues[locale] !== undefined;
}

/** Adds a language's catalogue once it has loaded (lib/load-locale.ts fetches it). */
export function registerCatalogue(locale: Locale, catalogue: Catalogue): void {
  catalogues[locale] = catalogue;
  translators.delete(locale);
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

// One translator per language: its Intl objects are costly to make, and every component that
// shows text asks for one (a thousand table rows mount a thousand of them).
const translators = new Map<Locale, Translate>();

/**
 * Looks messages up in a language: numbers are written the language's way (Intl.NumberFormat),
 * and a counted message takes the form Intl.PluralRules gives for its count.
 */
export function translator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = makeTranslator(locale);
    translators.set(locale, t);
  }
  return t;
}

function makeTranslator(locale: Locale): Translate {
  const catalogue = catalogues[locale] ?? en;
  const language = catalogues[locale] ? HTML_LANG[locale] : 'en';
  const plural = new Intl.PluralRules(language);
  const number = new Intl.NumberFormat(language);
  return (key, vars) => {
    const message: Message | undefined = catalogue[key] ?? en[key];
    let text: string;
    // A key no catalogue has (a label not written yet) reads as itself rather than failing.
    if (message === undefined) {
      text = key;
    } else if (typeof message === 'string') {
      text = message;
    } else {
      const count = Number(vars?.[message.by] ?? 0);
      text = message[plural.select(count)] ?? message.other;
    }
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars?.[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? number.format(value) : value;
    });
  };
}
