import { lazy, Suspense, useState } from 'react';
import { FACETS } from '../lib/facets';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../store/store';
import { ModelDialog } from '../features/details/model-dialog';
import { FilterPanel } from '../features/filters/filter-panel';
import { NoticeBanner } from '../features/import/notice-banner';
import { PaperView } from '../features/paper/paper-view';
import { AppHeader } from './app-header';
import { ViewTabs } from '../features/shell/view-tabs';
import { ModelsView } from './models-page';

/** The count on the narrow screens' Filters button; alone here so a filter change does not redraw the app. */
function ActiveFilterCount() {
  const t = useT();
  const count = useAppStore(
    (s) => FACETS.reduce((n, f) => n + s.filters[f].length, 0) + (s.filters.q.trim() ? 1 : 0),
  );
  return <>{t('filters.toggle', { count })}</>;
}

// Slides load when a presentation starts.
const Presentation = lazy(() =>
  import('../features/present/presentation').then((m) => ({ default: m.Presentation })),
);

export function App() {
  const t = useT();
  const view = useAppStore((s) => s.view);
  const present = useAppStore((s) => s.present);
  const [filtersOpen, setFiltersOpen] = useState(false);
  if (present) {
    return (
      <>
        <Suspense
          fallback={
            <main className="presentation" aria-label={t('present.label')} aria-busy="true">
              <h1 className="sr-only">{t('present.label')}</h1>
            </main>
          }
        >
          <Presentation />
        </Suspense>
        <ModelDialog />
      </>
    );
  }
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <ViewTabs />
      <main id="main" tabIndex={-1}>
        <NoticeBanner />
        {view === 'models' ? (
          <div className="layout">
            <section
              className="layout__filters"
              aria-label={t('filters.title')}
              data-open={filtersOpen}
            >
              {/* Shown on narrow screens only, where the filters fold away above the table. */}
              <button
                type="button"
                className="button filters-toggle"
                aria-expanded={filtersOpen}
                aria-controls="filter-panel"
                onClick={() => setFiltersOpen((open) => !open)}
              >
                <ActiveFilterCount />
              </button>
              <FilterPanel />
            </section>
            <div className="layout__main">
              <ModelsView />
            </div>
          </div>
        ) : (
          <div className="layout layout--single">
            <PaperView view={view} />
          </div>
        )}
      </main>
      <ModelDialog />
    </>
  );
}
