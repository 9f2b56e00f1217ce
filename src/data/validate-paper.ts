import { PAPER_MODELS } from './models';
import { paperModelListSchema } from './schema';

/** Checks Table 1 against its schema; returns the problems, if any, for the console. */
export function validatePaperData(): string[] {
  const result = paperModelListSchema.safeParse(PAPER_MODELS);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
