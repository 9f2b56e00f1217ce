import { useId, useState, type ReactNode } from 'react';
import type { Facet, FacetOption } from '../../lib/facets';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../store/store';
import { valueLabel } from '../../i18n/value-label';
import './filters.css';

interface Props {
  facet: Facet;
  options: readonly FacetOption[];
  counts: ReadonlyMap<string, number>;
  /** A text box that narrows a long option list (Group has 35 values). */
  searchable?: boolean;
  /** Extra controls under the legend, e.g. Task's Any/All switch. */
  children?: ReactNode;
}

/** One facet: a checkbox per value, labelled `VALUE (COUNT)`; counts of zero stay, dimmed. */
export function FacetFieldset({ facet, options, counts, searchable, children }: Props) {
  const t = useT();
  const selected = useAppStore((s) => s.filters[facet]);
  const toggle = useAppStore((s) => s.toggleFacetValue);
  const [narrow, setNarrow] = useState('');
  const filterId = useId();
  const needle = narrow.trim().toLowerCase();
  const shown = needle ? options.filter((o) => o.value.toLowerCase().includes(needle)) : options;

  return (
    <fieldset className={`facet facet--${facet}`}>
      <legend>{t(`facet.${facet}`)}</legend>
      {children}
      {searchable && (
        <div className="facet__filter">
          <label htmlFor={filterId} className="sr-only">
            {t('filters.groupFilter')}
          </label>
          <input
            id={filterId}
            type="text"
            value={narrow}
            placeholder={t('filters.groupFilter')}
            onChange={(e) => setNarrow(e.target.value)}
            autoComplete="off"
          />
        </div>
      )}
      <ul className={`facet__options${searchable ? ' facet__options--scroll' : ''}`}>
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
                  <span className="facet__value">{valueLabel(facet, value, t)}</span>{' '}
                  <span className="facet__count">({count})</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {searchable && shown.length === 0 && (
        <p className="facet__none">{t('filters.groupFilterEmpty', { text: narrow })}</p>
      )}
    </fieldset>
  );
}
