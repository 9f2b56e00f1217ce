import { modelSchema, type Model } from '../data/schema';
import { importerOf, type Cell, type ImportSpec } from './field-import';
import type { Field, Fields } from './fields';
import { MAX_ROWS, type ImportResult, type OnProgress, type RowProblem } from './import-result';

/** A row's cells by field id; or a row already known to be unusable. */
export type Record_ = Partial<Record<string, Cell>>;
export type Entry = { cells: Record_ } | { problem: RowProblem };
export const normalise = (h: string) => h.toLowerCase().replace(/[\s_\-.:()（）]/g, '');

/** What the registry's fields say of importing: header names in English or Chinese, checks. */
type Importable = Field & { spec: ImportSpec };
interface Mapping {
  fields: Importable[];
  byHeader: Map<string, Importable>;
}
const mappings = new WeakMap<Fields, Mapping>();
export function mapping(registry: Fields): Mapping {
  let found = mappings.get(registry);
  if (!found) {
    const fields = registry.flatMap((f) =>
      f.import ? [{ ...f, spec: importerOf(f.import) }] : [],
    );
    const byHeader = new Map(
      fields.flatMap((f) => [f.id, ...f.spec.aliases].map((n) => [normalise(n), f] as const)),
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
    const parsed = field.spec.parse(cells[field.id]);
    if ('problem' in parsed) problems.push({ row, column: field.id, reason: parsed.problem });
    else if (parsed.value !== null) {
      if (field.spec.assign) field.spec.assign(draft, parsed.value);
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

const PROGRESS_EVERY = 2_000;

/** The rows checked one by one: the good ones as models, the others as problems. */
export function collect(
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
