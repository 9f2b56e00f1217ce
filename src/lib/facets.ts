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

/** How a facet's options are laid out under the other filters (lib/facets.test.ts). */
export interface FacetFold {
  /** Most options a folded facet draws (Group's dozens); none for a short facet. */
  limit?: number;
  /** Zero-count options fold away once there are this many of them. */
  zerosFrom: number;
  /** A scale read in its order (years): zeros dim in place instead of sinking. */
  keepOrder?: boolean;
}

export interface ArrangedFacet {
  /** Every option: those with rows (or kept) first, then those at zero, each in the facet's order. */
  all: FacetOption[];
  /** What the folded facet draws: `all` less the folded options, in the same order. */
  folded: FacetOption[];
  /** Whether an option is at zero and not kept (drawn dimmed). */
  empty: (value: string) => boolean;
}

/**
 * Options at zero sink below the rest, keeping their order, so what can still be picked reads
 * first (a scale such as the years keeps its order, its zeros dimmed in place); folded, a long
 * facet shows its first `limit` and no zeros once they are many. A kept option (ticked, or just
 * clicked) never sinks nor folds: it can always be unticked where it was.
 */
export function arrangeFacet(
  options: readonly FacetOption[],
  counts: ReadonlyMap<string, number>,
  kept: ReadonlySet<string>,
  { limit = Infinity, zerosFrom, keepOrder = false }: FacetFold,
): ArrangedFacet {
  const empty = (value: string) => !kept.has(value) && (counts.get(value) ?? 0) === 0;
  const live = options.filter((o) => !empty(o.value));
  const zeros = options.filter((o) => empty(o.value));
  // With nothing else to show (no row passes), the zeros stay in sight rather than fold to nothing.
  const zerosShown =
    live.length === 0 || (zeros.length < zerosFrom && live.length + zeros.length <= limit);
  const folded = live.filter((o, i) => i < limit || kept.has(o.value));
  if (zerosShown) folded.push(...zeros.slice(0, Math.max(0, limit - folded.length)));
  if (keepOrder) {
    // 2022 (0), 2023 (0), 2024 (1) reads as a timeline; 2024, 2022 (0), 2023 (0) does not.
    const drawn = new Set(folded);
    return { all: [...options], folded: options.filter((o) => drawn.has(o)), empty };
  }
  return { all: [...live, ...zeros], folded, empty };
}
