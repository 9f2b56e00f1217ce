import { z } from 'zod';

/** Backbones as Table 1 prints them; `-` means the paper states none. */
export const BACKBONES = ['Diffusion', 'Auto-regressive', 'Masked Vision Models', '-'] as const;
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
});
export type CitedWork = z.infer<typeof citedWorkSchema>;

const nonEmptyText = z.string().trim().min(1);

export const modelSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case slugs'),
  name: nonEmptyText,
  /** The paper's bracket number; null where the paper gives none (ModelScope). */
  ref: z.number().int().positive().nullable(),
  year: z.number().int().min(1990).max(2100),
  backbone: backboneSchema,
  tasks: z.array(nonEmptyText).min(1),
  groups: z.array(nonEmptyText).min(1),
  work: citedWorkSchema.nullable(),
  notes: z.array(noteCodeSchema),
});
export type Model = z.infer<typeof modelSchema>;

export const modelListSchema = z
  .array(modelSchema)
  .refine((rows) => new Set(rows.map((r) => r.id)).size === rows.length, 'ids must be unique');

export function arxivUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}
