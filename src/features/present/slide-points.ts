import { deckTexts, paperTexts, partText } from '../../data/paper/texts';
import type { Locale } from '../../i18n/locales';
import type { Slide } from '../../lib/slides';

/** The points a slide shows (those that come one at a time as the talk builds); none for most. */
export function slidePoints(slide: Slide | undefined, locale: Locale): readonly string[] {
  if (slide?.kind === 'item')
    return partText(paperTexts(locale), slide.section, slide.id).slide.points;
  if (slide?.kind === 'conclusion') return deckTexts(locale).conclusion.points;
  return [];
}
