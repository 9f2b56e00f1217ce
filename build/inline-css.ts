import type { Plugin } from 'vite';

/**
 * Puts the stylesheets index.html links into it (one: the first paint's): the first paint then
 * waits for one request (the page) instead of two, which on a phone's network is most of the time
 * to first paint. The stylesheets of code that loads later stay files. The CSP allows inline styles.
 */
export function inlineFirstStylesheet(): Plugin {
  return {
    name: 'explorer-inline-css',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const page = Object.values(bundle).find(
          (f) => f.type === 'asset' && f.fileName === 'index.html',
        );
        if (!page || page.type !== 'asset') return;
        let html = String(page.source);
        html = html.replace(
          /<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/g,
          (link, fileName: string) => {
            const sheet = bundle[fileName];
            if (!sheet || sheet.type !== 'asset') return link;
            // Nothing else loads it: the file is not written.
            delete bundle[fileName];
            return `<style>${String(sheet.source)}</style>`;
          },
        );
        page.source = html;
      },
    },
  };
}
