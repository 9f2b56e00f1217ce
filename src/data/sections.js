/** The explorer's top-level views: Table 1, then the paper's §4 and §5 in its order. */
export const VIEWS = ['models', 'applications', 'limitations', 'opportunities'];
/** The parts of each summarised section, in the paper's order; the first is a view's default tab. */
export const APPLICATION_IDS = ['film', 'education', 'gaming', 'healthcare', 'robotics'];
export const LIMITATION_IDS = ['physical-realism', 'spatial-temporal', 'hci', 'usage'];
export const OPPORTUNITY_IDS = ['academia', 'industry', 'society'];
/** The overview (abstract) and what Sora does well (§5's opening): no tab of their own. */
export const INTRO_IDS = ['overview', 'strengths'];
/** The views that show a section of the paper as tabs, and their parts. */
export const SECTION_TABS = {
  applications: APPLICATION_IDS,
  limitations: LIMITATION_IDS,
  opportunities: OPPORTUNITY_IDS,
};
export function isSectionView(view) {
  return view in SECTION_TABS;
}
/** The tab ids a view accepts (none for the Models view). */
export function tabsOf(view) {
  return isSectionView(view) ? SECTION_TABS[view] : [];
}
