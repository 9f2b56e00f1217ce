import { isNotStated } from '../data/backbones';
import { arxivUrl } from '../data/survey';
import type { Model } from '../data/schema';
import type { Translate } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { naturalKey } from './natural-key';

/**
 * One declaration per field of a model. The table's columns, the facets, sorting, search, the CSV
 * export, the import's headers, the detail, the slide table and the file names are all derived
 * from this list: to add a facet or a column, add a field here (and its label to the catalogues).
 */
export interface Field {
  id: string;
  /** One label per language: the header, the facet's legend, the detail, the CSV header. */
  label: MessageKey;
  /** How a value is drawn (components/field-value.tsx). */
  kind: FieldKind;
  /** The value as plain text: the CSV cell, the slide cell, the search. */
  text: (model: Model, t: Translate) => string;
  /** A column of the table (and sortable there when `sort` is given). */
  column?: boolean;
  facet?: FacetSpec;
  /** Filtered by a span of months (the Released sliders and the timeline's drag). */
  span?: boolean;
  /** What the column sorts by; null (a missing value) is last in either direction. */
  sort?: (model: Model) => string | number | null;
  /** The texts the search box looks in. */
  search?: (model: Model) => readonly (string | null | undefined)[];
  csv?: boolean;
  import?: ImportDecl;
  /** Shown in the model's detail: for every row, or in the part about an imported row. */
  detail?: 'main' | 'imported';
  /** A column of the slide that shows Table 1 in full. */
  slide?: boolean;
}

/**
 * How a field is read from an imported file: its header names (or JSON keys, matched without
 * case, spaces or punctuation), whether the file must have it, how a cell is read (lib/field-import.ts,
 * which loads with the import: the schema's limits apply), and the row's property it fills
 * (by default `extra`, under the field's id).
 */
export interface ImportDecl {
  aliases: readonly string[];
  required?: boolean;
  as: 'text' | 'list' | 'year' | 'ref' | 'link' | 'note';
  into?: 'name' | 'year' | 'backbone' | 'tasks' | 'groups' | 'ref' | 'link' | 'note';
}

export type FieldKind =
  | 'name'
  | 'text'
  | 'number'
  | 'backbone'
  | 'list'
  | 'ref'
  | 'work'
  | 'link'
  | 'notes'
  | 'source'
  | 'month';

export interface FacetSpec {
  /** The values a row holds; Task and Group cells may hold several. */
  values: (model: Model) => readonly string[];
  /** The options' order, stable as counts change: by number, by frequency, the paper's backbones, paper first. */
  order: 'number' | 'frequency' | 'backbone' | 'source';
  /** How a value reads on screen, where it differs from the data. */
  valueLabel?: (value: string, t: Translate) => string;
  /** A text box narrows the options (Group has 35). */
  narrowable?: boolean;
  /** Drawn only once the rows hold more than one value (Source, after an import). */
  onlyWhenSeveral?: boolean;
  /** Rows with several values can be asked to hold any or all of those ticked (Task). */
  allMode?: boolean;
  /** Place among the parts of a file name (lower first); a value's slug there. */
  fileName: { rank: number; slug?: (value: string) => string };
}

// One shared array per single value: filtering 100,000 rows asks for these half a million times.
const singles = new Map<string | number, readonly string[]>();
export function single(value: string | number): readonly string[] {
  let values = singles.get(value);
  if (!values) singles.set(value, (values = Object.freeze([String(value)])));
  return values;
}

const list = (values: readonly string[]) => values.join(', ');

/** The paper row's arXiv page, or an imported row's own link. */
export function modelLink(model: Model): string {
  return model.work?.arxiv ? arxivUrl(model.work.arxiv) : (model.link ?? '');
}

const DECLARED = [
  {
    id: 'name',
    label: 'field.name',
    kind: 'name',
    text: (m) => m.name,
    column: true,
    sort: (m) => naturalKey(m.name),
    search: (m) => [m.name],
    csv: true,
    import: {
      aliases: ['model', 'modelname', 'name', '模型', '模型名称', '名称'],
      required: true,
      as: 'text',
      into: 'name',
    },
    slide: true,
  },
  {
    id: 'year',
    label: 'field.year',
    kind: 'number',
    text: (m) => String(m.year),
    column: true,
    facet: { values: (m) => single(m.year), order: 'number', fileName: { rank: 1 } },
    sort: (m) => m.year,
    csv: true,
    import: { aliases: ['year', '年份', '年'], required: true, as: 'year', into: 'year' },
    detail: 'main',
    slide: true,
  },
  { id: 'release', label: 'span.legend', kind: 'month', text: () => '', span: true },
  {
    id: 'backbone',
    label: 'field.backbone',
    kind: 'backbone',
    text: (m) => m.backbone,
    column: true,
    facet: {
      values: (m) => single(m.backbone),
      order: 'backbone',
      valueLabel: (v, t) => (isNotStated(v) ? t('value.notStated') : v),
      fileName: { rank: 0, slug: (v) => (isNotStated(v) ? 'not-stated' : v) },
    },
    sort: (m) => (isNotStated(m.backbone) ? null : naturalKey(m.backbone)),
    csv: true,
    import: {
      aliases: ['backbone', '主干架构', '主干', '架构'],
      required: true,
      as: 'text',
      into: 'backbone',
    },
    detail: 'main',
    slide: true,
  },
  {
    id: 'task',
    label: 'field.task',
    kind: 'list',
    text: (m) => list(m.tasks),
    column: true,
    facet: { values: (m) => m.tasks, order: 'frequency', allMode: true, fileName: { rank: 2 } },
    sort: (m) => naturalKey(list(m.tasks)),
    search: (m) => m.tasks,
    csv: true,
    import: { aliases: ['task', 'tasks', '任务'], required: true, as: 'list', into: 'tasks' },
    detail: 'main',
    slide: true,
  },
  {
    id: 'group',
    label: 'field.group',
    kind: 'list',
    text: (m) => list(m.groups),
    column: true,
    facet: { values: (m) => m.groups, order: 'frequency', narrowable: true, fileName: { rank: 3 } },
    sort: (m) => naturalKey(list(m.groups)),
    search: (m) => m.groups,
    csv: true,
    import: {
      aliases: ['group', 'groups', '机构', '团队'],
      required: true,
      as: 'list',
      into: 'groups',
    },
    detail: 'main',
    slide: true,
  },
  {
    id: 'ref',
    label: 'field.ref',
    kind: 'ref',
    text: (m) => (m.ref === null ? '' : String(m.ref)),
    column: true,
    sort: (m) => m.ref,
    csv: true,
    import: {
      aliases: ['ref', 'reference', 'refs', '文献编号', '文献', '参考文献'],
      as: 'ref',
      into: 'ref',
    },
    detail: 'main',
  },
  {
    id: 'cited',
    label: 'field.cited',
    kind: 'work',
    text: (m) => [m.work?.title, m.work?.venue, m.work?.webPage].filter(Boolean).join(', '),
    search: (m) => [m.work?.title, m.work?.webPage],
    csv: true,
    detail: 'main',
  },
  { id: 'arxiv', label: 'field.arxiv', kind: 'text', text: (m) => m.work?.arxiv ?? '', csv: true },
  {
    id: 'source',
    label: 'field.source',
    kind: 'source',
    text: (m) => m.source,
    facet: {
      values: (m) => single(m.source),
      order: 'source',
      valueLabel: (v, t) => t(v === 'paper' ? 'value.paper' : 'value.imported'),
      onlyWhenSeveral: true,
      fileName: { rank: 4 },
    },
    detail: 'imported',
  },
  {
    id: 'link',
    label: 'field.link',
    kind: 'link',
    text: modelLink,
    csv: true,
    import: { aliases: ['link', 'url', '链接'], as: 'link', into: 'link' },
    detail: 'imported',
  },
  {
    id: 'notes',
    label: 'field.notes',
    kind: 'notes',
    text: (m, t) =>
      [...m.notes.map((code) => t(`note.${code}`)), ...(m.note ? [m.note] : [])].join(' | '),
    csv: true,
    import: { aliases: ['notes', 'note', '说明', '备注'], as: 'note', into: 'note' },
    detail: 'imported',
  },
] as const satisfies readonly Field[];

export type Fields = readonly Field[];
/** The registry: every function that reads fields takes another in tests (a column added there). */
export const FIELDS: Fields = DECLARED;
type Declared = (typeof DECLARED)[number];
export type FieldId = Declared['id'];
export type FacetId = Extract<Declared, { facet: object }>['id'];
export type SortId = Extract<Declared, { sort: object }>['id'];

export type FacetField = Field & { facet: FacetSpec };
/** The fields that are facets, in the registry's order. */
export const facetFields = (fields: Fields): FacetField[] =>
  fields.filter((f): f is FacetField => !!f.facet);
export const FACET_FIELDS = facetFields(FIELDS);
export const fieldById = (fields: Fields, id: string) => fields.find((f) => f.id === id);
