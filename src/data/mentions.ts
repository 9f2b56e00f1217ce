import type { MessageKey } from '../i18n/en';
import type { View } from './sections';

export interface Mention {
  /** Where the paper mentions the model; null for "everywhere" (Sora). */
  view: View | null;
  tab: string | null;
  text: MessageKey;
}

/** Where the paper names a Table 1 model outside the table (references.md; the seed's sections). */
export const MENTIONS: Readonly<Record<string, readonly Mention[]>> = {
  animatediff: [{ view: 'applications', tab: 'education', text: 'mention.education' }],
  lfdm: [{ view: 'applications', tab: 'education', text: 'mention.education' }],
  sora: [{ view: null, tab: null, text: 'mention.subject' }],
};
