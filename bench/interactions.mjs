// Interaction to Next Paint, the way the web-vitals library measures it: Event Timing entries
// (`type: 'event'`) grouped by interactionId, an interaction's latency being its longest entry.
// The input is real (Playwright's mouse and keyboard go through the browser's input pipeline), and
// beside INP each interaction reports when it is done: the first frame painted after the table
// and the charts (or the dialog, tab or slide) show its result, timed from the input event.

/** Entries under this are not reported by the browser: such an interaction counts as this long. */
export const EVENT_THRESHOLD_MS = 16;

/** Runs in the page (evaluated through the devtools protocol, which the page's CSP allows). */
const IN_PAGE = `
(() => {
  if (window.__inp) return;
  const entries = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) entries.push({ id: e.interactionId, start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'event', durationThreshold: ${EVENT_THRESHOLD_MS}, buffered: true });
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const text = (el) => (el?.textContent ?? '').trim();
  const shown = () => Number(text(document.querySelector('main [role=status]')).replace(/,/g, '').match(/\\d+/)?.[0] ?? -1);
  // The number of rows the Models per year chart draws: the sum of its data table's totals.
  const plotted = () => {
    const fig = document.querySelector('figure[aria-labelledby$="-caption"]');
    if (!fig || !fig.querySelector('svg.recharts-surface')) return -1;
    return [...fig.querySelectorAll('tbody tr')].reduce((n, tr) => n + Number(text(tr.lastElementChild).replace(/,/g, '').match(/\\d+/)?.[0] ?? 0), 0);
  };
  const snapshot = () => ({
    shown: shown(),
    sort: [...document.querySelectorAll('th[aria-sort]')].map((h) => h.getAttribute('aria-sort')).join(),
    tab: text(document.querySelector('[role=tablist] [role=tab][aria-selected=true]')),
    slide: text(document.querySelector('.presentation__counter')),
  });
  const ready = {
    // Table, count and charts show the new rows.
    rows: (b) => shown() !== b.shown && plotted() === shown(),
    sort: (b) => snapshot().sort !== b.sort,
    dialog: () => !!document.querySelector('dialog[open]'),
    closed: () => !document.querySelector('dialog[open]'),
    tab: (b) => snapshot().tab !== b.tab && (snapshot().tab !== 'Models' || plotted() === shown()),
    slide: (b) => snapshot().slide !== b.slide,
    none: () => true,
  };
  window.__inp = {
    entries,
    // Arms one interaction: the next pointerdown or keydown starts the clock, \`kind\` stops it.
    arm(kind) {
      const before = snapshot();
      window.__inp.done = new Promise((resolve) => {
        const start = (e) => {
          removeEventListener('pointerdown', start, true);
          removeEventListener('keydown', start, true);
          const t0 = e.timeStamp;
          (async () => {
            for (let i = 0; i < 1200; i++) {
              await frame();
              if (ready[kind](before)) return resolve({ t0, done: performance.now() - t0 });
            }
            resolve({ t0, done: NaN });
          })();
        };
        addEventListener('pointerdown', start, true);
        addEventListener('keydown', start, true);
      });
    },
    // The latency of the interaction that began at t0: its longest Event Timing entry.
    async latency(t0) {
      // Entries are delivered after the frame they end in; give them a few frames to arrive.
      for (let i = 0; i < 3; i++) await frame();
      const mine = entries.filter((e) => e.start >= t0 - 1 && e.start <= t0 + 1);
      const ids = new Set(mine.map((e) => e.id));
      const all = entries.filter((e) => ids.has(e.id));
      return all.length ? Math.max(...all.map((e) => e.duration)) : ${EVENT_THRESHOLD_MS};
    },
  };
})();
`;

async function measureOne(page, kind, act) {
  await page.evaluate((k) => window.__inp.arm(k), kind);
  await act();
  const { t0, done } = await page.evaluate(() => window.__inp.done);
  const inp = await page.evaluate((t) => window.__inp.latency(t), t0);
  return { inp, done };
}

const yearBox = (page) => page.getByRole('group', { name: 'Year' }).getByRole('checkbox').nth(1);

/**
 * Every interaction the issue names, `runs` times each, on a page that already shows its rows.
 * Returns, per interaction, the INP values and the done times (ms).
 */
export async function measureInp(page, runs) {
  await page.evaluate(IN_PAGE);
  const out = {};
  const record = (name, m) => {
    out[name] ??= { inp: [], done: [] };
    out[name].inp.push(m.inp);
    if (!Number.isNaN(m.done)) out[name].done.push(m.done);
  };

  for (let i = 0; i < runs * 2; i++) {
    record('facet click', await measureOne(page, 'rows', () => yearBox(page).click()));
  }
  const yearHeader = page.locator('th[aria-sort]').filter({ hasText: /^Year/ });
  const yearSort = yearHeader.getByRole('button');
  for (let i = 0; i < runs; i++) {
    record('sort click', await measureOne(page, 'sort', () => yearSort.click()));
  }
  // Back to the published order (ascending, descending, none: the runs may end anywhere).
  while ((await yearHeader.getAttribute('aria-sort')) !== 'none') await yearSort.click();

  // Typing: each keystroke is an interaction; a fast typist's pace, 100 ms a key (the search
  // itself waits for a pause, or Enter).
  const search = page.getByRole('searchbox', { name: 'Search models' });
  const clear = async () => {
    await search.fill('');
    await search.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: /^\D*\d/ })
      .first()
      .waitFor();
  };
  for (let i = 0; i < Math.max(1, Math.ceil(runs / 3)); i++) {
    await search.focus();
    for (const key of 'gen 1'.split('')) {
      record(
        'typing in search (a key)',
        await measureOne(page, 'none', () => page.keyboard.press(key)),
      );
      await page.waitForTimeout(100);
    }
    await clear();
  }
  // A search: the words entered at once (pasted, or typed before the pause), then Enter.
  for (let i = 0; i < runs; i++) {
    await search.focus();
    await page.keyboard.insertText(['gen 1', 'lab 2', 'video'][i % 3]);
    record(
      'search Enter → rows shown',
      await measureOne(page, 'rows', () => page.keyboard.press('Enter')),
    );
    await clear();
  }

  const firstRow = page.locator('tbody tr[data-model-id]').first();
  for (let i = 0; i < runs; i++) {
    record('open a model', await measureOne(page, 'dialog', () => firstRow.click()));
    await measureOne(page, 'closed', () => page.keyboard.press('Escape'));
  }

  for (let i = 0; i < runs; i++) {
    record(
      'switch view: to Applications',
      await measureOne(page, 'tab', () => page.getByRole('tab', { name: 'Applications' }).click()),
    );
    record(
      'switch view: back to Models',
      await measureOne(page, 'tab', () => page.getByRole('tab', { name: 'Models' }).click()),
    );
  }

  await page.getByRole('button', { name: 'Present' }).click();
  await page.locator('.presentation__counter').waitFor();
  for (let i = 0; i < runs; i++) {
    record(
      'step a slide',
      await measureOne(page, 'slide', () => page.keyboard.press('ArrowRight')),
    );
  }
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Models' }).waitFor();
  return out;
}
