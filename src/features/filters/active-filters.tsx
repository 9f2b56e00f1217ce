import { useRef } from 'react';
import { FACET_FIELDS } from '../../lib/fields';
import { hasActiveFilters, selection } from '../../lib/filter';
import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';
import { valueLabel } from '../../lib/value-label';
import { spanLabel } from '../../lib/span-label';
import './filters.css';

/** The filters in force as removable chips, with one button to clear them all. */
export function ActiveFilters() {
  const t = useT();
  const filters = useAppStore((s) => s.filters);
  const toggle = useAppStore((s) => s.toggleFacetValue);
  const setQuery = useAppStore((s) => s.setQuery);
  const setSpan = useAppStore((s) => s.setSpan);
  const locale = useAppStore((s) => s.locale);
  const clear = useAppStore((s) => s.clearFilters);
  const active = hasActiveFilters(filters);
  const clearButton = useRef<HTMLButtonElement>(null);
  // A chip removes itself: focus moves to Clear filters, which is always there, not to the page.
  const removed = () => clearButton.current?.focus();

  return (
    <div className="active-filters">
      {active && (
        <ul aria-label={t('filters.active')} className="active-filters__list">
          {FACET_FIELDS.flatMap((field) =>
            selection(filters, field.id).map((value) => {
              const label = valueLabel(field, value, t);
              const facet = t(field.label);
              return (
                <li key={`${field.id}:${value}`}>
                  <button
                    type="button"
                    className="filter-chip"
                    aria-label={t('filters.remove', { facet, value: label })}
                    onClick={() => {
                      toggle(field.id, value);
                      removed();
                    }}
                  >
                    <span className="filter-chip__facet">{facet}:</span> {label}
                    <span aria-hidden="true" className="filter-chip__x">
                      ×
                    </span>
                  </button>
                </li>
              );
            }),
          )}
          {filters.q.trim() && (
            <li>
              <button
                type="button"
                className="filter-chip"
                aria-label={t('filters.remove', { facet: t('filters.search'), value: filters.q })}
                onClick={() => {
                  setQuery('');
                  removed();
                }}
              >
                {t('filters.searchChip', { q: filters.q })}
                <span aria-hidden="true" className="filter-chip__x">
                  ×
                </span>
              </button>
            </li>
          )}
          {filters.span && (
            <li>
              <button
                type="button"
                className="filter-chip"
                aria-label={t('filters.remove', {
                  facet: t('span.legend'),
                  value: spanLabel(filters.span, locale, t),
                })}
                onClick={() => {
                  setSpan(null);
                  removed();
                }}
              >
                {t('span.chip', { span: spanLabel(filters.span, locale, t) })}
                <span aria-hidden="true" className="filter-chip__x">
                  ×
                </span>
              </button>
            </li>
          )}
        </ul>
      )}
      {/* aria-disabled, not disabled: the button keeps focus when the last filter goes. */}
      <button
        ref={clearButton}
        type="button"
        className="button"
        aria-disabled={!active}
        onClick={() => {
          if (active) clear();
        }}
      >
        {t('filters.clear')}
      </button>
    </div>
  );
}
