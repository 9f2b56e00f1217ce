// npm run bench: build the explorer and the bare-stack reference page, serve both on loopback,
// drive headless Chromium, report medians with min–max, and check the budgets of issue #15.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, NO_CHROMIUM_MESSAGE, findChromium } from '../scripts/chromium.mjs';
import { measureInp } from './interactions.mjs';
import { serve, sizeReport, stats, syntheticCsv } from './lib.mjs';
import {
  measureCold,
  measureInteractions,
  measureMemory,
  measureStoredRows,
  openWithRows,
} from './measure.mjs';
import { printReport } from './report.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SIZES = [45, 1_000, 10_000, 100_000];
const STORED = 100_000;
const REFERENCE_DIST = 'bench/.reference-dist';

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

console.log('bench: building the explorer and the reference page…');
for (const args of [
  ['vite', 'build', '--logLevel', 'warn'],
  ['vite', 'build', 'bench/reference'],
]) {
  const build = spawnSync('npx', args, { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  size: sizeReport(),
  reference: { size: sizeReport(REFERENCE_DIST) },
  cold: {},
  frame45: {},
  inp: {},
  stored: {},
  memory: {},
};
const app = await serve(4175);
const reference = await serve(4177, REFERENCE_DIST);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
results.chromium = browser.version();

try {
  // Cold loads, the two pages alternating, so both meet the same moments of a noisy machine.
  console.log(`bench: cold loads, explorer and reference alternating (${RUNS} runs each)…`);
  const cold = { app: [], reference: [] };
  for (let i = 0; i < RUNS; i++) {
    cold.app.push(...(await measureCold(browser, app.url, 1)));
    cold.reference.push(...(await measureCold(browser, reference.url, 1)));
  }
  const loads = (runs) => ({
    firstRowMs: stats(runs.map((c) => c.firstRow)),
    fcpMs: stats(runs.map((c) => c.fcp)),
    chartsMs: stats(runs.map((c) => c.charts)),
  });
  results.cold = loads(cold.app);
  results.reference = { ...results.reference, ...loads(cold.reference) };

  console.log('bench: the table frame at 45 rows…');
  const frame = await measureInteractions(browser, app.url, 0, '', RUNS);
  results.frame45 = { facetWorkMs: stats(frame.facetWork), facetTableMs: stats(frame.facetTable) };

  for (const rows of SIZES) {
    console.log(`bench: interactions at ${rows.toLocaleString('en')} rows (INP and done)…`);
    const page = await openWithRows(browser, app.url, rows - 45, syntheticCsv(rows - 45));
    const measured = await measureInp(page, RUNS);
    await page.close();
    results.inp[rows] = Object.fromEntries(
      Object.entries(measured).map(([name, m]) => [
        name,
        { inpMs: stats(m.inp), doneMs: m.done.length ? stats(m.done) : null },
      ]),
    );
  }

  console.log(
    `bench: importing ${STORED.toLocaleString('en')} rows, then reloading with them stored…`,
  );
  const stored = await measureStoredRows(
    browser,
    app.url,
    syntheticCsv(STORED),
    STORED,
    Math.min(RUNS, 3),
    RUNS,
  );
  results.stored = {
    importCheckedMs: stats(stored.imports.map((r) => r.checked)),
    importShownMs: stats(stored.imports.map((r) => r.shown)),
    importKeptMs: stats(stored.imports.map((r) => r.kept)),
    progressSteps: stats(stored.imports.map((r) => r.progressSteps)),
    reloadFirstRowMs: stats(stored.reloads.map((r) => r.firstRow)),
    reloadCountsMs: stats(stored.reloads.map((r) => r.counts)),
  };

  console.log('bench: memory…');
  results.memory = await measureMemory(browser, app.url, syntheticCsv(10_000));
} finally {
  await browser.close();
  app.stop();
  reference.stop();
}

results.budgets = printReport(results, SIZES, STORED);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nbench: wrote bench/results.json');
if (results.budgets.some((b) => !b.ok)) {
  console.log('bench: a budget was missed (see the tables).');
  process.exitCode = 1;
}
