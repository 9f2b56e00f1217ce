import type { MessageKey } from '../i18n/en';

/** Where the paper names a Table 1 model outside the table (references.md; the seed's sections). */
export const MENTIONS: Readonly<Record<string, readonly MessageKey[]>> = {
  animatediff: ['mention.education'],
  lfdm: ['mention.education'],
  sora: ['mention.subject'],
};
