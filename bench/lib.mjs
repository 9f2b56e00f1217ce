// Helpers for the benchmark: a loopback server, statistics, the synthetic rows and the size report.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { syntheticRow } from './synthetic-rows.mjs';

/** Serves a build (dist/ unless told) on loopback with vite preview; resolves once it answers. */
export async function serve(port, outDir = 'dist') {
  const url = `http://127.0.0.1:${port}/`;
  // Something already answering there would be measured instead of this build: refuse.
  const busy = await fetch(url).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`${url} is already in use; stop what serves it and run again.`);
  // Its own process group, so stopping it also stops the vite process that npx starts.
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
      '--outDir',
      outDir,
    ],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url}`);
}

export function stats(values) {
  // A run that could not be measured (NaN) is left out, and counted in `runs` only if measured.
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  // Nothing measured: null, which the report shows as "—".
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), runs: sorted.length };
}

/** `count` synthetic rows (synthetic-rows.mjs) as a CSV file in Table 1's columns. */
export function syntheticCsv(count) {
  const lines = ['Model,Year,Backbone,Task,Group'];
  for (let i = 0; i < count; i++) {
    const { name, year, backbone, tasks, group } = syntheticRow(i);
    const task = tasks.length > 1 ? `"${tasks.join(', ')}"` : tasks[0];
    lines.push(`${name},${year},${backbone},${task},${group}`);
  }
  return lines.join('\n');
}

/** Initial JavaScript and CSS (what index.html loads or holds), gzip, and what loads later. */
export function sizeReport(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set(
    [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]),
  );
  const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;
  const files = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
  const sum = (list) => list.reduce((n, f) => n + gz(f), 0);
  const initialJs = [...initial].filter((f) => f.endsWith('.js'));
  const initialCss = [...initial].filter((f) => f.endsWith('.css'));
  const later = files.filter((f) => !initial.has(f) && /\.(js|css)$/.test(f));
  // Stylesheets inlined into the page count as initial CSS too.
  const inlineCss = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  return {
    initialJsGzip: sum(initialJs),
    initialCssGzip: sum(initialCss) + (inlineCss ? gzipSync(inlineCss).length : 0),
    laterGzip: sum(later),
    laterFiles: later.map((f) => ({ file: f, gzip: gz(f), raw: statSync(join(dist, f)).size })),
  };
}
