import { z } from 'zod';
import { modelSchema, type Model } from '../data/schema';

const savedRowsSchema = z.array(modelSchema.extend({ source: z.literal('imported') }));

/** Imported rows read back from storage, or null when any fails the schema (then all are set aside). */
export function validateSavedRows(rows: unknown[]): Model[] | null {
  const result = savedRowsSchema.safeParse(rows);
  return result.success ? result.data : null;
}
