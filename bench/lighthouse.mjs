// npm run lighthouse: build, serve on loopback, run Lighthouse (desktop and mobile presets) in the
// same Chromium the tests use, print the four category scores and check them against the budgets.
import { spawnSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, NO_CHROMIUM_MESSAGE, findChromium } from '../scripts/chromium.mjs';
import { serve } from './lib.mjs';

// Desktop (a seminar laptop): 1.0 in every category. Mobile (a phone, 4x slower CPU, slow 4G):
// performance 0.98 or more.
const BUDGETS = {
  desktop: { performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 },
  mobile: { performance: 0.98, accessibility: 1, 'best-practices': 1, seo: 1 },
};
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];
const chromePath = findChromium();
if (!chromePath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

// LH_DIST=dir measures a build made elsewhere (an older commit's, to compare) instead of building.
const outDir = process.env.LH_DIST;
if (!outDir) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = await serve(4176, outDir);
let missed = false;
try {
  for (const [preset, config] of [
    ['desktop', desktopConfig],
    ['mobile', undefined],
  ]) {
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    try {
      const result = await lighthouse(
        server.url,
        { port: chrome.port, output: 'json', logLevel: 'error' },
        config,
      );
      const categories = result?.lhr.categories ?? {};
      const line = Object.entries(BUDGETS[preset]).map(([id, min]) => {
        const score = categories[id]?.score ?? 0;
        if (score < min) missed = true;
        return `${id} ${score.toFixed(2)}${score < min ? ` (budget ${min})` : ''}`;
      });
      console.log(`lighthouse ${preset}: ${line.join(', ')}`);
      const audits = result?.lhr.audits ?? {};
      console.log(
        `  ${METRICS.map((id) => `${id} ${audits[id]?.displayValue ?? '?'}`).join(', ')}`,
      );
      const failing = Object.values(audits).filter(
        (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary',
      );
      for (const a of failing) console.log(`  - ${a.id}: ${a.title}`);
      if (process.env.LH_DETAILS) {
        for (const id of ['long-tasks', 'layout-shifts', 'bootup-time']) {
          const items = audits[id]?.details?.items ?? [];
          console.log(`  ${id}:`);
          for (const item of items.slice(0, 12))
            console.log(`    ${JSON.stringify(item).slice(0, 220)}`);
        }
      }
    } finally {
      await chrome.kill();
    }
  }
} finally {
  server.stop();
}
if (missed) {
  console.log('lighthouse: a score is under its budget.');
  process.exitCode = 1;
}
