import { useId, useState, type ReactNode } from 'react';
import { facetField, type Facet, type FacetField, type FacetOption } from '../../lib/facets';
import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';
import { selection } from '../../lib/filter';
import { valueLabel } from '../../lib/value-label';
import './filters.css';

interface Props {
  /** The facet's field (lib/fields.ts), or its id. */
  facet: Facet | FacetField;
  options: readonly FacetOption[];
  counts: ReadonlyMap<string, number>;
  /** Extra controls under the legend, e.g. Task's Any/All switch. */
  children?: ReactNode;
}

/**
 * The most checkboxes a facet draws at once. An import can bring 100,000 distinct values, and
 * drawing them all would stall the page for a minute; past this, the list asks for a few letters.
 */
export const MAX_SHOWN_OPTIONS = 200;

/** One facet: a checkbox per value, labelled `VALUE (COUNT)`; counts of zero stay, dimmed. */
export function FacetFieldset({ facet: facetOrId, options, counts, children }: Props) {
  const t = useT();
  const field = facetField(facetOrId);
  const facet = field.id;
  const selected = useAppStore((s) => selection(s.filters, facet));
  const toggle = useAppStore((s) => s.toggleFacetValue);
  const [narrow, setNarrow] = useState('');
  const filterId = useId();
  const needle = narrow.trim().toLowerCase();
  const withFilter = field.facet.narrowable || options.length > MAX_SHOWN_OPTIONS;
  const matching = needle ? options.filter((o) => o.value.toLowerCase().includes(needle)) : options;
  const first = matching.slice(0, MAX_SHOWN_OPTIONS);
  // A ticked value stays in sight (and can be unticked) even when it is not among the first.
  const shown =
    matching.length > MAX_SHOWN_OPTIONS
      ? [
          ...first,
          ...matching.filter((o, i) => i >= MAX_SHOWN_OPTIONS && selected.includes(o.value)),
        ]
      : matching;
  const filterLabel =
    facet === 'group'
      ? t('filters.groupFilter')
      : t('filters.valueFilter', { facet: t(field.label) });

  return (
    <fieldset className={`facet facet--${facet}`}>
      <legend>{t(field.label)}</legend>
      {children}
      {withFilter && (
        <div className="facet__filter">
          <label htmlFor={filterId} className="sr-only">
            {filterLabel}
          </label>
          <input
            id={filterId}
            type="text"
            value={narrow}
            placeholder={filterLabel}
            onChange={(e) => setNarrow(e.target.value)}
            autoComplete="off"
          />
        </div>
      )}
      <ul className={`facet__options${withFilter ? ' facet__options--scroll' : ''}`}>
        {shown.map(({ value }) => {
          const count = counts.get(value) ?? 0;
          const checked = selected.includes(value);
          return (
            <li key={value} className={count === 0 && !checked ? 'is-empty' : undefined}>
              <label>
                <input
                  type="checkbox"
                  name={facet}
                  value={value}
                  checked={checked}
                  onChange={() => toggle(facet, value)}
                />
                <span>
                  <span className="facet__value">{valueLabel(field, value, t)}</span>{' '}
                  <span className="facet__count">({count})</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {withFilter && shown.length === 0 && (
        <p className="facet__none">
          {facet === 'group'
            ? t('filters.groupFilterEmpty', { text: narrow })
            : t('filters.valueFilterEmpty', { text: narrow })}
        </p>
      )}
      {matching.length > MAX_SHOWN_OPTIONS && (
        <p className="facet__more">
          {t('filters.moreOptions', { shown: MAX_SHOWN_OPTIONS, total: matching.length })}
        </p>
      )}
    </fieldset>
  );
}
