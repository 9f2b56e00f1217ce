import {
  APPLICATION_IDS,
  LIMITATION_IDS,
  OPPORTUNITY_IDS,
  type PartId,
  type PartSection,
} from '../data/sections';
import { DEFAULT_CROSS, type CrossPair } from './cross-pair';

/** The talk's four acts, each opened by a divider: the field, its uses, its limits, what comes next. */
export const ACTS = ['field', 'uses', 'limits', 'next'] as const;
export type Act = (typeof ACTS)[number];
export type ActPart = `act-${Act}`;
export const isActPart = (part: string): part is ActPart => part.startsWith('act-');

/**
 * The parts a deck is made of, in the order of the survey's story: title, agenda, four acts (a
 * divider, then their parts), the survey's conclusion, closing. `deck=` in a link lists a choice
 * of them, in the presenter's order; links made before the agenda, dividers and conclusion existed
 * still open, with the parts they name.
 */
export const DECK_PARTS = [
  'title',
  'agenda',
  'act-field',
  'map',
  'table',
  'per-year',
  'share',
  'cross',
  'overview',
  'act-uses',
  ...APPLICATION_IDS,
  'act-limits',
  'strengths',
  ...LIMITATION_IDS,
  'act-next',
  ...OPPORTUNITY_IDS,
  'conclusion',
  'closing',
] as const;
export type DeckPart = (typeof DECK_PARTS)[number];

/**
 * Parts left out of the default talk: the full table (the map shows every model), the Compare
 * grid (the reader's own question, added when wanted) and the abstract.
 */
const OPTIONAL: readonly DeckPart[] = ['table', 'cross', 'overview'];
export const DEFAULT_DECK: readonly DeckPart[] = DECK_PARTS.filter((p) => !OPTIONAL.includes(p));

const SECTION_OF: Partial<Record<DeckPart, PartSection>> = {
  ...Object.fromEntries(APPLICATION_IDS.map((id) => [id, 'applications'])),
  ...Object.fromEntries(LIMITATION_IDS.map((id) => [id, 'limitations'])),
  ...Object.fromEntries(OPPORTUNITY_IDS.map((id) => [id, 'opportunities'])),
  overview: 'intro',
  strengths: 'intro',
};

export const isDeckPart = (value: string): value is DeckPart =>
  (DECK_PARTS as readonly string[]).includes(value);

/** A `deck=` value: known parts, each once, in the order given; null when none is usable. */
export function parseDeck(raw: string | null | undefined): DeckPart[] | null {
  if (!raw) return null;
  const parts: DeckPart[] = [];
  for (const piece of raw.split(',')) {
    const part = piece.trim();
    if (isDeckPart(part) && !parts.includes(part)) parts.push(part);
  }
  return parts.length ? parts : null;
}

export const sameDeck = (a: readonly DeckPart[], b: readonly DeckPart[]) =>
  a.length === b.length && a.every((p, i) => b[i] === p);

/** What a presentation shows, slide by slide; built from the chosen parts and the rows in view. */
export type Slide =
  | { kind: 'title' }
  /** `acts`: the acts the deck has, in its order. */
  | { kind: 'agenda'; acts: Act[] }
  /** Opens the deck's `number`th act of `of`; `parts`: the parts that follow it, up to the next. */
  | { kind: 'divider'; act: Act; number: number; of: number; parts: DeckPart[] }
  | { kind: 'conclusion' }
  | { kind: 'map' }
  | { kind: 'table'; page: number; pages: number; start: number; end: number }
  | { kind: 'chart'; chart: 'per-year' | 'share' }
  /** The Compare grid, with the facets chosen on the Models page. */
  | { kind: 'cross'; pair: CrossPair }
  | { kind: 'item'; section: PartSection; id: PartId }
  | { kind: 'closing' };

/**
 * One slide per part, but the full table, which takes as many slides as its rows need. Nothing
 * scrolls within a slide; a part's prose goes to the speaker notes, not on the slide.
 */
export function buildSlides(
  deck: readonly DeckPart[],
  rowCount: number,
  rowsPerSlide: number,
  cross: CrossPair = DEFAULT_CROSS,
): Slide[] {
  const acts = deck.filter(isActPart).map((p) => p.slice(4) as Act);
  return deck.flatMap((part, at): Slide[] => {
    if (part === 'agenda') return [{ kind: 'agenda', acts }];
    if (part === 'title' || part === 'map' || part === 'conclusion' || part === 'closing')
      return [{ kind: part }];
    if (isActPart(part)) {
      const act = part.slice(4) as Act;
      const next = deck.findIndex(
        (p, i) => i > at && (isActPart(p) || p === 'conclusion' || p === 'closing'),
      );
      return [
        {
          kind: 'divider',
          act,
          number: acts.indexOf(act) + 1,
          of: acts.length,
          parts: deck.slice(at + 1, next < 0 ? undefined : next),
        },
      ];
    }
    if (part === 'per-year' || part === 'share') return [{ kind: 'chart', chart: part }];
    if (part === 'cross') return [{ kind: 'cross', pair: cross }];
    if (part === 'table') {
      const pages = Math.max(1, Math.ceil(rowCount / rowsPerSlide));
      return Array.from({ length: pages }, (_, page) => ({
        kind: 'table' as const,
        page: page + 1,
        pages,
        start: page * rowsPerSlide,
        end: Math.min(rowCount, (page + 1) * rowsPerSlide),
      }));
    }
    return [{ kind: 'item', section: SECTION_OF[part]!, id: part }];
  });
}
