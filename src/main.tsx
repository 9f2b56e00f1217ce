import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The global sheet first: theme variables, reset and shared controls; components bring their own.
import './styles/base.css';
import { App } from './app/app';
import { bootPreferences, syncDocumentLanguage, syncTheme } from './store/boot';
import { startCollections } from './store/collections';
import { persistState } from './store/persist';
import { rereadOpeningLink, startUrlSync } from './store/url-sync';

// Saved preferences, then the URL, are read before the first render: a link opens straight on its
// view. The reader's imported rows follow from IndexedDB; the paper's rows do not wait for them.
async function start() {
  bootPreferences();
  await startUrlSync();
  syncDocumentLanguage();
  syncTheme();
  persistState();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  void startCollections().then(rereadOpeningLink);
  // Table 1 is checked against its schema once the page is up (zod stays out of the first download).
  const { validatePaperData } = await import('./data/validate-paper');
  const problems = validatePaperData();
  if (problems.length) console.error('Table 1 data fails its schema:', problems);
}

void start();
