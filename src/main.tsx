import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { startUrlSync } from './store/url-sync';
import './styles/base.css';
import './styles/table.css';
import './styles/filters.css';
import './styles/dialog.css';
import './styles/charts.css';

// The URL is read before the first render, so a shared link opens straight on its view.
startUrlSync();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
