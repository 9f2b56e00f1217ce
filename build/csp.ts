import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const META = /<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>\s*/;
// Stands in for the hashes until the scripts are final (and tells the single-file plugin one is coming).
const PENDING = "'sha256-pending'";

/**
 * The Content-Security-Policy of index.html, kept true in each build:
 * - the dev server drops it (its React refresh preamble is an inline script);
 * - a build allows exactly its inline scripts by hash: index.html's first-paint script, and in the
 *   single-file build the app's own script, which is necessarily inline.
 */
export function contentSecurityPolicy(mode: string): Plugin {
  return {
    name: 'explorer-csp',
    enforce: 'post',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) => {
        if (ctx.server) return html.replace(META, '');
        const self = mode === 'single' ? '' : "'self' ";
        return html.replace("script-src 'self'", `script-src ${self}${PENDING}`);
      },
    },
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
            .map((m) => m[1] ?? '')
            .filter((code) => code.trim())
            .map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
          file.source = html.replace(PENDING, hashes.join(' '));
        }
      },
    },
  };
}
