import Papa from 'papaparse';
import { modelSchema, webLinkSchema, type Model } from '../data/schema';
import type { TextEncoding } from './decode';

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

export type Column = 'model' | 'year' | 'backbone' | 'task' | 'group' | 'ref' | 'link' | 'notes';
export interface RowProblem {
  /** 1-based data row (a CSV's header is row 0). */
  row: number;
  /** The column at fault; null when the row as a whole is (a wrong number of fields). */
  column: Column | null;
  reason: RowReason;
  /** Where the row starts in the file (CSV), for a problem with the row's shape. */
  line?: number;
  /** For `fieldCount`: the fields the row has, and the header's. */
  found?: number;
  expected?: number;
}
export type RowReason = 'empty' | 'notYear' | 'tooLong' | 'notRef' | 'notLink' | 'fieldCount';

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

const REQUIRED: Column[] = ['model', 'year', 'backbone', 'task', 'group'];

// Header names, matched without case, spaces or punctuation, in English or Chinese.
const HEADERS: Record<Column, string[]> = {
  model: ['model', 'modelname', 'name', '模型', '模型名称', '名称'],
  year: ['year', '年份', '年'],
  backbone: ['backbone', '主干架构', '主干', '架构'],
  task: ['task', 'tasks', '任务'],
  group: ['group', 'groups', '机构', '团队'],
  ref: ['ref', 'reference', 'refs', '文献编号', '文献', '参考文献'],
  link: ['link', 'url', '链接'],
  notes: ['notes', 'note', '说明', '备注'],
};
const normalise = (h: string) => h.toLowerCase().replace(/[\s_\-.:()（）]/g, '');
const HEADER_LOOKUP = new Map<string, Column>(
  (Object.entries(HEADERS) as [Column, string[]][]).flatMap(([col, names]) =>
    names.map((n) => [normalise(n), col]),
  ),
);

type Cell = string | number | readonly unknown[] | null | undefined;

function text(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => String(v)).join(', ');
  return String(value).trim();
}

/** A multi-valued cell: comma-separated (in arrays too, so no value holds a comma), each once. */
function list(value: Cell): string[] {
  const parts = (Array.isArray(value) ? value.map((v) => String(v)) : [text(value)]).flatMap((p) =>
    p.split(','),
  );
  return [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
}

/** Validates one row; either a model or the problems that keep it out. */
function toModel(
  cells: Partial<Record<Column, Cell>>,
  row: number,
  id: string,
): { model: Model } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const problem = (column: Column, reason: RowReason) => problems.push({ row, column, reason });

  const name = text(cells.model);
  if (!name) problem('model', 'empty');
  else if (name.length > 200) problem('model', 'tooLong');

  const yearText = text(cells.year);
  const year = Number(yearText);
  if (!yearText) problem('year', 'empty');
  else if (!/^\d{4}$/.test(yearText) || year < 1900 || year > 2100) problem('year', 'notYear');

  const backbone = text(cells.backbone);
  if (!backbone) problem('backbone', 'empty');
  else if (backbone.length > 100) problem('backbone', 'tooLong');

  const tasks = list(cells.task);
  if (tasks.length === 0) problem('task', 'empty');
  else if (tasks.some((t) => t.length > 100)) problem('task', 'tooLong');

  const groups = list(cells.group);
  if (groups.length === 0) problem('group', 'empty');
  else if (groups.some((g) => g.length > 200)) problem('group', 'tooLong');

  const refText = text(cells.ref).replace(/^\[(.*)\]$/, '$1');
  const ref = refText ? Number(refText) : null;
  if (refText && !(Number.isInteger(ref) && ref! > 0 && ref! < 1e6)) problem('ref', 'notRef');

  const linkText = text(cells.link);
  if (linkText && !webLinkSchema.safeParse(linkText).success) problem('link', 'notLink');

  const note = text(cells.notes);
  if (note.length > 5000) problem('notes', 'tooLong');

  if (problems.length) return { problems };
  const model = modelSchema.safeParse({
    id,
    name,
    ref,
    year,
    backbone,
    tasks,
    groups,
    work: null,
    notes: [],
    source: 'imported',
    link: linkText || null,
    note: note || null,
  });
  // The checks above mirror the schema; this is the schema having the last word.
  return model.success
    ? { model: model.data }
    : { problems: [{ row, column: 'model', reason: 'empty' }] };
}

/** Told now and then how many rows have been checked, so a long import shows it is moving. */
export type OnProgress = (done: number, total: number) => void;
const PROGRESS_EVERY = 2_000;

function collect(
  records: (Partial<Record<Column, Cell>> | RowProblem)[],
  format: 'csv' | 'json',
  idPrefix: string,
  onProgress?: OnProgress,
): ImportResult {
  if (records.length === 0)
    return { ok: false, failure: format === 'csv' ? 'headerOnly' : 'notRows' };
  if (records.length > MAX_ROWS)
    return { ok: false, failure: 'tooManyRows', detail: String(records.length) };
  const good: Model[] = [];
  const bad: RowProblem[] = [];
  records.forEach((cells, i) => {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i, records.length);
    // A row already known to be unusable (a CSV row of the wrong shape) is listed as it is.
    if ('reason' in cells) {
      bad.push(cells);
      return;
    }
    const result = toModel(cells, i + 1, `${idPrefix}-${i + 1}`);
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

function fromCsv(source: string, idPrefix: string, onProgress?: OnProgress): ImportResult {
  const [headerRow, ...body] = csvRows(source);
  const header = headerRow?.cells;
  if (!header) return { ok: false, failure: 'empty' };
  const columns = header.map((h) => HEADER_LOOKUP.get(normalise(String(h))) ?? null);
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length) return { ok: false, failure: 'missingColumns', detail: missing.join(', ') };
  if (body.length > MAX_ROWS)
    return { ok: false, failure: 'tooManyRows', detail: String(body.length) };
  const records = body.map(({ cells, line }, i): Partial<Record<Column, Cell>> | RowProblem => {
    // A row with more or fewer fields than the header is reported whole, never guessed at.
    if (cells.length !== header.length)
      return {
        row: i + 1,
        line,
        column: null,
        reason: 'fieldCount',
        found: cells.length,
        expected: header.length,
      };
    const record: Partial<Record<Column, Cell>> = {};
    columns.forEach((col, i) => {
      if (col && record[col] === undefined) record[col] = cells[i];
    });
    return record;
  });
  return collect(records, 'csv', idPrefix, onProgress);
}

function fromJson(source: string, idPrefix: string, onProgress?: OnProgress): ImportResult {
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
  const records = rows.map((row) => {
    const record: Partial<Record<Column, Cell>> = {};
    if (row && typeof row === 'object' && !Array.isArray(row)) {
      for (const [key, value] of Object.entries(row as Record<string, unknown>)) {
        const col = HEADER_LOOKUP.get(normalise(key));
        if (!col || record[col] !== undefined) continue;
        // Our own JSON keeps notes as codes; a reader's note is in `note`.
        if (col === 'notes' && Array.isArray(value)) continue;
        if (typeof value === 'string' || typeof value === 'number' || Array.isArray(value))
          record[col] = value;
      }
    }
    return record;
  });
  return collect(records, 'json', idPrefix, onProgress);
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
): ImportResult {
  const result = parseText(source, fileName, idPrefix, onProgress);
  return result.ok ? { ...result, encoding } : result;
}

function parseText(
  source: string,
  fileName: string,
  idPrefix: string,
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
      ? fromJson(content, idPrefix, onProgress)
      : fromCsv(content, idPrefix, onProgress);
  } catch (error) {
    return {
      ok: false,
      failure: 'notRows',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}
