import { isNotStated } from '../data/backbones';
import { arxivUrl } from '../data/survey';
import type { Model } from '../data/schema';
import { naturalKey } from './natural-key';
import type { FacetField, Field, Fields } from './field-types';

export type { FacetField, FacetSpec, Field, FieldKind, Fields, ImportDecl } from './field-types';

/**
 * The registry of a model's fields (their shape: lib/field-types.ts). The table's columns, the
 * facets, sorting, search, the CSV export, the import's headers, the detail, the slide table and
 * the file names are all derived from it: to add a facet or a column, add a field here (and its
 * label, `field.<id>`, to the catalogues).
 */
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
    search: (m) => [String(m.year)],
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
    search: (m) => [m.backbone],
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
    search: (m) => (m.ref === null ? [] : [`[${m.ref}]`]),
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

/** The registry: every function that reads fields takes another in tests (a column added there). */
export const FIELDS: Fields = DECLARED;
type Declared = (typeof DECLARED)[number];
export type FieldId = Declared['id'];
export type FacetId = Extract<Declared, { facet: object }>['id'];
export type SortId = Extract<Declared, { sort: object }>['id'];

/** The fields that are facets, in the registry's order. */
export const facetFields = (fields: Fields): FacetField[] =>
  fields.filter((f): f is FacetField => !!f.facet);
export const FACET_FIELDS = facetFields(FIELDS);
export const fieldById = (fields: Fields, id: string) => fields.find((f) => f.id === id);
