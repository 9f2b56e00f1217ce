import type { MessageKey } from '../i18n/en';
import type { Model } from './schema';
import type { View } from './sections';

export interface Mention {
  /** Where the paper mentions the model, when it is a part this explorer shows. */
  view: View | null;
  tab: string | null;
  text: MessageKey;
  vars?: Record<string, string | number>;
}

// The paper numbers its references by first citation. Section 4 starts at [133] (MovieFactory),
// and the last number cited in sections 4–6 is [159]; Table 1 brings [160] onwards.
const FIRST_REF_OF_SECTION_4 = 133;
const FIRST_REF_OF_TABLE_1 = 160;

/** Table 1 models that sections 4–6 cite, with what the paper says of them there. */
const CITED_IN_SECTIONS: Readonly<Record<string, Mention>> = {
  animatediff: { view: 'applications', tab: 'education', text: 'mention.educationText' },
  lfdm: { view: 'applications', tab: 'education', text: 'mention.educationImage' },
  sora: { view: null, tab: null, text: 'mention.subject' },
};

/** A model the paper cites under two numbers: the earlier one (references.md). */
const EARLIER_NUMBER: Readonly<Record<string, number>> = { 'make-a-video': 28 };

/**
 * What is known of where the paper cites a Table 1 model outside the table, and no more: the
 * explorer covers sections 4–6 and Table 1, and the numbering tells what comes earlier.
 */
export function mentionsOf(model: Model): Mention[] {
  if (model.source !== 'paper') return [];
  const known = CITED_IN_SECTIONS[model.id];
  if (known) return [known];
  const earlier = EARLIER_NUMBER[model.id];
  if (earlier !== undefined)
    return [
      {
        view: null,
        tab: null,
        text: 'mention.backgroundTwice',
        vars: { first: earlier, ref: model.ref ?? '' },
      },
    ];
  if (model.ref === null) return [{ view: null, tab: null, text: 'mention.noReference' }];
  if (model.ref < FIRST_REF_OF_SECTION_4)
    return [{ view: null, tab: null, text: 'mention.background', vars: { ref: model.ref } }];
  if (model.ref >= FIRST_REF_OF_TABLE_1)
    return [{ view: null, tab: null, text: 'mention.tableOnly', vars: { ref: model.ref } }];
  // A number from sections 4–6 that is not listed above would be a gap in CITED_IN_SECTIONS.
  return [];
}
