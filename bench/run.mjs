// npm run bench: build, serve on loopback, drive headless Chromium, report medians, check budgets.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, NO_CHROMIUM_MESSAGE, findChromium } from '../scripts/chromium.mjs';
import { serve, sizeReport, stats, syntheticCsv } from './lib.mjs';
import { measureCold, measureInteractions, measureMemory, measureStoredRows } from './measure.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SIZES = [45, 1_000, 10_000, 100_000];
const BUDGETS = {
  initialJsGzipKB: 200,
  facetClickMs: { 45: 16, 10_000: 100, 100_000: 500 },
  storedFirstRowMs: 1000,
};
const STORED = 100_000;

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}

console.log('bench: building…');
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const size = sizeReport();
const server = await serve(4175);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  chromium: browser.version(),
  size,
  cold: {},
  interaction: {},
  stored: {},
  memory: {},
};

try {
  console.log(`bench: cold loads (${RUNS} runs)…`);
  const cold = await measureCold(browser, server.url, RUNS);
  results.cold = {
    firstRowMs: stats(cold.map((c) => c.firstRow)),
    chartsMs: stats(cold.map((c) => c.charts)),
  };

  for (const rows of SIZES) {
    console.log(`bench: interactions at ${rows} rows…`);
    const m = await measureInteractions(
      browser,
      server.url,
      rows - 45,
      syntheticCsv(rows - 45),
      RUNS,
    );
    results.interaction[rows] = {
      facetWorkMs: stats(m.facetWork),
      facetClickMs: stats(m.facetTable),
      facetChartsMs: stats(m.facetCharts),
      sortClickMs: stats(m.sort),
      searchMs: stats(m.search),
    };
  }

  console.log(`bench: importing ${STORED} rows, then reloading with them stored…`);
  const stored = await measureStoredRows(
    browser,
    server.url,
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
  results.memory = await measureMemory(browser, server.url, syntheticCsv(10_000));
} finally {
  await browser.close();
  server.stop();
}

// The table: figures, budgets, verdicts.
const kb = (bytes) => (bytes / 1024).toFixed(1);
const ms = (s) => `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const rows = [
  [
    'initial JS, gzip',
    `${kb(size.initialJsGzip)} KB`,
    `≤ ${BUDGETS.initialJsGzipKB} KB`,
    size.initialJsGzip / 1024 <= BUDGETS.initialJsGzipKB,
  ],
  ['initial CSS, gzip', `${kb(size.initialCssGzip)} KB`, '', null],
  ['loads later, gzip', `${kb(size.laterGzip)} KB`, '', null],
  ['cold load → first row, ms', ms(results.cold.firstRowMs), '', null],
  ['cold load → charts drawn, ms', ms(results.cold.chartsMs), '', null],
];
for (const n of SIZES) {
  const r = results.interaction[n];
  const budget = BUDGETS.facetClickMs[n];
  // At 45 rows the budget is one frame: what the update costs must fit in it. Above, the wall time.
  const checked = n === 45 ? r.facetWorkMs : r.facetClickMs;
  rows.push([
    `facet click → frame cost @ ${n}, ms`,
    ms(r.facetWorkMs),
    n === 45 ? `≤ ${budget}` : '',
    n === 45 ? checked.median <= budget : null,
  ]);
  rows.push([
    `facet click → table painted @ ${n}, ms`,
    ms(r.facetClickMs),
    budget && n !== 45 ? `≤ ${budget}` : '',
    budget && n !== 45 ? checked.median <= budget : null,
  ]);
  rows.push([`facet click → charts painted @ ${n}, ms`, ms(r.facetChartsMs), '', null]);
  rows.push([`sort click → repaint @ ${n}, ms`, ms(r.sortClickMs), '', null]);
  rows.push([`search → repaint @ ${n}, ms`, ms(r.searchMs), '', null]);
}
{
  const s = results.stored;
  const n = STORED.toLocaleString('en');
  rows.push([`import ${n} rows: file → checked, ms`, ms(s.importCheckedMs), '', null]);
  rows.push([`import ${n} rows: Import → shown, ms`, ms(s.importShownMs), '', null]);
  rows.push([`import ${n} rows: Import → kept, ms`, ms(s.importKeptMs), '', null]);
  rows.push([
    `import ${n} rows: progress values shown`,
    ms(s.progressSteps),
    '> 1',
    s.progressSteps.min > 1,
  ]);
  rows.push([
    `reload, ${n} stored → first row, ms`,
    ms(s.reloadFirstRowMs),
    `≤ ${BUDGETS.storedFirstRowMs}`,
    s.reloadFirstRowMs.median <= BUDGETS.storedFirstRowMs,
  ]);
  rows.push([`reload, ${n} stored → facet counts, ms`, ms(s.reloadCountsMs), '', null]);
}
rows.push(['JS heap after load', `${kb(results.memory.afterLoad)} KB`, '', null]);
rows.push(['JS heap with 10,000 rows', `${kb(results.memory.after10k)} KB`, '', null]);

const width = [42, 26, 12];
console.log(`\nmedian (min–max) over ${RUNS} runs, Chromium ${results.chromium}\n`);
console.log(
  ['metric'.padEnd(width[0]), 'value'.padEnd(width[1]), 'budget'.padEnd(width[2]), 'ok'].join(' '),
);
for (const [name, value, budget, ok] of rows) {
  console.log(
    [
      name.padEnd(width[0]),
      value.padEnd(width[1]),
      budget.padEnd(width[2]),
      ok === null ? '' : ok ? 'yes' : 'NO',
    ].join(' '),
  );
}
results.budgets = rows
  .filter((r) => r[3] !== null)
  .map(([metric, value, budget, ok]) => ({ metric, value, budget, ok }));
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nbench: wrote bench/results.json');
if (results.budgets.some((b) => !b.ok)) {
  console.log('bench: a budget was missed (see the table).');
  process.exitCode = 1;
}
