import type { Facet } from './facets';

/** The facets the Compare grid sets against each other (Source, an import's facet, is not one). */
export const CROSS_FACETS = [
  'year',
  'backbone',
  'task',
  'group',
] as const satisfies readonly Facet[];
export type CrossFacet = (typeof CROSS_FACETS)[number];

/** Which facet runs down the grid's rows and which across its columns; never the same one. */
export interface CrossPair {
  readonly rows: CrossFacet;
  readonly columns: CrossFacet;
}

/** Backbone by year: which backbones each year brought, the survey's own question. */
export const DEFAULT_CROSS: CrossPair = Object.freeze({ rows: 'backbone', columns: 'year' });

export const isCrossFacet = (value: string): value is CrossFacet =>
  (CROSS_FACETS as readonly string[]).includes(value);

export const sameCross = (a: CrossPair, b: CrossPair) =>
  a.rows === b.rows && a.columns === b.columns;

/** A `cross=` value, `rows,columns`: two different known facets; anything else is null (ignored). */
export function parseCross(raw: string | null | undefined): CrossPair | null {
  if (!raw) return null;
  const parts = raw.split(',').map((p) => p.trim());
  if (parts.length !== 2) return null;
  const [rows, columns] = parts as [string, string];
  if (!isCrossFacet(rows) || !isCrossFacet(columns) || rows === columns) return null;
  return { rows, columns };
}

export const crossParam = (pair: CrossPair) => `${pair.rows},${pair.columns}`;

/** A facet chosen for one axis; where the other axis has it, the two swap, so they never meet. */
export function chooseAxis(
  pair: CrossPair,
  axis: 'rows' | 'columns',
  facet: CrossFacet,
): CrossPair {
  const other = axis === 'rows' ? 'columns' : 'rows';
  if (pair[axis] === facet) return pair;
  const next = { ...pair, [axis]: facet };
  if (pair[other] === facet) next[other] = pair[axis];
  return next;
}
