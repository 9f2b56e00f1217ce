import Papa from 'papaparse';
import type { Model } from '../data/schema';
import { SURVEY_ARXIV_ID } from '../data/survey';
import { FIELDS, modelLink, type Fields } from './fields';
import type { Translate } from '../i18n';
import type { Filters } from './filter';
import { downloadBlob } from './download';
import { exportFileName } from './file-names';

/**
 * The rows as filtered and sorted, every column plus the reference. Multi-valued cells are
 * comma-separated, as in Table 1. Cells that a spreadsheet would run as a formula (= + - @ followed
 * by more) are quoted with a leading apostrophe; the paper's lone "-" backbone stays as published.
 */
export function toCsv(rows: readonly Model[], t: Translate, fields: Fields = FIELDS): string {
  const columns = fields.filter((f) => f.csv);
  const data = rows.map((m) => columns.map((f) => f.text(m, t)));
  return Papa.unparse(
    { fields: columns.map((f) => t(f.label)), data },
    { escapeFormulae: /^[=+\-@\t\r].+/s, newline: '\r\n' },
  );
}

export function toJson(rows: readonly Model[], filters: Filters): string {
  return JSON.stringify(
    {
      source: `Sora survey explorer: Table 1 of arXiv:${SURVEY_ARXIV_ID}`,
      exported: new Date().toISOString(),
      filters,
      count: rows.length,
      models: rows.map((m) => ({ ...m, link: modelLink(m) || null })),
    },
    null,
    2,
  );
}

export function downloadTable(
  format: 'csv' | 'json',
  rows: readonly Model[],
  filters: Filters,
  t: Translate,
) {
  const fileName = exportFileName('models', filters, format);
  if (format === 'csv') {
    // A BOM so spreadsheet programs read the UTF-8 (Chinese notes, accented names) correctly.
    downloadBlob(
      new Blob(['\uFEFF', toCsv(rows, t)], { type: 'text/csv;charset=utf-8' }),
      fileName,
    );
  } else {
    downloadBlob(new Blob([toJson(rows, filters)], { type: 'application/json' }), fileName);
  }
}
