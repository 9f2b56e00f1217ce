import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { flushSync } from 'react-dom';
import { ChartsPanel } from '../features/charts/charts-panel';
import { CompareFigure } from '../features/compare/compare-figure';
import { tickedCount } from '../lib/filter';
import { FilterPanel } from '../features/filters/filter-panel';
import { hasActiveFilters } from '../lib/filter';
import { isPageShortcut, isTypingTarget } from '../lib/page-shortcut';
import { useT } from '../store/use-t';
import { useDerived } from '../store/derived';
import { PointerWords } from '../components/pointer-words';
import { useAppStore } from '../store/store';
import { ActiveFilters } from '../features/filters/active-filters';
import { ModelTable } from '../features/table/model-table';
import { TableDownloads } from '../features/export/table-downloads';
import { CollectionsPanel } from '../features/import/collections-panel';
import { ImportControls } from '../features/import/import-controls';
import './models-page.css';

/**
 * The narrow screens' Filters button: how many filters are on and, on a phone, where it waits at
 * the bottom of the screen, how many models they leave, so the count is in sight beside any card.
 * Alone, so a filter change does not redraw the page.
 */
function ActiveFilterCount() {
  const t = useT();
  const count = useAppStore(
    (s) => tickedCount(s.filters) + (s.filters.q.trim() ? 1 : 0) + (s.filters.span ? 1 : 0),
  );
  const shown = useDerived().rows.length;
  const total = useAppStore((s) => s.models.length);
  return (
    <>
      {t('filters.toggle', { count })}
      <span className="filters-toggle__shown"> · {t('table.status', { shown, total })}</span>
    </>
  );
}

/** The phone sheet's main button: says how many models the filters leave, and shows them. */
function ShowResults({ onShow }: { onShow: () => void }) {
  const t = useT();
  const count = useDerived().rows.length;
  return (
    <button type="button" className="button button--primary filters-show" onClick={onShow}>
      {t('filters.showResults', { count })}
    </button>
  );
}

/** The Models page: the filters beside the table, its charts, imports and downloads. */
export function ModelsPage() {
  const t = useT();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  useSearchKey(setFiltersOpen);
  return (
    <div className="layout">
      <section
        className="layout__filters"
        aria-label={t('filters.title')}
        data-open={filtersOpen}
        onKeyDown={(e) => {
          // Where the filters fold away (the toggle is shown), Escape folds them, as a menu would.
          const folds = toggle.current && toggle.current.getClientRects().length > 0;
          if (e.key !== 'Escape' || !filtersOpen || !folds || isTypingTarget(e.target)) return;
          setFiltersOpen(false);
          toggle.current!.focus();
        }}
      >
        {/* Shown on narrow screens only, where the filters fold away (on phones, to the bottom). */}
        <button
          ref={toggle}
          type="button"
          className="button filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="filter-panel"
          onClick={() => setFiltersOpen((open) => !open)}
        >
          <ActiveFilterCount />
        </button>
        <FilterPanel />
        <ShowResults
          onShow={() => {
            setFiltersOpen(false);
            // The results: the table's first rows (cards on a phone), and focus on the table.
            const table = document.querySelector<HTMLElement>('.model-table');
            table?.scrollIntoView({ block: 'start' });
            document.getElementById('model-table-title')?.focus({ preventScroll: true });
          }}
        />
      </section>
      <div className="layout__main">
        <ModelsMain />
      </div>
    </div>
  );
}

/**
 * `/` focuses the search box from anywhere in the explorer: from another view it comes back to
 * Models (where the search is), and where the filters fold away it unfolds them first.
 */
function useSearchKey(setFiltersOpen: Dispatch<SetStateAction<boolean>>) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isPageShortcut(e, '/')) return;
      e.preventDefault();
      // Drawn at once, so the box is on screen (not parked, not folded) when it takes focus.
      flushSync(() => {
        const { view, setView } = useAppStore.getState();
        if (view !== 'models') setView('models');
        setFiltersOpen(true);
      });
      document.getElementById('model-search')?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setFiltersOpen]);
}

/** Title, live count, active filters, charts, then the table or an explained empty state. */
function ModelsMain() {
  const t = useT();
  const { rows } = useDerived();
  const total = useAppStore((s) => s.models.length);
  const filters = useAppStore((s) => s.filters);
  const clear = useAppStore((s) => s.clearFilters);
  const toggleFacetValue = useAppStore((s) => s.toggleFacetValue);
  const openModel = useAppStore((s) => s.openModel);
  const setSpan = useAppStore((s) => s.setSpan);
  const pickCrossCell = useAppStore((s) => s.pickCrossCell);

  return (
    <section className="table-section" aria-labelledby="model-table-title">
      <div className="table-section__head">
        <h2 id="model-table-title" tabIndex={-1}>
          {t('table.caption')}
        </h2>
        <p role="status" className="result-count">
          {t('table.status', { shown: rows.length, total })}
        </p>
        <ActiveFilters />
      </div>
      <ChartsPanel onToggle={toggleFacetValue} onOpenModel={openModel} onSpan={setSpan} />
      <CollectionsPanel />
      <ModelTable rows={rows} />
      {/* After the rows: the first screen is for the question, the downloads for its answer. */}
      <div className="table-toolbar">
        <ImportControls />
        <TableDownloads rows={rows} />
      </div>
      {rows.length > 0 ? (
        <>
          <p className="table-footnote">
            <PointerWords mouse={t('table.openHint')} touch={t('table.openHintTouch')} />
          </p>
          <p className="table-footnote">{t('table.notesLegend')}</p>
          <p className="table-footnote keys-hint">{t('keys.hint')}</p>
        </>
      ) : (
        <div className="empty-state">
          <p className="empty-state__title">{t('empty.title')}</p>
          <p>{t('empty.hint', { total })}</p>
          {hasActiveFilters(filters) && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                clear();
                // This button goes with the empty result: focus moves to the search box.
                document.getElementById('model-search')?.focus();
              }}
            >
              {t('empty.reset', { total })}
            </button>
          )}
        </div>
      )}
      {/* Compare comes after the rows: the first screen is the question's (charts and table). With
          no rows the empty state above says it all, once. */}
      {rows.length > 0 && <CompareFigure onPick={pickCrossCell} />}
    </section>
  );
}
