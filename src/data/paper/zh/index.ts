import type { PaperTexts } from '../types';
import { APPLICATIONS_ZH } from './applications';
import { INTRO_ZH } from './intro';
import { LIMITATIONS_ZH } from './limitations';
import { OPPORTUNITIES_ZH } from './opportunities';

export const PAPER_ZH: PaperTexts = {
  applications: APPLICATIONS_ZH,
  limitations: LIMITATIONS_ZH,
  opportunities: OPPORTUNITIES_ZH,
  intro: INTRO_ZH,
};

export { DECK_ZH } from './deck';
