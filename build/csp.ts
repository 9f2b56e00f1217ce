import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const META = /<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>\s*/;
// Stands in for the hash until the script is inlined (and tells the single-file plugin one is coming).
const PENDING = "'sha256-pending'";

/**
 * The Content-Security-Policy of index.html, kept true in each build:
 * - the dev server drops it (its React refresh preamble is an inline script);
 * - the single-file build, whose script is necessarily inline, allows exactly that script by hash.
 */
export function contentSecurityPolicy(mode: string): Plugin {
  return {
    name: 'explorer-csp',
    enforce: 'post',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) => {
        if (ctx.server) return html.replace(META, '');
        return mode === 'single'
          ? html.replace("script-src 'self'", `script-src ${PENDING}`)
          : html;
      },
    },
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        if (mode !== 'single') return;
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
