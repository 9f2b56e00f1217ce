import type { Locale } from '../../i18n';
import { APPLICATIONS_EN } from './en/applications';
import { INTRO_EN } from './en/intro';
import { LIMITATIONS_EN } from './en/limitations';
import { OPPORTUNITIES_EN } from './en/opportunities';
import type { PaperTexts } from './types';
import { APPLICATIONS_ZH } from './zh/applications';
import { INTRO_ZH } from './zh/intro';
import { LIMITATIONS_ZH } from './zh/limitations';
import { OPPORTUNITIES_ZH } from './zh/opportunities';

/** The summaries of the paper, in each language; both must cover every part (type-checked). */
export const PAPER_TEXTS: Record<Locale, PaperTexts> = {
  en: {
    applications: APPLICATIONS_EN,
    limitations: LIMITATIONS_EN,
    opportunities: OPPORTUNITIES_EN,
    intro: INTRO_EN,
  },
  zh: {
    applications: APPLICATIONS_ZH,
    limitations: LIMITATIONS_ZH,
    opportunities: OPPORTUNITIES_ZH,
    intro: INTRO_ZH,
  },
};
