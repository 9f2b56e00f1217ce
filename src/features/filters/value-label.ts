import type { Facet } from '../../lib/facets';
import type { Translate } from '../../i18n';

/** How a facet value reads on screen: data as published, except the paper's "-" for no backbone. */
export function valueLabel(facet: Facet, value: string, t: Translate): string {
  return facet === 'backbone' && value === '-' ? t('value.notStated') : value;
}
