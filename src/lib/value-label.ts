import type { Facet } from './facets';
import type { Translate } from '../i18n';
import { isNotStated } from '../data/backbones';

/** How a facet value reads on screen: data as published, except the paper's "-" for no backbone. */
export function valueLabel(facet: Facet, value: string, t: Translate): string {
  if (facet === 'backbone' && isNotStated(value)) return t('value.notStated');
  if (facet === 'source') return t(value === 'paper' ? 'value.paper' : 'value.imported');
  return value;
}
