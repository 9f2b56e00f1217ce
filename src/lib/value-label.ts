import type { Translate } from '../i18n';
import { facetField, type Facet, type FacetField } from './facets';

/** How a facet value reads on screen: data as published, except where the field says otherwise. */
export function valueLabel(facet: Facet | FacetField, value: string, t: Translate): string {
  return facetField(facet).facet.valueLabel?.(value, t) ?? value;
}
