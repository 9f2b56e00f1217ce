import { useId, useState, type ReactNode } from 'react';
import {
  arrangeFacet,
  facetField,
  type Facet,
  type FacetField,
  type FacetOption,
} from '../../lib/facets';
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

/** A long facet (one with a filter box, e.g. Group) shows this many until asked for all. */
export const FOLDED_OPTIONS = 8;
/** Zero-count options fold behind "Show all" once a facet has this many: it stays short. */
export const ZEROS_FOLD_FROM = 4;

/**
 * One facet: a checkbox per value, labelled `VALUE (COUNT)`. Values at zero under the other filters
 * sink below the rest, dimmed, and fold behind "Show all" when many (lib/facets.ts arrangeFacet).
 */
export function FacetFieldset({ facet: facetOrId, options, counts, children }: Props) {
  const t = useT();
  const field = facetField(facetOrId);
  const facet = field.id;
  const selected = useAppStore((s) => selection(s.filters, facet));
  const toggle = useAppStore((s) => s.toggleFacetValue);
  const [narrow, setNarrow] = useState('');
  const [expanded, setExpanded] = useState(false);
  // The value just clicked holds its place until focus leaves the facet: unticked at zero it would
  // otherwise sink (or fold) from under the pointer and take the keyboard focus with it.
  const [pinned, setPinned] = useState<string | null>(null);
  const filterId = useId();
  const listId = useId();
  const needle = narrow.trim().toLowerCase();
  const withFilter = field.facet.narrowable || options.length > MAX_SHOWN_OPTIONS;
  const kept = new Set(pinned === null ? selected : [...selected, pinned]);
  const arranged = arrangeFacet(options, counts, kept, {
    limit: withFilter ? FOLDED_OPTIONS : undefined,
    zerosFrom: ZEROS_FOLD_FROM,
    keepOrder: field.facet.order === 'number',
  });
  // Typing in the filter box shows every match; otherwise the facet is folded unless asked.
  const foldable = arranged.folded.length < arranged.all.length;
  const unfolded = needle || expanded ? arranged.all : arranged.folded;
  const matching = needle
    ? unfolded.filter((o) => o.value.toLowerCase().includes(needle))
    : unfolded;
  const first = matching.slice(0, MAX_SHOWN_OPTIONS);
  // A ticked value stays in sight (and can be unticked) even when it is not among the first.
  const shown =
    matching.length > MAX_SHOWN_OPTIONS
      ? [...first, ...matching.filter((o, i) => i >= MAX_SHOWN_OPTIONS && kept.has(o.value))]
      : matching;
  const filterLabel =
    facet === 'group'
      ? t('filters.groupFilter')
      : t('filters.valueFilter', { facet: t(field.label) });

  return (
    <fieldset
      className={`facet facet--${facet}`}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setPinned(null);
      }}
    >
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
      <ul id={listId} className="facet__options">
        {shown.map(({ value }) => {
          const count = counts.get(value) ?? 0;
          const checked = selected.includes(value);
          return (
            <li key={value} className={arranged.empty(value) ? 'is-empty' : undefined}>
              <label>
                <input
                  type="checkbox"
                  name={facet}
                  value={value}
                  checked={checked}
                  onChange={() => {
                    setPinned(value);
                    toggle(facet, value);
                  }}
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
      {foldable && !needle && (
        <button
          type="button"
          className="facet__fold"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          <span className="facet__fold-mark" aria-hidden="true">
            {expanded ? '▾' : '▸'}
          </span>
          {expanded
            ? t('filters.showFewer')
            : facet === 'group'
              ? t('filters.showAllGroups', { count: options.length })
              : t('filters.showAll', { count: options.length })}
        </button>
      )}
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
