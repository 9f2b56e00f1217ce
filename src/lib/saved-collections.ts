import { z } from 'zod';
import { modelSchema, type Model } from '../data/schema';
import type { Collection } from './collections';

const savedRowSchema = modelSchema.extend({ source: z.literal('imported') });
const collectionShape = z.object({
  id: z.string().min(1).max(200),
  name: z.string().max(1000),
  importedAt: z.number().finite(),
  rows: z.array(z.unknown()),
});

/** What a stored value turned out to be: usable rows, and whatever failed, to be set aside. */
export interface CheckedCollection {
  id: string | null;
  name: string | null;
  /** The usable part; null when nothing of the value can be used. */
  collection: Collection | null;
  /** Values that failed, each with why. */
  rejected: { value: unknown; reason: string }[];
}

/** Lets the browser paint and handle input between chunks of a long check. */
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const CHUNK = 2_000;

const reasonOf = (error: z.ZodError) => {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'invalid';
};

/**
 * Checks one stored collection against the schema, rows in chunks so that 100,000 rows do not
 * freeze the page. A value that is not a collection at all is rejected whole; otherwise each bad
 * row is rejected alone and the rest are kept.
 */
export async function checkCollection(value: unknown): Promise<CheckedCollection> {
  const shape = collectionShape.safeParse(value);
  if (!shape.success) {
    const name = (value as { name?: unknown } | null)?.name;
    const id = (value as { id?: unknown } | null)?.id;
    return {
      id: typeof id === 'string' ? id : null,
      name: typeof name === 'string' ? name : null,
      collection: null,
      rejected: [{ value, reason: reasonOf(shape.error) }],
    };
  }
  const { id, name, importedAt, rows } = shape.data;
  const good: Model[] = [];
  const rejected: CheckedCollection['rejected'] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    if (start > 0) await yieldToMain();
    for (const row of rows.slice(start, start + CHUNK)) {
      const result = savedRowSchema.safeParse(row);
      if (result.success) good.push(result.data);
      else rejected.push({ value: row, reason: reasonOf(result.error) });
    }
  }
  return {
    id,
    name,
    collection: good.length ? { id, name, importedAt, rows: good } : null,
    rejected,
  };
}

/** Rows that an older explorer saved in localStorage: the usable ones, and the rest. */
export function checkLegacyRows(rows: unknown[]): { good: Model[]; bad: unknown[] } {
  const good: Model[] = [];
  const bad: unknown[] = [];
  for (const row of rows) {
    const result = savedRowSchema.safeParse(row);
    if (result.success) good.push(result.data);
    else bad.push(row);
  }
  return { good, bad };
}
