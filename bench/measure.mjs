// What the benchmark measures, in the page itself: performance.now() at the first frame painted
// after a change in which the table and the charts both show it. Imports, stored rows and memory:
// stored-rows.mjs.

/** Runs in the page: waits for frames until `ready()` holds, returns ms since `start`. */
const IN_PAGE = `
window.__frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
window.__shown = () =>
  Number((document.querySelector('[role=status]')?.textContent ?? '').split(' ')[0].replace(/,/g, ''));
window.__plotted = () => {
  const fig = [...document.querySelectorAll('figure')].find((f) => f.querySelector('figcaption')?.textContent === 'Models per year');
  if (!fig) return -1;
  return [...fig.querySelectorAll('tbody tr')].reduce((n, tr) => n + Number(tr.lastElementChild?.textContent ?? 0), 0);
};
window.__until = async (start, ready) => {
  for (let i = 0; i < 600; i++) {
    await window.__frame();
    if (ready()) return performance.now() - start;
  }
  return NaN;
};
`;

export async function measureCold(browser, url, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const marks = (window.__bench = {});
      const done = (key) => {
        if (marks[key] !== undefined || marks[`${key}Pending`]) return;
        marks[`${key}Pending`] = true;
        requestAnimationFrame(() => setTimeout(() => (marks[key] = performance.now()), 0));
      };
      new MutationObserver(() => {
        if (document.querySelector('tbody tr[data-model-id]')) done('firstRow');
        // Drawn: live (recharts), or the still picture the build wrote into the page.
        const still = [...document.querySelectorAll('figure .chart-drawing-placeholder')].some(
          (place) => place.shadowRoot?.querySelector('rect'),
        );
        if (
          still ||
          document.querySelectorAll('figure svg.recharts-surface .recharts-bar-rectangle').length >
            0
        )
          done('charts');
      }).observe(document, { subtree: true, childList: true });
      // Observed as it happens: read afterwards, the entry was missing on some loads.
      new PerformanceObserver((list) => {
        const fcp = list.getEntriesByName('first-contentful-paint')[0];
        if (fcp) marks.fcp = fcp.startTime;
      }).observe({ type: 'paint', buffered: true });
    });
    await page.goto(url);
    await page.waitForFunction(
      () => window.__bench.firstRow !== undefined && window.__bench.charts !== undefined,
    );
    out.push(
      await page.evaluate(() => ({
        firstRow: window.__bench.firstRow,
        charts: window.__bench.charts,
        fcp:
          window.__bench.fcp ??
          performance.getEntriesByName('first-contentful-paint')[0]?.startTime ??
          NaN,
      })),
    );
    await context.close();
  }
  return out;
}

export async function openWithRows(browser, url, importCount, csv) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  // Evaluated through the devtools protocol: the page's CSP rightly refuses injected script tags.
  await page.evaluate(IN_PAGE);
  await page.locator('figure svg.recharts-surface').first().waitFor();
  if (importCount > 0) {
    await page
      .getByLabel('Import models')
      .setInputFiles({ name: 'synthetic.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page
      .getByRole('button', { name: `Import ${importCount.toLocaleString('en')} rows` })
      .click({ timeout: 60_000 });
    await page
      .getByRole('status')
      .filter({ hasText: `${(importCount + 45).toLocaleString('en')} of` })
      .waitFor({ timeout: 60_000 });
  }
  return page;
}

/** The reference page holding `rows` rows, with its controls (bench/reference/main.tsx). */
export async function openReference(browser, url, rows) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${url}?rows=${rows}`);
  await page.locator('figure svg.recharts-surface').first().waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: `${rows.toLocaleString('en')} of` })
    .waitFor();
  return page;
}

export async function measureInteractions(browser, url, importCount, csv, runs) {
  const page = await openWithRows(browser, url, importCount, csv);
  // A facet click. `table`: wall time to the first frame showing the new count and rows. `work`: the
  // time that frame cost (script until the click returns, plus style, layout and paint between the
  // frame's start and its end), without the wait for the display's next refresh; one frame = 16 ms.
  // `charts`: wall time until the charts show it too (they redraw in the frame after).
  const facet = await page.evaluate(async (n) => {
    const year = [...document.querySelectorAll('fieldset')].find(
      (f) => f.querySelector('legend')?.textContent === 'Year',
    );
    const box = year.querySelectorAll('input[type=checkbox]')[1];
    const table = [];
    const work = [];
    const charts = [];
    for (let i = 0; i < n * 2; i++) {
      await window.__frame();
      const before = window.__shown();
      const start = performance.now();
      box.click();
      const script = performance.now() - start;
      const frameStart = await new Promise((r) =>
        requestAnimationFrame(() => r(performance.now())),
      );
      await new Promise((r) => setTimeout(r, 0));
      const painted = performance.now();
      if (window.__shown() !== before) {
        table.push(painted - start);
        work.push(script + (painted - frameStart));
      }
      charts.push(await window.__until(start, () => window.__plotted() === window.__shown()));
    }
    return { table, work, charts };
  }, runs);

  const sort = await page.evaluate(async (n) => {
    const th = [...document.querySelectorAll('th[aria-sort]')].find((h) =>
      h.textContent.startsWith('Year'),
    );
    const out = [];
    for (let i = 0; i < n; i++) {
      await window.__frame();
      const before = th.getAttribute('aria-sort');
      const start = performance.now();
      th.querySelector('button').click();
      out.push(await window.__until(start, () => th.getAttribute('aria-sort') !== before));
    }
    return out;
  }, runs);

  const search = await page.evaluate(async (n) => {
    const input = document.querySelector('input[type=search]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const out = [];
    for (let i = 0; i < n * 2; i++) {
      await window.__frame();
      const before = window.__shown();
      const query = i % 2 === 0 ? 'synthetic 1' : '';
      const start = performance.now();
      setValue.call(input, query);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Enter commits at once: the debounce is for typing, not what is measured here.
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      out.push(
        await window.__until(
          start,
          () => window.__shown() !== before && window.__plotted() === window.__shown(),
        ),
      );
    }
    return out;
  }, runs);
  await page.close();
  return {
    facetTable: facet.table,
    facetWork: facet.work,
    facetCharts: facet.charts,
    sort,
    search: search.filter((v) => !Number.isNaN(v)),
  };
}
