// npm run bench: build the explorer and the bare-stack reference page, serve both on loopback,
// drive headless Chromium, report medians with min–max, and check the budgets (report.mjs).
//
// The defaults run everything. To narrow a run for a quick check:
//   BENCH_RUNS=n           samples of each measure (7)
//   BENCH_SIZES=45,1000    the row counts for interactions and typing (45,1000,10000,100000;
//                          typing is measured at 45, 1,000 and 100,000 only, the reference
//                          page's interactions at 1,000 only)
//   BENCH_ONLY=inp,typing  the sections run, of: cold (cold loads, explorer and reference), inp
//                          (INP and done per interaction), typing (last key → result shown),
//                          stored (a 100,000-row import, reloads), memory (JS heap), frame (the
//                          45-row table frame)
// e.g. BENCH_RUNS=2 BENCH_SIZES=45,1000 BENCH_ONLY=inp,typing npm run bench
// Sizes are always reported; only the budgets of what was measured are checked. A narrowed run
// writes reports/bench-narrowed.json, not bench/results.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, NO_CHROMIUM_MESSAGE, findChromium } from '../scripts/chromium.mjs';
import { INTERACTION_NAMES, SHARED_INTERACTIONS, measureInp } from './interactions.mjs';
import { serve, sizeReport, stats, syntheticCsv } from './lib.mjs';
import { BUDGETS } from './budgets.mjs';
import { measureCold, measureInteractions, openReference, openWithRows } from './measure.mjs';
import { printReport } from './report.mjs';
import { measureMemory, measureStoredRows } from './stored-rows.mjs';
import { measureTyping } from './typing.mjs';

const SECTIONS = ['cold', 'inp', 'typing', 'stored', 'memory', 'frame'];
const list = (name, all) => process.env[name]?.split(',').map((v) => v.trim()) ?? all;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SIZES = list('BENCH_SIZES', ['45', '1000', '10000', '100000']).map(Number);
const ONLY = new Set(list('BENCH_ONLY', SECTIONS));
// A narrowed run leaves the full run's figures (bench/results.json, kept in git) as they are; its
// own go where the tools' reports go (reports/, not kept).
const NARROWED = !!(process.env.BENCH_SIZES || process.env.BENCH_ONLY);
const RESULTS = NARROWED ? 'reports/bench-narrowed.json' : 'bench/results.json';
const TYPING_SIZES = [45, 1_000, 100_000];
// Where the explorer meets the reference page's interactions: the largest size with every row in
// the DOM (above it the explorer draws only the rows in view, the reference would draw them all).
const COMPARED = BUDGETS.comparedRows;
const STORED = 100_000;
const REFERENCE_DIST = 'bench/.reference-dist';

// The explorer's rows are Table 1's 45 and imported ones: fewer than 45 cannot be made.
const badSize = SIZES.find((n) => !Number.isInteger(n) || n < 45);
const badSection = [...ONLY].find((s) => !SECTIONS.includes(s));
if (badSize !== undefined || badSection !== undefined || !(RUNS >= 1)) {
  console.error(
    badSection !== undefined
      ? `BENCH_ONLY: no section "${badSection}" (${SECTIONS.join(', ')})`
      : badSize !== undefined
        ? `BENCH_SIZES: ${badSize} is not a whole number of rows, 45 or more`
        : 'BENCH_RUNS: at least 1',
  );
  process.exit(1);
}

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
  sizes: SIZES,
  sections: SECTIONS.filter((section) => ONLY.has(section)),
  size: sizeReport(),
  reference: { size: sizeReport(REFERENCE_DIST) },
};
const app = await serve(4175);
const reference = await serve(4177, REFERENCE_DIST);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
results.chromium = browser.version();

// Per interaction, the median (min–max) of its INP and done times.
const summary = (measured) =>
  Object.fromEntries(
    Object.entries(measured).map(([name, m]) => [
      name,
      { inpMs: stats(m.inp), doneMs: stats(m.done) },
    ]),
  );

try {
  if (ONLY.has('cold')) {
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
  }

  if (ONLY.has('frame')) {
    console.log('bench: the table frame at 45 rows…');
    const frame = await measureInteractions(browser, app.url, 0, '', RUNS);
    results.frame45 = {
      facetWorkMs: stats(frame.facetWork),
      facetTableMs: stats(frame.facetTable),
    };
  }

  for (const rows of SIZES) {
    const inp = ONLY.has('inp');
    const typing = ONLY.has('typing') && TYPING_SIZES.includes(rows);
    if (!inp && !typing) continue;
    const page = await openWithRows(browser, app.url, rows - 45, syntheticCsv(rows - 45));
    if (inp && rows === COMPARED) {
      console.log(
        `bench: interactions at ${rows.toLocaleString('en')} rows, explorer and reference ` +
          'alternating (INP and done)…',
      );
      const ref = await openReference(browser, reference.url, rows);
      const [mine, theirs] = await measureInp([page, ref], RUNS, SHARED_INTERACTIONS);
      await ref.close();
      const rest = INTERACTION_NAMES.filter((name) => !SHARED_INTERACTIONS.includes(name));
      const [more] = await measureInp([page], RUNS, rest);
      (results.inp ??= {})[rows] = summary({ ...mine, ...more });
      (results.reference.inp ??= {})[rows] = summary(theirs);
    } else if (inp) {
      console.log(`bench: interactions at ${rows.toLocaleString('en')} rows (INP and done)…`);
      const [measured] = await measureInp([page], RUNS);
      (results.inp ??= {})[rows] = summary(measured);
    }
    if (typing) {
      console.log(`bench: typing in search at ${rows.toLocaleString('en')} rows…`);
      (results.typing ??= {})[rows] = { lastKeyToResultMs: stats(await measureTyping(page, RUNS)) };
    }
    await page.close();
  }

  if (ONLY.has('stored')) {
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
  }

  if (ONLY.has('memory')) {
    console.log('bench: memory…');
    results.memory = await measureMemory(browser, app.url, syntheticCsv(10_000));
  }
} finally {
  await browser.close();
  app.stop();
  reference.stop();
}

// Written before the report, so a report that fails loses no measure.
mkdirSync('reports', { recursive: true });
writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');
results.budgets = printReport(results, STORED);
writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');
console.log(`\nbench: wrote ${RESULTS}`);
if (results.budgets.some((b) => !b.ok)) {
  console.log('bench: a budget was missed (see the tables).');
  process.exitCode = 1;
}
