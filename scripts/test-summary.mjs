// Sums the JSON reports of vitest, Playwright and the engines' journey (e2e-engines/) into the one
// line CI reads.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
let passed = 0;
let failed = 0;

const unit = read('reports/vitest.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
}

const e2e = read('reports/playwright.json');
if (e2e) {
  passed += e2e.stats?.expected ?? 0;
  failed += (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0);
}

// Firefox's and WebKit's journeys: one test per step and engine (none when they are not installed).
const engines = read('reports/engines.json');
if (engines) {
  passed += engines.passed ?? 0;
  failed += engines.failed ?? 0;
}

// A run that stopped before or between the runners (lint, typecheck, install) still counts as failed.
const exitCode = Number(process.argv[2] ?? 0);
if (exitCode !== 0 && failed === 0) failed = 1;
console.log(`tests: ${passed} passed, ${failed} failed`);
