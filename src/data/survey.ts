/** The survey this explorer presents: Liu et al., 2024. */
export const SURVEY_ARXIV_ID = '2402.17177';

/** Where an arXiv id lives (kept apart from the schema so the page need not load zod to link). */
export function arxivUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

export const SURVEY_URL = arxivUrl(SURVEY_ARXIV_ID);

/** The survey's title as published (the Chinese interface shows it in English too). */
export const SURVEY_TITLE =
  'Sora: A Review on Background, Technology, Limitations, and Opportunities of Large Vision Models';
