import { BACKBONES, isNotStated } from '../data/backbones';
import type { Model } from '../data/schema';
import { naturalCollator } from './natural-key';

export const FACETS = ['year', 'backbone', 'task', 'group', 'source'] as const;
export type Facet = (typeof FACETS)[number];

// One shared array per single value: filtering 100,000 rows asks for these half a million times.
const single = new Map<string | number, readonly string[]>();
function one(value: string | number): readonly string[] {
  let values = single.get(value);
  if (!values) single.set(value, (values = Object.freeze([String(value)])));
  return values;
}

/** The values a row holds for a facet; Task and Group cells may hold several. */
export function facetValues(model: Model, facet: Facet): readonly string[] {
  switch (facet) {
    case 'year':
      return one(model.year);
    case 'backbone':
      return one(model.backbone);
    case 'task':
      return model.tasks;
    case 'group':
      return model.groups;
    case 'source':
      return one(model.source);
  }
}

export interface FacetOption {
  value: string;
  /** Rows holding the value in the whole dataset, whatever the filters. */
  total: number;
}

/**
 * Every value a facet can take in the dataset, in a stable display order: years ascending,
 * backbones as the paper lists them (with "not stated" last), tasks and groups by frequency.
 * Stable on purpose: options must not jump under the pointer as counts change.
 */
export function facetOptions(models: readonly Model[], facet: Facet): FacetOption[] {
  const totals = new Map<string, number>();
  for (const model of models) {
    for (const value of facetValues(model, facet)) totals.set(value, (totals.get(value) ?? 0) + 1);
  }
  const options = [...totals].map(([value, total]) => ({ value, total }));
  if (facet === 'year') return options.sort((a, b) => Number(a.value) - Number(b.value));
  if (facet === 'source')
    return options.sort((a, b) => (a.value === 'paper' ? -1 : b.value === 'paper' ? 1 : 0));
  if (facet === 'backbone') {
    const rank = (v: string) => {
      if (isNotStated(v)) return Number.MAX_SAFE_INTEGER;
      const i = (BACKBONES as readonly string[]).indexOf(v);
      return i === -1 ? BACKBONES.length : i;
    };
    return options.sort(
      (a, b) => rank(a.value) - rank(b.value) || naturalCollator.compare(a.value, b.value),
    );
  }
  return options.sort((a, b) => b.total - a.total || naturalCollator.compare(a.value, b.value));
}
