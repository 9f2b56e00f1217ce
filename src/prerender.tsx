import { StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { App } from './app/app';
import { PaperOutline } from './app/paper-outline';

/**
 * Run by the build (build/prerender.ts), in Node: the default view, as the store starts (English,
 * Models, the 45 rows), for index.html's root; and the outline that readers without JS get.
 */
export function prerender(): { app: string; outline: string } {
  return {
    app: renderToString(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
    outline: renderToStaticMarkup(<PaperOutline />),
  };
}
