import type { ApplicationId, IntroId, LimitationId, OpportunityId } from '../sections';

/** The text of one summarised part of the paper, in one language. */
export interface ItemText {
  /** Tab label: a few words. */
  title: string;
  /** The point of the part, in one line. */
  takeaway: string;
  /**
   * 80–200 words in English (about 150–350 characters in Chinese), saying only what the paper says.
   * Paragraphs are separated by a blank line. `[[model-id|Shown name]]` marks a Table 1 model,
   * rendered as a button that opens its detail.
   */
  summary: string;
  /** Three to five key points. */
  points: string[];
  /** The part's slide: its claim as the headline, and two to four short points written for the slide. */
  slide: { headline: string; points: string[] };
}

/** One language's text for every part; a missing part is a type error. */
export interface PaperTexts {
  applications: Record<ApplicationId, ItemText>;
  limitations: Record<LimitationId, ItemText>;
  opportunities: Record<OpportunityId, ItemText>;
  intro: Record<IntroId, ItemText>;
}

/** Texts of the talk's own slides (not parts of the paper's sections). */
export interface DeckTexts {
  /** The conclusion slide: the survey's takeaways from its §6 Conclusion. */
  conclusion: { headline: string; points: string[]; notes: string };
}
