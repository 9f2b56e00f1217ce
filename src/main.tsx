import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { bootPreferences, persistImported, syncDocumentLanguage, syncTheme } from './store/boot';
import { startUrlSync } from './store/url-sync';
import './styles/base.css';
import './styles/table.css';
import './styles/filters.css';
import './styles/dialog.css';
import './styles/charts.css';
import './styles/paper.css';
import './styles/present.css';
import './styles/import.css';

// Saved preferences, then the URL, are read before the first render: a link opens straight on its view.
async function start() {
  await bootPreferences();
  await startUrlSync();
  syncDocumentLanguage();
  syncTheme();
  persistImported();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Table 1 is checked against its schema once the page is up (zod stays out of the first download).
  const { validatePaperData } = await import('./data/validate-paper');
  const problems = validatePaperData();
  if (problems.length) console.error('Table 1 data fails its schema:', problems);
}

void start();
