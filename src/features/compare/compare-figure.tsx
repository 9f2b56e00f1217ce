import { SURVEY_ARXIV_ID } from '../../data/survey';
import { CrossGrid } from '../../components/cross-grid';
import { PointerWords } from '../../components/pointer-words';
import { useDeferredAbove } from '../../components/use-deferred';
import { CROSS_FACETS, chooseAxis, type CrossFacet } from '../../lib/cross-pair';
import { crossNote, crossTab } from '../../lib/cross-tab';
import { downloadBlob } from '../../lib/download';
import { facetField } from '../../lib/facets';
import { exportFileName } from '../../lib/file-names';
import { valueLabel } from '../../lib/value-label';
import { isPicked } from '../../store/cross-slice';
import { useDerived, useFacetOptions } from '../../store/derived';
import { useAppStore } from '../../store/store';
import { useT } from '../../store/use-t';
import './compare.css';

interface Props {
  /** A cell was pressed: what it does is the page's choice. */
  onPick: (row: string, column: string) => void;
}

/**
 * Compare: any two of Year, Backbone, Task and Group set against each other, over the rows the
 * table shows. The grid is the numbers; it downloads as PNG, SVG and CSV.
 */
export function CompareFigure({ onPick }: Props) {
  const t = useT();
  const cross = useAppStore((s) => s.cross);
  const setCross = useAppStore((s) => s.setCross);
  const filters = useAppStore((s) => s.filters);
  // With many rows the grid follows the table a frame later, as the charts do.
  const rows = useDeferredAbove(
    useDerived().matched,
    useAppStore((s) => s.models.length),
  );
  const tab = crossTab(rows, cross, useFacetOptions());
  const word = (facet: CrossFacet) => t(facetField(facet).label);
  const name = t('compare.gridName', { rows: word(cross.rows), columns: word(cross.columns) });
  const note = crossNote(cross, t);
  const label = (axis: 'rows' | 'columns', value: string) => valueLabel(cross[axis], value, t);
  const fileBase = `compare-${cross.rows}-by-${cross.columns}`;

  const downloadImage = async (format: 'png' | 'svg') => {
    const { exportGrid } = await import('./grid-image');
    await exportGrid(format, {
      tab,
      title: name,
      label,
      note,
      citation: t('export.citation', { id: SURVEY_ARXIV_ID }),
      filters,
      fileBase,
      t,
    });
  };
  const downloadCsv = async () => {
    const { crossTabCsv } = await import('../../lib/cross-tab-csv');
    const csv = crossTabCsv(tab, label, {
      corner: t('compare.corner', { rows: word(cross.rows), columns: word(cross.columns) }),
      total: t('chart.total'),
    });
    // A BOM so spreadsheet programs read the UTF-8 (Chinese labels) correctly.
    downloadBlob(
      new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }),
      exportFileName(fileBase, filters, 'csv'),
    );
  };

  return (
    <figure className="compare-figure" aria-labelledby="compare-caption">
      <figcaption id="compare-caption" className="compare-figure__caption">
        {t('compare.title')}
      </figcaption>
      <div className="compare-figure__controls">
        {(['rows', 'columns'] as const).map((axis) => (
          <label key={axis} className="compare-figure__axis">
            {t(axis === 'rows' ? 'compare.rows' : 'compare.columns')}
            <select
              value={cross[axis]}
              onChange={(e) => setCross(chooseAxis(cross, axis, e.target.value as CrossFacet))}
            >
              {CROSS_FACETS.map((f) => (
                <option key={f} value={f}>
                  {word(f)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {tab.total > 0 ? (
        // Wide grids (Group across) scroll sideways in their own box, never the page.
        <div className="compare-figure__scroll" tabIndex={0} role="region" aria-label={name}>
          <CrossGrid
            tab={tab}
            name={name}
            onPick={onPick}
            picked={(r, c) => isPicked(filters, cross, r, c)}
          />
        </div>
      ) : (
        <p className="compare-figure__empty">{t('empty.title')}</p>
      )}
      <p className="compare-figure__note">{note}</p>
      <p className="compare-figure__note">
        <PointerWords mouse={t('compare.hint')} touch={t('compare.hintTouch')} />
      </p>
      <div className="compare-figure__actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => void downloadImage('png')}
        >
          {t('chart.downloadPng')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => void downloadImage('svg')}
        >
          {t('chart.downloadSvg')}
        </button>
        <button type="button" className="button button--small" onClick={() => void downloadCsv()}>
          {t('compare.downloadCsv')}
        </button>
      </div>
    </figure>
  );
}
