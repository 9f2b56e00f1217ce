import type { Model } from '../data/schema';
import type { Translate } from '../i18n';
import type { MessageKey } from '../i18n/en';

/** What a field of a model declares (the registry, lib/fields.ts, lists the fields). */
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

export type Fields = readonly Field[];
export type FacetField = Field & { facet: FacetSpec };
