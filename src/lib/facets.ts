import { BACKBONES, isNotStated } from '../data/backbones';
import type { Model } from '../data/schema';
import { FACET_FIELDS, type FacetField, type FacetId, type FacetSpec } from './fields';
import { naturalCollator } from './natural-key';

/** The facets, as the registry (lib/fields.ts) declares them. */
export const FACETS = FACET_FIELDS.map((f) => f.id as FacetId);
export type Facet = FacetId;

export type { FacetField };
const byId = new Map(FACET_FIELDS.map((f) => [f.id, f]));
/** A facet's field, from its id or as it is (a field a registry in a test adds is given whole). */
export const facetField = (facet: string | FacetField): FacetField =>
  typeof facet === 'string' ? byId.get(facet)! : facet;

/** The values a row holds for a facet; Task and Group cells may hold several. */
export function facetValues(model: Model, facet: Facet | FacetField): readonly string[] {
  return facetField(facet).facet.values(model);
}

export interface FacetOption {
  value: string;
  /** Rows holding the value in the whole dataset, whatever the filters. */
  total: number;
}

const backboneRank = (v: string) => {
  if (isNotStated(v)) return Number.MAX_SAFE_INTEGER;
  const i = (BACKBONES as readonly string[]).indexOf(v);
  return i === -1 ? BACKBONES.length : i;
};

const ORDERS: Record<FacetSpec['order'], (a: FacetOption, b: FacetOption) => number> = {
  number: (a, b) => Number(a.value) - Number(b.value),
  source: (a, b) => (a.value === 'paper' ? -1 : b.value === 'paper' ? 1 : 0),
  backbone: (a, b) =>
    backboneRank(a.value) - backboneRank(b.value) || naturalCollator.compare(a.value, b.value),
  frequency: (a, b) => b.total - a.total || naturalCollator.compare(a.value, b.value),
};

/**
 * Every value a facet can take in the dataset, in a stable display order (the field's `order`).
 * Stable on purpose: options must not jump under the pointer as counts change.
 */
export function facetOptions(models: readonly Model[], facet: Facet | FacetField): FacetOption[] {
  const field = facetField(facet);
  const totals = new Map<string, number>();
  for (const model of models) {
    for (const value of field.facet.values(model)) totals.set(value, (totals.get(value) ?? 0) + 1);
  }
  return [...totals].map(([value, total]) => ({ value, total })).sort(ORDERS[field.facet.order]);
}
