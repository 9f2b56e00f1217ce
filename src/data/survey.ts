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

/**
 * The twelve authors in the paper's order (its arXiv listing; the seed gives the first three and
 * the last), family name first as BibTeX wants them.
 */
export const SURVEY_AUTHORS = [
  'Liu, Yixin',
  'Zhang, Kai',
  'Li, Yuan',
  'Yan, Zhiling',
  'Gao, Chujie',
  'Chen, Ruoxi',
  'Yuan, Zhengqing',
  'Huang, Yue',
  'Sun, Hanchi',
  'Gao, Jianfeng',
  'He, Lifang',
  'Sun, Lichao',
] as const;

export const SURVEY_YEAR = 2024;
