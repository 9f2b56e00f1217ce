import type { ReactNode } from 'react';
import type { Model } from '../data/schema';
import type { Translate } from '../i18n';
import type { Field } from '../lib/fields';
import { BackboneBadge } from './backbone-badge';
import { ChipList } from './chips';

/** Where a value is drawn: a table cell (lists as chips), the detail, or a slide (plain text). */
export type Place = 'cell' | 'detail' | 'slide';

/** A field's value for one model, drawn the way its kind asks (lib/fields.ts declares the kinds). */
export function fieldValue(field: Field, model: Model, place: Place, t: Translate): ReactNode {
  switch (field.kind) {
    case 'backbone':
      return <BackboneBadge backbone={model.backbone} />;
    case 'list':
      return place === 'cell' ? <ChipList values={listOf(field, model)} /> : field.text(model, t);
    case 'ref':
      if (model.ref !== null) return `[${model.ref}]`;
      return place === 'detail' ? t('ref.none') : '—';
    case 'source':
      return t(model.source === 'paper' ? 'value.paper' : 'value.imported');
    case 'link': {
      const href = field.text(model, t);
      // Only http(s) links pass the schema; the text shown is the address itself.
      return href ? (
        <a href={href} target="_blank" rel="noopener noreferrer nofollow">
          {href}
        </a>
      ) : null;
    }
    default:
      return field.text(model, t);
  }
}

/** A list field's values: the facet's, where it is one; else its text split at commas. */
function listOf(field: Field, model: Model): readonly string[] {
  if (field.facet) return field.facet.values(model);
  return field
    .text(model, (key) => key)
    .split(', ')
    .filter(Boolean);
}
