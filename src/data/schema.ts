import { z } from 'zod';

import { BACKBONES } from './backbones';
// Apart from the schema, so that reading it does not bring zod into the first download.
import { YEAR_RANGE } from './years';

// No eval: zod's JIT would probe `new Function`, which the page's Content-Security-Policy forbids.
z.config({ jitless: true });

export { BACKBONES };
export const backboneSchema = z.enum(BACKBONES);
export type Backbone = z.infer<typeof backboneSchema>;

/** Remarks the explorer attaches to a row; their wording lives in the i18n catalogues. */
export const NOTE_CODES = [
  'groupRestored',
  'refIsVideoCrafter2',
  'refTitleSegmentation',
  'citedTwice',
  'alsoCitedInEducation',
  'noReference',
  'backboneNotStated',
] as const;
export const noteCodeSchema = z.enum(NOTE_CODES);
export type NoteCode = z.infer<typeof noteCodeSchema>;

const arxivId = z.string().regex(/^\d{4}\.\d{4,5}$/, 'an arXiv id looks like 2402.17177');

/** The work a bracket number cites, as references.md records it. */
export const citedWorkSchema = z.object({
  /** Title as recorded (lower-case sentence style), when known. */
  title: z.string().min(1).nullable(),
  /** Venue and year, e.g. `ICCV 2023`, when known. */
  venue: z.string().min(1).nullable(),
  arxiv: arxivId.nullable(),
  /** A web page rather than a paper (Gen-2, Pika, Zeroscope, Sora). */
  webPage: z.string().min(1).nullable(),
  /** The web page's address, as the paper's reference gives it. */
  url: z.lazy(() => webLinkSchema).nullable(),
});
export type CitedWork = z.infer<typeof citedWorkSchema>;

const nonEmptyText = z.string().trim().min(1);

export { YEAR_RANGE };

/** The longest texts a row keeps; an import checks its cells against the same schema. */
const text = (max: number) => nonEmptyText.max(max);

/** Only web links are followed: anything else (javascript:, data:, file:) is refused. */
export const webLinkSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'only http(s) links are allowed');

export const modelSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case slugs'),
  name: text(200),
  /** The paper's bracket number; null where the paper gives none (ModelScope). */
  ref: z.number().int().positive().lt(1_000_000).nullable(),
  year: z.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max),
  /** Table 1's backbones, or any other an imported row brings. */
  backbone: text(100),
  tasks: z.array(text(100)).min(1),
  groups: z.array(text(200)).min(1),
  work: citedWorkSchema.nullable(),
  notes: z.array(noteCodeSchema),
  /** Where the row comes from: the paper's Table 1 or a file the reader imported. */
  source: z.enum(['paper', 'imported']),
  /** An imported row's own link and free-text note. */
  link: webLinkSchema.nullable(),
  note: z.string().max(5000).nullable(),
  /** Values of fields added to the registry (lib/fields.ts) that the schema does not name. */
  extra: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
});
export type Model = z.infer<typeof modelSchema>;

/** The paper's rows: backbones from Table 1 only. */
export const paperModelSchema = modelSchema.extend({
  backbone: backboneSchema,
  source: z.literal('paper'),
});

const uniqueIds = (rows: { id: string }[]) => new Set(rows.map((r) => r.id)).size === rows.length;
export const modelListSchema = z.array(modelSchema).refine(uniqueIds, 'ids must be unique');
export const paperModelListSchema = z
  .array(paperModelSchema)
  .refine(uniqueIds, 'ids must be unique');
