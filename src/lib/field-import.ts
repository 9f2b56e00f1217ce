import type { z } from 'zod';
import { modelSchema, webLinkSchema } from '../data/schema';
import type { ImportDecl } from './fields';

/** A cell of an imported file: CSV text, or a JSON value. */
export type Cell = string | number | readonly unknown[] | null | undefined;
export type RowReason = 'empty' | 'notYear' | 'tooLong' | 'notRef' | 'notLink' | 'fieldCount';
export type Parsed = { value: unknown } | { problem: RowReason };

/** What a field's import declaration means: its header names, whether it must be there, its check. */
export interface ImportSpec {
  /** Header names (or JSON keys), matched without case, spaces or punctuation. */
  aliases: readonly string[];
  required?: boolean;
  /** An array under this key is not this field's (our JSON keeps the paper's note codes so). */
  textOnly?: boolean;
  parse: (cell: Cell) => Parsed;
  /** Where the value goes in the row; by default under `extra`, keyed by the field's id. */
  assign?: (row: Record<string, unknown>, value: unknown) => void;
}

export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => String(v)).join(', ');
  return String(value).trim();
}

/** A multi-valued cell: comma-separated (in arrays too, so no value holds a comma), each once. */
export function cellList(value: Cell): string[] {
  const parts = (Array.isArray(value) ? value.map((v) => String(v)) : [cellText(value)]).flatMap(
    (p) => p.split(','),
  );
  return [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
}

/** The schema has the last word on every limit, so a row that is stored always meets them. */
function check(schema: z.ZodType, value: unknown, invalid: RowReason): Parsed {
  const result = schema.safeParse(value);
  if (result.success) return { value: result.data };
  const code = result.error.issues[0]?.code;
  return { problem: code === 'too_big' ? 'tooLong' : code === 'too_small' ? 'empty' : invalid };
}

/** A value the schema refuses for any reason has the one fault this field can have. */
function only(schema: z.ZodType, value: unknown, reason: RowReason): Parsed {
  const result = schema.safeParse(value);
  return result.success ? { value: result.data } : { problem: reason };
}

const shape = modelSchema.shape;

const put =
  (key: string) =>
  (row: Record<string, unknown>, value: unknown): void => {
    row[key] = value;
  };

/** A cell as text: empty is allowed unless `required`; limits from `schema`. */
function textParser(required: boolean | undefined, schema: z.ZodType): ImportSpec['parse'] {
  return (cell) => {
    const text = cellText(cell);
    if (!text) return required ? { problem: 'empty' } : { value: null };
    return check(schema, text, 'empty');
  };
}

/** A comma-separated cell; limits from `schema` (an array schema). */
function listParser(required: boolean | undefined, schema: z.ZodType): ImportSpec['parse'] {
  return (cell) => {
    const values = cellList(cell);
    if (values.length === 0) return required ? { problem: 'empty' } : { value: null };
    return check(schema, values, 'empty');
  };
}

const optional =
  (read: (text: string) => Parsed) =>
  (cell: Cell): Parsed => {
    const text = cellText(cell);
    return text ? read(text) : { value: null };
  };

const PARSERS = {
  text: (decl) => textParser(decl.required, decl.into ? shape[decl.into] : DEFAULT_TEXT),
  list: (decl) => listParser(decl.required, decl.into ? shape[decl.into] : DEFAULT_LIST),
  year: () => (cell) => {
    const text = cellText(cell);
    if (!text) return { problem: 'empty' };
    if (!/^\d{4}$/.test(text)) return { problem: 'notYear' };
    return only(shape.year, Number(text), 'notYear');
  },
  ref: () => (cell) => {
    const text = cellText(cell).replace(/^\[(.*)\]$/, '$1');
    return text ? only(shape.ref, Number(text), 'notRef') : { value: null };
  },
  link: () => optional((text) => only(webLinkSchema, text, 'notLink')),
  note: () => optional((text) => check(shape.note, text, 'tooLong')),
} satisfies Record<ImportDecl['as'], (decl: ImportDecl) => ImportSpec['parse']>;

// A field added to the registry is text (or a list) with the limits of Table 1's own texts.
const DEFAULT_TEXT = shape.backbone;
const DEFAULT_LIST = shape.tasks;

const specs = new WeakMap<ImportDecl, ImportSpec>();

/** What a field's declaration (lib/fields.ts) means when a file is read. */
export function importerOf(decl: ImportDecl): ImportSpec {
  let spec = specs.get(decl);
  if (!spec) {
    spec = {
      aliases: decl.aliases,
      required: decl.required,
      // Our own JSON keeps the paper's notes as codes (an array); a reader's note is text.
      textOnly: decl.as === 'note',
      parse: PARSERS[decl.as](decl),
      assign: decl.into ? put(decl.into) : undefined,
    };
    specs.set(decl, spec);
  }
  return spec;
}
