import { StrictMode, startTransition } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
// The global sheet first: theme variables, reset and shared controls; components bring their own.
import './styles/base.css';
import { App } from './app/app';
import { loadChartDrawings } from './features/charts/chart-drawings';
import { bootPreferences, syncDocumentLanguage, syncTheme } from './store/boot';
import { startCollections } from './store/collections';
import { opensOnPrerenderedView } from './store/first-view';
import { persistState } from './store/persist';
import { rereadOpeningLink, startUrlSync } from './store/url-sync';
import { warmUpWhenRowsChange } from './store/warm-up';

/**
 * The build wrote the default view into index.html. When the saved preferences and the URL ask
 * for that view, React takes the HTML over as it is (hydration); when they ask for another view
 * or language, it draws that one at once, in place of the HTML (kept hidden meanwhile, see
 * index.html). The dev server has no prerendered HTML and always draws.
 */
function mount(container: HTMLElement) {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // Shown again in the same task as the new view is drawn (flushSync), so no frame shows the
  // prerendered one; and before it, so that what the first render focuses can take focus.
  delete document.documentElement.dataset.boot;
  // A browser without declarative shadow DOM keeps a still chart's <template> as a child, which
  // hydration does not expect: it goes (the place stays, empty, until the live drawing).
  for (const still of container.querySelectorAll('.chart-drawing-placeholder > template'))
    still.remove();
  if (container.hasChildNodes() && opensOnPrerenderedView()) {
    // As a transition, hydration yields to the browser every few milliseconds (no long task),
    // and a click meanwhile is answered first.
    startTransition(() => {
      hydrateRoot(container, app);
    });
  } else {
    flushSync(() => createRoot(container).render(app));
  }
}

// Saved preferences, then the URL, are read before the first render: a link opens straight on its
// view. The reader's imported rows follow from IndexedDB; the paper's rows do not wait for them.
async function start() {
  // The charts' drawing code (recharts) is fetched while the rest starts up.
  void loadChartDrawings();
  bootPreferences();
  await startUrlSync();
  syncDocumentLanguage();
  syncTheme();
  persistState();
  mount(document.getElementById('root')!);
  warmUpWhenRowsChange();
  void startCollections().then(rereadOpeningLink);
  // Table 1 is checked against its schema once the page is up (zod stays out of the first download).
  const { validatePaperData } = await import('./data/validate-paper');
  const problems = validatePaperData();
  if (problems.length) console.error('Table 1 data fails its schema:', problems);
}

void start();
