import react from '@vitejs/plugin-react';
import { createServer, type Plugin } from 'vite';
import { writeStillCharts } from './still-charts.ts';

const ROOT = '<div id="root"></div>';

/**
 * Writes the default view into index.html at build time, with React's own server renderer
 * (src/prerender.tsx, loaded through a short-lived Vite server in SSR mode): the table is on screen
 * before any JavaScript has run, and readable without it. main.tsx hydrates it.
 */
export function prerenderDefaultView(): Plugin {
  return {
    name: 'explorer-prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!html.includes(ROOT)) throw new Error(`index.html has no ${ROOT} to prerender into`);
        const server = await createServer({
          configFile: false,
          logLevel: 'error',
          plugins: [react()],
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const { prerender } = (await server.ssrLoadModule('/src/prerender.tsx')) as {
            prerender: () => { app: string; stills: string[]; stillCss: string; outline: string };
          };
          const { app, stills, stillCss, outline } = prerender();
          const page = writeStillCharts(app, stills, stillCss);
          return html.replace(ROOT, `<div id="root">${page}</div>${outline}`);
        } finally {
          await server.close();
        }
      },
    },
  };
}
