import { lazy, Suspense } from 'react';
import { useT } from '../store/use-t';
import { useAppStore } from '../store/store';
import { ModelDialog } from '../features/details/model-dialog';
import { NoticeBanner } from '../features/import/notice-banner';
import { PaperView } from '../features/paper/paper-view';
import { AppHeader } from './app-header';
import { ViewTabs } from '../features/shell/view-tabs';
import { KeysHelp } from '../features/shell/keys-help';
import { ModelsPage } from './models-page';
import { Parkable } from '../components/parked';
import './app.css';

// Slides load when a presentation starts.
const Presentation = lazy(() =>
  import('../features/present/presentation').then((m) => ({ default: m.Presentation })),
);

export function App() {
  const t = useT();
  const view = useAppStore((s) => s.view);
  const present = useAppStore((s) => s.present);
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
        <Parkable parked={view !== 'models'}>
          <ModelsPage />
        </Parkable>
        {view !== 'models' && (
          <div className="layout layout--single">
            <PaperView view={view} />
          </div>
        )}
      </main>
      <ModelDialog />
      <KeysHelp />
    </>
  );
}
