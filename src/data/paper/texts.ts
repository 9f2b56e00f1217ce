import type { Locale } from '../../i18n/locales';
import { DECK_EN, PAPER_EN } from './en';
import type { PartId, PartSection } from '../sections';
import type { DeckTexts, ItemText, PaperTexts } from './types';

// English ships with the page; Chinese arrives with its catalogue (lib/load-locale.ts).
const loaded: Partial<Record<Locale, PaperTexts>> = { en: PAPER_EN };

export function registerPaperTexts(locale: Locale, texts: PaperTexts) {
  loaded[locale] = texts;
}

/** The summaries in a language, or in English until that language has loaded. */
export function paperTexts(locale: Locale): PaperTexts {
  return loaded[locale] ?? PAPER_EN;
}

// The talk's own slides: English ships with the page; the Chinese deck is exported beside PAPER_ZH
// (data/paper/zh) and registered with registerDeckTexts when that language loads.
const decks: Partial<Record<Locale, DeckTexts>> = { en: DECK_EN };

export function registerDeckTexts(locale: Locale, deck: DeckTexts) {
  decks[locale] = deck;
}

/** The talk's own slide texts in a language, or in English until that language has loaded. */
export function deckTexts(locale: Locale): DeckTexts {
  return decks[locale] ?? DECK_EN;
}

/** One part's text, by its section and id (the types keep the two apart; this joins them once). */
export function partText(texts: PaperTexts, section: PartSection, id: PartId): ItemText {
  const part = (texts[section] as Record<string, ItemText>)[id];
  if (!part) throw new Error(`No summary for ${section}/${id}`);
  return part;
}
