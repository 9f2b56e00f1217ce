import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Model } from '../../../data/schema';
import { CrossGrid } from '../../../components/cross-grid';
import type { CrossPair } from '../../../lib/cross-pair';
import { tabulateCross, trimCrossTab } from '../../../lib/cross-tab';
import { facetField } from '../../../lib/facets';
import { useFacetOptions } from '../../../store/derived';
import { useT } from '../../../store/use-t';
import './cross-slide.css';

// What 1280x720 holds at 24 px and up: the rows and columns with the most models, in order.
export const SLIDE_ROWS = 7;
export const SLIDE_COLUMNS = 5;

/**
 * The Compare grid, large: the facets chosen on the Models page, over the rows in view. Where
 * long names wrap and the grid would not fit the slide, it keeps a row fewer until it does.
 */
export function CrossSlide({ pair, rows }: { pair: CrossPair; rows: readonly Model[] }) {
  const t = useT();
  const options = useFacetOptions();
  const whole = useMemo(() => tabulateCross(rows, pair, options), [rows, pair, options]);
  // The row limit found for this grid; a new grid starts again from the most.
  const [fit, setFit] = useState({ of: whole, rows: SLIDE_ROWS });
  const maxRows = fit.of === whole ? fit.rows : SLIDE_ROWS;
  const tab = useMemo(() => trimCrossTab(whole, maxRows, SLIDE_COLUMNS), [whole, maxRows]);
  const slide = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const shrink = () => {
      const el = slide.current;
      if (el && el.scrollHeight > el.clientHeight + 1 && maxRows > 2)
        setFit({ of: whole, rows: maxRows - 1 });
    };
    shrink();
  }, [whole, maxRows]);

  const title = t('compare.gridName', {
    rows: t(facetField(pair.rows).label),
    columns: t(facetField(pair.columns).label),
  });
  const shown = [
    ...(tab.hiddenRows
      ? [t('compare.slideRows', { shown: tab.rows.length, all: whole.rows.length })]
      : []),
    ...(tab.hiddenColumns
      ? [t('compare.slideColumns', { shown: tab.columns.length, all: whole.columns.length })]
      : []),
  ];
  return (
    <div ref={slide} className="slide slide--cross">
      <h2>{title}</h2>
      {tab.total ? <CrossGrid tab={tab} name={title} large /> : <p>{t('empty.title')}</p>}
      {shown.length > 0 && (
        <p className="slide__meta">
          {t('compare.slideTrimmed', { parts: shown.join(t('export.valueSeparator')) })}
        </p>
      )}
    </div>
  );
}
