import { csvRows } from './csv-rows';
import type { TextEncoding } from './decode';
import { FIELDS, type Fields } from './fields';
import { collect, mapping, normalise, type Entry, type Record_ } from './import-rows';
import { MAX_BYTES, MAX_ROWS, type ImportResult, type OnProgress } from './import-result';

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
    .filter((f) => f.spec.required && !columns.includes(f.id))
    .map((f) => f.spec.aliases[0]);
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
        if (field.spec.textOnly && Array.isArray(value)) continue;
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
