// npm run lighthouse: build, serve on loopback, run Lighthouse (desktop and mobile presets) in the
// same Chromium the tests use, print the four category scores and check them against the budgets.
import { spawnSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, NO_CHROMIUM_MESSAGE, findChromium } from '../scripts/chromium.mjs';
import { serve } from './lib.mjs';

const BUDGET = { performance: 0.98, accessibility: 1, 'best-practices': 1, seo: 1 };
const chromePath = findChromium();
if (!chromePath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = await serve(4176);
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
      const line = Object.entries(BUDGET).map(([id, min]) => {
        const score = categories[id]?.score ?? 0;
        // The budget is checked on the desktop preset: a seminar laptop, not a phone.
        if (preset === 'desktop' && score < min) missed = true;
        return `${id} ${score.toFixed(2)}${preset === 'desktop' && score < min ? ` (budget ${min})` : ''}`;
      });
      console.log(`lighthouse ${preset}: ${line.join(', ')}`);
      if (preset === 'desktop') {
        const failing = Object.values(result?.lhr.audits ?? {}).filter(
          (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary',
        );
        for (const a of failing) console.log(`  - ${a.id}: ${a.title}`);
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
