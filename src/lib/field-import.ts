import type { z } from 'zod';
import { modelSchema, webLinkSchema } from '../data/schema';

/** A cell of an imported file: CSV text, or a JSON value. */
export type Cell = string | number | readonly unknown[] | null | undefined;
export type RowReason = 'empty' | 'notYear' | 'tooLong' | 'notRef' | 'notLink' | 'fieldCount';
export type Parsed = { value: unknown } | { problem: RowReason };

/** How a field is read from a file: its header names, whether it must be there, its check. */
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

/** A text field (empty is allowed unless `required`); limits from `schema`. */
export function textImport(
  aliases: readonly string[],
  options: { required?: boolean; schema?: z.ZodType; assign?: ImportSpec['assign'] } = {},
): ImportSpec {
  const schema = options.schema ?? shape.backbone;
  return {
    aliases,
    required: options.required,
    assign: options.assign,
    parse: (cell) => {
      const text = cellText(cell);
      if (!text) return options.required ? { problem: 'empty' } : { value: null };
      return check(schema, text, 'empty');
    },
  };
}

/** A comma-separated field; limits from `schema` (an array schema). */
export function listImport(
  aliases: readonly string[],
  options: { required?: boolean; schema?: z.ZodType; assign?: ImportSpec['assign'] } = {},
): ImportSpec {
  const schema = options.schema ?? shape.tasks;
  return {
    aliases,
    required: options.required,
    assign: options.assign,
    parse: (cell) => {
      const values = cellList(cell);
      if (values.length === 0) return options.required ? { problem: 'empty' } : { value: null };
      return check(schema, values, 'empty');
    },
  };
}

/** The import of the fields the schema names. */
export const importers = {
  name: textImport(['model', 'modelname', 'name', '模型', '模型名称', '名称'], {
    required: true,
    schema: shape.name,
    assign: put('name'),
  }),
  year: {
    aliases: ['year', '年份', '年'],
    required: true,
    assign: put('year'),
    parse: (cell) => {
      const text = cellText(cell);
      if (!text) return { problem: 'empty' };
      if (!/^\d{4}$/.test(text)) return { problem: 'notYear' };
      return only(shape.year, Number(text), 'notYear');
    },
  },
  backbone: textImport(['backbone', '主干架构', '主干', '架构'], {
    required: true,
    schema: shape.backbone,
    assign: put('backbone'),
  }),
  task: listImport(['task', 'tasks', '任务'], {
    required: true,
    schema: shape.tasks,
    assign: put('tasks'),
  }),
  group: listImport(['group', 'groups', '机构', '团队'], {
    required: true,
    schema: shape.groups,
    assign: put('groups'),
  }),
  ref: {
    aliases: ['ref', 'reference', 'refs', '文献编号', '文献', '参考文献'],
    assign: put('ref'),
    parse: (cell) => {
      const text = cellText(cell).replace(/^\[(.*)\]$/, '$1');
      if (!text) return { value: null };
      return only(shape.ref, Number(text), 'notRef');
    },
  },
  link: {
    aliases: ['link', 'url', '链接'],
    assign: put('link'),
    parse: (cell) => {
      const text = cellText(cell);
      if (!text) return { value: null };
      return only(webLinkSchema, text, 'notLink');
    },
  },
  notes: {
    aliases: ['notes', 'note', '说明', '备注'],
    assign: put('note'),
    textOnly: true,
    parse: (cell) => {
      const text = cellText(cell);
      if (!text) return { value: null };
      return check(shape.note, text, 'tooLong');
    },
  },
} satisfies Record<string, ImportSpec>;
