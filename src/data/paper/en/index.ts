import type { PaperTexts } from '../types';
import { APPLICATIONS_EN } from './applications';
import { INTRO_EN } from './intro';
import { LIMITATIONS_EN } from './limitations';
import { OPPORTUNITIES_EN } from './opportunities';

export const PAPER_EN: PaperTexts = {
  applications: APPLICATIONS_EN,
  limitations: LIMITATIONS_EN,
  opportunities: OPPORTUNITIES_EN,
  intro: INTRO_EN,
};

export { DECK_EN } from './deck';
