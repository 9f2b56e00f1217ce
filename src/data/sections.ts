/** The explorer's top-level views: Table 1, then the paper's §4 and §5 in its order. */
export const VIEWS = ['models', 'applications', 'limitations', 'opportunities'] as const;
export type View = (typeof VIEWS)[number];

/** The parts of each summarised section, in the paper's order; the first is a view's default tab. */
export const APPLICATION_IDS = ['film', 'education', 'gaming', 'healthcare', 'robotics'] as const;
export const LIMITATION_IDS = ['physical-realism', 'spatial-temporal', 'hci', 'usage'] as const;
export const OPPORTUNITY_IDS = ['academia', 'industry', 'society'] as const;
/** The overview (abstract) and what Sora does well (§5's opening): no tab of their own. */
export const INTRO_IDS = ['overview', 'strengths'] as const;

export type ApplicationId = (typeof APPLICATION_IDS)[number];
export type LimitationId = (typeof LIMITATION_IDS)[number];
export type OpportunityId = (typeof OPPORTUNITY_IDS)[number];
export type IntroId = (typeof INTRO_IDS)[number];

/** The views that show a section of the paper as tabs, and their parts. */
export const SECTION_TABS = {
  applications: APPLICATION_IDS,
  limitations: LIMITATION_IDS,
  opportunities: OPPORTUNITY_IDS,
} as const;
export type SectionView = keyof typeof SECTION_TABS;
export type SectionItemId = (typeof SECTION_TABS)[SectionView][number];

export function isSectionView(view: View): view is SectionView {
  return view in SECTION_TABS;
}

/** The tab ids a view accepts (none for the Models view). */
export function tabsOf(view: View): readonly string[] {
  return isSectionView(view) ? SECTION_TABS[view] : [];
}

/** Any summarised part: a tab of a section, or the overview and strengths. */
export type PartId = SectionItemId | IntroId;
export type PartSection = SectionView | 'intro';
