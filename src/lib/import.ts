import Papa from 'papaparse';
import { modelSchema, type Model } from '../data/schema';
import type { TextEncoding } from './decode';
import type { Cell, ImportSpec, RowReason } from './field-import';
import { FIELDS, type Field, type Fields } from './fields';

export const MAX_BYTES = 20 * 1024 * 1024;
export const MAX_ROWS = 100_000;

export type ImportFailure =
  | 'tooLarge'
  | 'empty'
  | 'binary'
  | 'badJson'
  | 'notRows'
  | 'headerOnly'
  | 'tooManyRows'
  | 'missingColumns';

export interface RowProblem {
  /** 1-based data row (a CSV's header is row 0). */
  row: number;
  /** The field at fault (its id); null when the row as a whole is (a wrong number of fields). */
  column: string | null;
  reason: RowReason;
  /** Where the row starts in the file (CSV), for a problem with the row's shape. */
  line?: number;
  /** For `fieldCount`: the fields the row has, and the header's. */
  found?: number;
  expected?: number;
}
export type { RowReason };

export type ImportResult =
  | {
      ok: true;
      format: 'csv' | 'json';
      /** The id of the collection these rows make, and the prefix of their ids. */
      batch: string;
      good: Model[];
      bad: RowProblem[];
      rows: number;
      /** How the bytes were read: Windows-1252 when they were not valid UTF-8. */
      encoding: TextEncoding;
    }
  | { ok: false; failure: ImportFailure; detail?: string };

/** A row's cells by field id; or a row already known to be unusable. */
type Record_ = Partial<Record<string, Cell>>;
type Entry = { cells: Record_ } | { problem: RowProblem };
const normalise = (h: string) => h.toLowerCase().replace(/[\s_\-.:()（）]/g, '');

/** What the registry's fields say of importing: header names in English or Chinese, checks. */
interface Mapping {
  fields: (Field & { import: ImportSpec })[];
  byHeader: Map<string, Field & { import: ImportSpec }>;
}
const mappings = new WeakMap<Fields, Mapping>();
function mapping(registry: Fields): Mapping {
  let found = mappings.get(registry);
  if (!found) {
    const fields = registry.filter((f): f is Field & { import: ImportSpec } => !!f.import);
    const byHeader = new Map(
      fields.flatMap((f) => [f.id, ...f.import.aliases].map((n) => [normalise(n), f] as const)),
    );
    mappings.set(registry, (found = { fields, byHeader }));
  }
  return found;
}

/** Validates one row; either a model or the problems that keep it out. */
function toModel(
  cells: Record_,
  row: number,
  id: string,
  registry: Fields,
): { model: Model } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const draft: Record<string, unknown> = {
    id,
    ref: null,
    work: null,
    notes: [],
    source: 'imported',
    link: null,
    note: null,
  };
  for (const field of mapping(registry).fields) {
    const parsed = field.import.parse(cells[field.id]);
    if ('problem' in parsed) problems.push({ row, column: field.id, reason: parsed.problem });
    else if (parsed.value !== null) {
      if (field.import.assign) field.import.assign(draft, parsed.value);
      else draft.extra = { ...(draft.extra as object), [field.id]: parsed.value };
    }
  }
  if (problems.length) return { problems };
  const model = modelSchema.safeParse(draft);
  // Each field was checked against the schema; this is the schema having the last word on the row.
  return model.success
    ? { model: model.data }
    : { problems: [{ row, column: 'name', reason: 'empty' }] };
}

/** Told now and then how many rows have been checked, so a long import shows it is moving. */
export type OnProgress = (done: number, total: number) => void;
const PROGRESS_EVERY = 2_000;

function collect(
  records: Entry[],
  format: 'csv' | 'json',
  idPrefix: string,
  registry: Fields,
  onProgress?: OnProgress,
): ImportResult {
  if (records.length === 0)
    return { ok: false, failure: format === 'csv' ? 'headerOnly' : 'notRows' };
  if (records.length > MAX_ROWS)
    return { ok: false, failure: 'tooManyRows', detail: String(records.length) };
  const good: Model[] = [];
  const bad: RowProblem[] = [];
  records.forEach((entry, i) => {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i, records.length);
    // A row already known to be unusable (a CSV row of the wrong shape) is listed as it is.
    if ('problem' in entry) {
      bad.push(entry.problem);
      return;
    }
    const result = toModel(entry.cells, i + 1, `${idPrefix}-${i + 1}`, registry);
    if ('model' in result) good.push(result.model);
    else bad.push(...result.problems);
  });
  onProgress?.(records.length, records.length);
  return { ok: true, format, batch: idPrefix, good, bad, rows: records.length, encoding: 'utf-8' };
}

/** Rows of a CSV with the line each starts on; line endings of any kind (\r\n, \r, \n) end a line. */
function csvRows(source: string): { cells: string[]; line: number }[] {
  const text = source.replace(/\r\n?/g, '\n');
  const rows: { cells: string[]; line: number }[] = [];
  let line = 1;
  let scanned = 0;
  let start = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: ({ data, meta }) => {
      // The row began after the newlines that ended the previous one (and any blank lines).
      while (text[start] === '\n') start++;
      for (; scanned < start; scanned++) if (text[scanned] === '\n') line++;
      rows.push({ cells: data, line });
      start = meta.cursor;
    },
  });
  return rows;
}

function fromCsv(
  source: string,
  idPrefix: string,
  registry: Fields,
  onProgress?: OnProgress,
): ImportResult {
  const [headerRow, ...body] = csvRows(source);
  const header = headerRow?.cells;
  if (!header) return { ok: false, failure: 'empty' };
  const { fields, byHeader } = mapping(registry);
  const columns = header.map((h) => byHeader.get(normalise(String(h)))?.id ?? null);
  const missing = fields
    .filter((f) => f.import.required && !columns.includes(f.id))
    .map((f) => f.import.aliases[0]);
  if (missing.length) return { ok: false, failure: 'missingColumns', detail: missing.join(', ') };
  if (body.length > MAX_ROWS)
    return { ok: false, failure: 'tooManyRows', detail: String(body.length) };
  const records = body.map(({ cells, line }, i): Entry => {
    // A row with more or fewer fields than the header is reported whole, never guessed at.
    if (cells.length !== header.length)
      return {
        problem: {
          row: i + 1,
          line,
          column: null,
          reason: 'fieldCount',
          found: cells.length,
          expected: header.length,
        },
      };
    const record: Record_ = {};
    columns.forEach((col, i) => {
      if (col && record[col] === undefined) record[col] = cells[i];
    });
    return { cells: record };
  });
  return collect(records, 'csv', idPrefix, registry, onProgress);
}

function fromJson(
  source: string,
  idPrefix: string,
  registry: Fields,
  onProgress?: OnProgress,
): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return { ok: false, failure: 'badJson' };
  }
  // An array of rows, or what Download JSON writes: { models: [...] }.
  const rows = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { models?: unknown }).models)
      ? (data as { models: unknown[] }).models
      : null;
  if (!rows) return { ok: false, failure: 'notRows' };
  if (rows.length > MAX_ROWS)
    return { ok: false, failure: 'tooManyRows', detail: String(rows.length) };
  const { byHeader } = mapping(registry);
  const records = rows.map((row) => {
    const record: Record_ = {};
    if (row && typeof row === 'object' && !Array.isArray(row)) {
      for (const [key, value] of Object.entries(row as Record<string, unknown>)) {
        const field = byHeader.get(normalise(key));
        if (!field || record[field.id] !== undefined) continue;
        if (field.import.textOnly && Array.isArray(value)) continue;
        if (typeof value === 'string' || typeof value === 'number' || Array.isArray(value))
          record[field.id] = value;
      }
    }
    return { cells: record };
  });
  return collect(records, 'json', idPrefix, registry, onProgress);
}

/**
 * Reads a user's file into models. Never throws: a file it cannot use gets a failure code; rows it
 * cannot use are listed with their row, column and reason, and the good rows still come through.
 */
export function parseImport(
  source: string,
  fileName: string,
  idPrefix: string,
  encoding: TextEncoding = 'utf-8',
  onProgress?: OnProgress,
  registry: Fields = FIELDS,
): ImportResult {
  const result = parseText(source, fileName, idPrefix, registry, onProgress);
  return result.ok ? { ...result, encoding } : result;
}

function parseText(
  source: string,
  fileName: string,
  idPrefix: string,
  registry: Fields,
  onProgress?: OnProgress,
): ImportResult {
  try {
    if (source.length > MAX_BYTES) return { ok: false, failure: 'tooLarge' };
    const content = source.replace(/^\uFEFF/, '');
    if (!content.trim()) return { ok: false, failure: 'empty' };
    // Binary files decode to NULs, control bytes and replacement characters.
    const sample = content.slice(0, 65536);
    // eslint-disable-next-line no-control-regex
    const odd = (sample.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g) ?? []).length;
    if (odd > 0 && odd / sample.length > 0.01) return { ok: false, failure: 'binary' };
    const looksJson = /\.json$/i.test(fileName) || /^\s*[[{]/.test(content);
    return looksJson
      ? fromJson(content, idPrefix, registry, onProgress)
      : fromCsv(content, idPrefix, registry, onProgress);
  } catch (error) {
    return {
      ok: false,
      failure: 'notRows',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}
