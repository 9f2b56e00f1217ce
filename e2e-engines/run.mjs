/**
 * `npm run test:engines`: the reader's journey (journey.mjs) in Firefox ESR and in WebKitGTK, on
 * the built app served by `vite preview` and on the single file from file://. Engines that are not
 * installed are skipped with a line saying how to get them; the results go to
 * reports/engines.json, which scripts/test-summary.mjs adds to CI's summary line.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfStale } from './build.mjs';
import { FIREFOX_PATH, openFirefox } from './firefox.mjs';
import { IMPORT_FILE, STEPS, probeFeatures } from './journey.mjs';
import { freePort, start, stop, waitForHttp, within } from './processes.mjs';
import { toolkit } from './toolkit.mjs';
import { WEBKIT_DRIVER, XVFB, openWebKit } from './webkit.mjs';

const INSTALL = 'sudo apt-get install -y firefox-esr webkit2gtk-driver xvfb';
// Bounds sized for a busy 2-core machine: a step is a few waits of at most a minute each.
const START_MS = 180_000;
const STEP_MS = 180_000;
const ENGINE_MS = 15 * 60_000;
const SHOTS = 'test-results/engines';

const ENGINES = [
  { name: 'firefox', installed: existsSync(FIREFOX_PATH), open: openFirefox },
  { name: 'webkit', installed: !!WEBKIT_DRIVER && !!XVFB, open: openWebKit },
];
// ENGINES=webkit npm run test:engines runs one of them.
const wanted = process.env.ENGINES?.split(',').map((name) => name.trim());
const chosen = ENGINES.filter((engine) => !wanted || wanted.includes(engine.name));
const engines = chosen.filter((engine) => engine.installed);

const firstLine = (error) => String(error?.message ?? error).split('\n')[0];
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** What the page showed when a step failed, for whoever reads the log. */
async function keepScreenshot(driver, name) {
  try {
    mkdirSync(SHOTS, { recursive: true });
    const file = join(SHOTS, `${name}.png`);
    writeFileSync(file, await within(30_000, 'screenshot', driver.screenshot()));
    console.log(`      screenshot: ${file}`);
  } catch {
    // A browser that cannot draw any more has said why in the step's error.
  }
}

async function runEngine(engine, context) {
  const began = Date.now();
  const steps = [];
  const fail = (title, error) => {
    steps.push({ title, ok: false, error: firstLine(error) });
    console.log(`  ✗ ${title}\n      ${firstLine(error)}`);
  };
  let driver;
  try {
    driver = await within(START_MS, `starting ${engine.name}`, engine.open());
  } catch (error) {
    for (const [title] of STEPS) fail(title, `${engine.name} did not start: ${firstLine(error)}`);
    return { steps, seconds: (Date.now() - began) / 1000 };
  }
  console.log(`engines: ${engine.name} (${driver.version})`);
  let features = null;
  try {
    const t = toolkit(driver, context);
    for (const [title, run] of STEPS) {
      if (Date.now() - began > ENGINE_MS) {
        fail(title, `not run: the engine used up its ${ENGINE_MS / 60_000} minutes`);
        continue;
      }
      const stepBegan = Date.now();
      try {
        await within(STEP_MS, title, run(t, context));
        steps.push({ title, ok: true, seconds: (Date.now() - stepBegan) / 1000 });
        console.log(`  ✓ ${title} (${seconds(Date.now() - stepBegan)})`);
      } catch (error) {
        fail(title, error);
        await keepScreenshot(driver, `${engine.name}-${steps.length}`);
      }
    }
    features = await within(30_000, 'probing features', t.ask(probeFeatures)).catch(() => null);
  } finally {
    await driver.close();
  }
  const missing = Object.keys(features ?? {}).filter((feature) => !features[feature]);
  if (missing.length) console.log(`  lacks (the page does without): ${missing.join('; ')}`);
  const errors = [...new Set(driver.errors ?? [])];
  for (const error of errors.slice(0, 10)) console.log(`  page error: ${firstLine(error)}`);
  return { version: driver.version, steps, missing, errors, seconds: (Date.now() - began) / 1000 };
}

const report = { passed: 0, failed: 0, engines: {} };
const writeReport = () => {
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/engines.json', `${JSON.stringify(report, null, 2)}\n`);
};

if (!engines.length) {
  const names = chosen.map((engine) => engine.name).join(' and ') || 'no engine chosen, or';
  console.log(`engines: skipped, ${names} not installed (to run: ${INSTALL})`);
  writeReport();
  process.exit(0);
}
for (const engine of chosen.filter((e) => !e.installed))
  console.log(`engines: ${engine.name} skipped, not installed (to run it: ${INSTALL})`);

const began = Date.now();
const scratch = mkdtempSync(join(tmpdir(), 'engines-'));
let preview;
try {
  buildIfStale();
  const importPath = join(scratch, IMPORT_FILE.name);
  writeFileSync(importPath, IMPORT_FILE.text);
  const port = Number(process.env.ENGINES_PORT) || (await freePort());
  const vite = resolve('node_modules/vite/bin/vite.js');
  preview = start(process.execPath, [vite, 'preview', '--port', String(port), '--strictPort']);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(baseUrl, 60_000, preview);
  const context = {
    baseUrl,
    singleFileUrl: pathToFileURL(resolve('dist-single/index.html')).href,
    importPath,
  };
  for (const engine of engines) {
    const result = await runEngine(engine, context);
    const passed = result.steps.filter((step) => step.ok).length;
    const failed = result.steps.length - passed;
    report.passed += passed;
    report.failed += failed;
    report.engines[engine.name] = { ...result, passed, failed };
    const took = seconds(result.seconds * 1000);
    console.log(`engines: ${engine.name} ${passed} passed, ${failed} failed (${took})`);
  }
} catch (error) {
  // The build or the server failed: no journey ran, and that is a failure, not a skip.
  console.log(`engines: could not run the journey: ${firstLine(error)}`);
  report.failed = Math.max(report.failed, 1);
} finally {
  await stop(preview);
  rmSync(scratch, { recursive: true, force: true });
  writeReport();
}
console.log(`engines: the run took ${seconds(Date.now() - began)}`);
console.log(`engines: ${report.passed} passed, ${report.failed} failed`);
process.exit(report.failed ? 1 : 0);
