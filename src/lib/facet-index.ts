import type { Model } from '../data/schema';
import { FACETS, facetValues, type Facet } from './facets';

/**
 * One facet's values for a list of rows, as numbers: each distinct value gets an id, and row i
 * holds ids[starts[i]] up to (not including) ids[starts[i + 1]]. Filtering and counting 100,000
 * rows then reads typed arrays instead of strings and maps.
 */
export interface FacetColumn {
  values: string[];
  idOf: ReadonlyMap<string, number>;
  starts: Int32Array;
  ids: Int32Array;
}

const indexes = new WeakMap<readonly Model[], Record<Facet, FacetColumn>>();

function column(models: readonly Model[], facet: Facet): FacetColumn {
  const values: string[] = [];
  const idOf = new Map<string, number>();
  const starts = new Int32Array(models.length + 1);
  const ids: number[] = [];
  models.forEach((model, i) => {
    for (const value of facetValues(model, facet)) {
      let id = idOf.get(value);
      if (id === undefined) {
        id = values.push(value) - 1;
        idOf.set(value, id);
      }
      ids.push(id);
    }
    starts[i + 1] = ids.length;
  });
  return { values, idOf, starts, ids: Int32Array.from(ids) };
}

/** Built once per list of rows (the lists never change: a change makes a new list). */
export function facetIndex(models: readonly Model[]): Record<Facet, FacetColumn> {
  let index = indexes.get(models);
  if (!index) {
    index = Object.fromEntries(FACETS.map((f) => [f, column(models, f)])) as Record<
      Facet,
      FacetColumn
    >;
    indexes.set(models, index);
  }
  return index;
}
