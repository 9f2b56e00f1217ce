import { PAPER_MODELS } from './data/models';
import { useT } from './i18n/use-t';
import { ModelTable } from './features/table/model-table';
import { AppHeader } from './features/shell/app-header';

export function App() {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <main id="main" tabIndex={-1}>
        <ModelTable rows={PAPER_MODELS} total={PAPER_MODELS.length} />
      </main>
    </>
  );
}
