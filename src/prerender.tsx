import { StrictMode, type ComponentProps } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { App } from './app/app';
import { PaperOutline } from './app/paper-outline';
import type { StackedYearBars } from './components/charts/stacked-year-bars';
import { backboneColor } from './components/backbone-colors';
import { STILL_BARS_CSS, stillBarsHtml } from './lib/still-bars';
import { collectStillDrawings } from './features/charts/chart-drawings';

/**
 * Run by the build (build/prerender.ts), in Node: the default view, as the store starts (English,
 * Models, the 45 rows), for index.html's root; still pictures of its bar charts, in page order;
 * and the outline that readers without JS get.
 */
export function prerender(): {
  app: string;
  stills: string[];
  stillCss: string;
  outline: string;
} {
  const drawn: ComponentProps<typeof StackedYearBars>[] = [];
  collectStillDrawings((props) => drawn.push(props));
  const app = renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  collectStillDrawings(null);
  const stills = drawn.map(({ rows, backbones, percent, totalLabel }) =>
    stillBarsHtml({
      rows,
      backbones,
      percent,
      totalLabel,
      color: (b) => backboneColor(b, backbones),
    }),
  );
  return { app, stills, stillCss: STILL_BARS_CSS, outline: renderToStaticMarkup(<PaperOutline />) };
}
