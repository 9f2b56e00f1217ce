// Imports, stored rows and memory: a large import into the explorer, reloads with its rows kept in
// IndexedDB, and the JS heap after a load and with 10,000 rows.
import { openWithRows } from './measure.mjs';

async function heap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

export async function measureMemory(browser, url, csv10k) {
  const page = await openWithRows(browser, url, 0, '');
  const afterLoad = await heap(page);
  await page.close();
  const big = await openWithRows(browser, url, 10_000, csv10k);
  const after10k = await heap(big);
  await big.close();
  return { afterLoad, after10k };
}

/**
 * A large import, then reloads with its rows stored. Import: wall time from choosing the file to
 * the preview (read, decoded and checked in a worker; includes handing the file to the page), then
 * from `Import` to the rows on screen and to them being kept in IndexedDB; and how many distinct
 * values the progress bar showed. Reload: in-page time from navigation to the first table row, and
 * to the facet counts including the stored rows.
 */
export async function measureStoredRows(browser, url, csv, count, importRuns, reloadRuns) {
  const total = (count + 45).toLocaleString('en');
  const label = `Import ${count.toLocaleString('en')} rows`;
  const imports = [];
  let context;
  let page;
  for (let i = 0; i < importRuns; i++) {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    await page.goto(url);
    await page.locator('figure svg.recharts-surface').first().waitFor();
    await page.evaluate(() => {
      window.__progress = new Set();
      new MutationObserver(() => {
        const bar = document.querySelector('.import-controls__progress progress');
        if (bar) window.__progress.add(bar.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const chosen = Date.now();
    await page
      .getByLabel('Import models')
      .setInputFiles({ name: 'synthetic.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: label }).waitFor({ timeout: 120_000 });
    const checked = Date.now() - chosen;
    // Timed in the page: a busy main thread (storing copies every row) would delay polling.
    await page.evaluate((expected) => {
      const marks = (window.__import = {});
      document.addEventListener('click', () => (marks.clicked ??= performance.now()), {
        capture: true,
        once: true,
      });
      new MutationObserver(() => {
        const status = document.querySelector('[role=status]')?.textContent ?? '';
        if (marks.shown === undefined && status.startsWith(expected))
          marks.shown = performance.now();
        const saving = [...document.querySelectorAll('.collections__keep--saving')].length;
        if (marks.shown !== undefined && marks.kept === undefined && !saving)
          marks.kept = performance.now();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    }, `${total} of`);
    await page.getByRole('button', { name: label }).click();
    await page.waitForFunction(() => window.__import.kept !== undefined, null, {
      timeout: 120_000,
    });
    const { clicked, shown, kept } = await page.evaluate(() => window.__import);
    const progressSteps = await page.evaluate(() => window.__progress.size);
    imports.push({ checked, shown: shown - clicked, kept: kept - clicked, progressSteps });
  }

  await page.addInitScript((expected) => {
    const marks = (window.__bench = {});
    const mark = (key) => {
      if (marks[key] === undefined) marks[key] = performance.now();
    };
    new MutationObserver(() => {
      if (document.querySelector('tbody tr[data-model-id]')) mark('firstRow');
      if (document.querySelector('[role=status]')?.textContent?.startsWith(expected))
        mark('counts');
    }).observe(document, { subtree: true, childList: true, characterData: true });
  }, `${total} of`);
  const reloads = [];
  for (let i = 0; i < reloadRuns; i++) {
    await page.reload();
    await page.waitForFunction(() => window.__bench.counts !== undefined, null, {
      timeout: 60_000,
    });
    reloads.push(await page.evaluate(() => ({ ...window.__bench })));
  }
  await context.close();
  return { imports, reloads };
}
