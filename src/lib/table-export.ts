import Papa from 'papaparse';
import type { Model } from '../data/schema';
import { arxivUrl, SURVEY_ARXIV_ID } from '../data/survey';
import type { Translate } from '../i18n';
import type { Filters } from './filter';
import { downloadBlob } from './download';
import { exportFileName } from './file-names';

/** The paper row's arXiv page, or an imported row's own link. */
function link(model: Model): string {
  return model.work?.arxiv ? arxivUrl(model.work.arxiv) : (model.link ?? '');
}

function citedWork(model: Model): string {
  const w = model.work;
  if (!w) return '';
  return [w.title, w.venue, w.webPage].filter(Boolean).join(', ');
}

/**
 * The rows as filtered and sorted, every column plus the reference. Multi-valued cells are
 * comma-separated, as in Table 1. Cells that a spreadsheet would run as a formula (= + - @ followed
 * by more) are quoted with a leading apostrophe; the paper's lone "-" backbone stays as published.
 */
export function toCsv(rows: readonly Model[], t: Translate): string {
  const header = [
    'csv.model',
    'csv.year',
    'csv.backbone',
    'csv.task',
    'csv.group',
    'csv.ref',
    'csv.cited',
    'csv.arxiv',
    'csv.link',
    'csv.notes',
  ] as const;
  const data = rows.map((m) => [
    m.name,
    m.year,
    m.backbone,
    m.tasks.join(', '),
    m.groups.join(', '),
    m.ref ?? '',
    citedWork(m),
    m.work?.arxiv ?? '',
    link(m),
    [...m.notes.map((code) => t(`note.${code}`)), ...(m.note ? [m.note] : [])].join(' | '),
  ]);
  return Papa.unparse(
    { fields: header.map((k) => t(k)), data },
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
      models: rows.map((m) => ({ ...m, link: link(m) || null })),
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
