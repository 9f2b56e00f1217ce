import { useId } from 'react';
import { makeSpan, monthOf, type Month } from '../../lib/release-span';
import { monthLabel } from '../../lib/span-label';
import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';
import { useFacetOptions } from '../../store/derived';
import './filters.css';

/**
 * The keyboard's way to the release span the timeline draws: two sliders over the months of the
 * data, a month per arrow key (Page Up/Down a year, Home/End the ends). A thumb at its end leaves
 * that end open; the thumbs cannot cross. Sliders rather than month fields: those are missing in
 * Firefox and Safari, and typing into Chromium's is unpredictable.
 */
export function SpanFieldset() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const span = useAppStore((s) => s.filters.span);
  const setSpan = useAppStore((s) => s.setSpan);
  const years = useFacetOptions().year;
  const noteId = useId();
  if (years.length === 0) return null;
  const min = monthOf(Number(years[0]!.value), 1);
  const max = monthOf(Number(years.at(-1)!.value), 12);
  // A link's span may reach past the data: the thumbs (and what they say) stay on the track.
  const clamp = (m: Month) => Math.min(max, Math.max(min, m));
  const from = clamp(span?.from ?? min);
  const to = Math.max(from, clamp(span?.to ?? max));

  const change = (next: { from: Month; to: Month }) =>
    setSpan(makeSpan(next.from <= min ? null : next.from, next.to >= max ? null : next.to));

  const slider = (end: 'from' | 'to', value: Month) => (
    <label className="span-slider">
      <span className="span-slider__label">
        {t(end === 'from' ? 'span.from' : 'span.to')}
        {t('span.colon')}
        <strong>{monthLabel(value, locale)}</strong>
      </span>
      <input
        type="range"
        min={min}
        max={max}
        step={1}
        value={value}
        aria-label={t(end === 'from' ? 'span.from' : 'span.to')}
        aria-valuetext={monthLabel(value, locale)}
        aria-describedby={noteId}
        onKeyDown={(e) => {
          // A year per Page key, as a calendar would (the browser's step is a tenth of the range).
          if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
          e.preventDefault();
          const moved = Math.min(max, Math.max(min, value + (e.key === 'PageUp' ? 12 : -12)));
          change(
            end === 'from'
              ? { from: Math.min(moved, to), to }
              : { from, to: Math.max(moved, from) },
          );
        }}
        onChange={(e) => {
          const month = Number(e.currentTarget.value);
          change(
            end === 'from'
              ? { from: Math.min(month, to), to }
              : { from, to: Math.max(month, from) },
          );
        }}
      />
    </label>
  );

  return (
    <fieldset className="facet span-fieldset">
      <legend>{t('span.legend')}</legend>
      {slider('from', from)}
      {slider('to', to)}
      <p id={noteId} className="span-fieldset__note">
        {t('span.note')}
      </p>
      {span && (
        <button
          type="button"
          className="button button--small"
          onClick={(e) => {
            // The button goes with the span: focus moves to the first slider, not to the page.
            e.currentTarget.closest('fieldset')?.querySelector('input')?.focus();
            setSpan(null);
          }}
        >
          {t('span.clear')}
        </button>
      )}
    </fieldset>
  );
}
