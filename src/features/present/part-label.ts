import { paperTexts, partText } from '../../data/paper/texts';
import { SECTION_TABS, type PartId, type SectionView } from '../../data/sections';
import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { isActPart, type Act, type DeckPart } from '../../lib/slides';

/** Each act's name: the agenda's lines, the dividers' headlines. */
export const ACT_LABEL: Record<Act, Parameters<Translate>[0]> = {
  field: 'present.act.field',
  uses: 'present.act.uses',
  limits: 'present.act.limits',
  next: 'present.act.next',
};

const FIXED: Partial<Record<DeckPart, Parameters<Translate>[0]>> = {
  title: 'present.part.title',
  agenda: 'present.part.agenda',
  map: 'present.part.map',
  table: 'present.part.table',
  'per-year': 'chart.perYear',
  share: 'chart.share',
  cross: 'compare.part',
  conclusion: 'present.part.conclusion',
  closing: 'present.part.closing',
};

/** A part's name: in the deck builder, and on a divider's list of what its act holds. */
export function partLabel(part: DeckPart, locale: Locale, t: Translate): string {
  const key = FIXED[part];
  if (key) return t(key);
  if (isActPart(part))
    return t('present.part.divider', { act: t(ACT_LABEL[part.slice(4) as Act]) });
  const texts = paperTexts(locale);
  const id = part as PartId;
  if (id === 'overview' || id === 'strengths') return texts.intro[id].title;
  const section = (Object.keys(SECTION_TABS) as SectionView[]).find((s) =>
    (SECTION_TABS[s] as readonly string[]).includes(id),
  )!;
  return partText(texts, section, id).title;
}
