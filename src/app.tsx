import { useState } from 'react';
import { FACETS } from './lib/facets';
import { useT } from './i18n/use-t';
import { useAppStore } from './store/store';
import { ModelDialog } from './features/details/model-dialog';
import { FilterPanel } from './features/filters/filter-panel';
import { AppHeader } from './features/shell/app-header';
import { ModelsView } from './features/table/models-view';

export function App() {
  const t = useT();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const activeCount = useAppStore(
    (s) => FACETS.reduce((n, f) => n + s.filters[f].length, 0) + (s.filters.q.trim() ? 1 : 0),
  );
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <div className="layout">
        <aside className="layout__filters" aria-label={t('filters.title')} data-open={filtersOpen}>
          {/* Shown on narrow screens only, where the filters fold away above the table. */}
          <button
            type="button"
            className="button filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="filter-panel"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {t('filters.toggle', { count: activeCount })}
          </button>
          <FilterPanel />
        </aside>
        <main id="main" tabIndex={-1} className="layout__main">
          <ModelsView />
        </main>
      </div>
      <ModelDialog />
    </>
  );
}
