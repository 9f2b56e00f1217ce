// Interaction to Next Paint, the way the web-vitals library measures it: Event Timing entries
// (`type: 'event'`) grouped by interactionId, an interaction's latency being its longest entry.
// The input is real (Playwright's mouse and keyboard go through the browser's input pipeline), and
// beside INP each interaction reports when it is done: the first frame painted after the table
// and the charts (or the dialog, tab or slide) show its result, timed from the input event.
// Several pages (the explorer and the reference page) can be measured in turn, sample by sample.

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
    frame,
    shown,
    // Arms one interaction: the next pointerdown or keydown starts the clock, \`kind\` stops it.
    arm(kind) {
      const before = snapshot();
      window.__inp.done = new Promise((resolve) => {
        const start = (e) => {
          // A shortcut's modifier is not the interaction: its key is (Control+V's V).
          if (['Control', 'Meta', 'Shift', 'Alt'].includes(e.key)) return;
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

/** Readies a page for measureInp and typing.mjs: the Event Timing observer and the helpers. */
export const prepare = (page) => page.evaluate(IN_PAGE);

async function measureOne(page, kind, act) {
  await page.evaluate((k) => window.__inp.arm(k), kind);
  await act();
  const { t0, done } = await page.evaluate(() => window.__inp.done);
  const inp = await page.evaluate((t) => window.__inp.latency(t), t0);
  return { inp, done };
}

const yearBox = (page) => page.getByRole('group', { name: 'Year' }).getByRole('checkbox').nth(1);
const yearHeader = (page) => page.locator('th[aria-sort]').filter({ hasText: /^Year/ });
const yearSort = (page) => yearHeader(page).getByRole('button');
export const searchBox = (page) => page.getByRole('searchbox', { name: 'Search models' });

/** Empties the search box and waits until every row is shown again ("M of M models"). */
export async function clearSearch(page) {
  await searchBox(page).fill('');
  await searchBox(page).press('Enter');
  await page.waitForFunction(() => {
    const text = document.querySelector('main [role=status]')?.textContent ?? '';
    const [shown, total] = text.replace(/,/g, '').match(/\d+/g) ?? [];
    return shown !== undefined && shown === total;
  });
}

/**
 * Every interaction the issue names, in the order measured. `samples(runs)`: how many samples
 * make `runs`; `sample(page, i)` acts once and returns what it measured as [name, { inp, done }]
 * pairs; `before` and `after` set up and put back.
 */
const INTERACTIONS = [
  {
    // Ticks and unticks: an even number of clicks ends where it began.
    name: 'facet click',
    samples: (runs) => runs * 2,
    sample: async (page) => [
      ['facet click', await measureOne(page, 'rows', () => yearBox(page).click())],
    ],
  },
  {
    name: 'sort click',
    samples: (runs) => runs,
    sample: async (page) => [
      ['sort click', await measureOne(page, 'sort', () => yearSort(page).click())],
    ],
    // Back to the published order (ascending, descending, none: the runs may end anywhere).
    after: async (page) => {
      while ((await yearHeader(page).getAttribute('aria-sort')) !== 'none')
        await yearSort(page).click();
    },
  },
  {
    // Each keystroke is an interaction; a fast typist's pace, 100 ms a key (typing.mjs times
    // when the result is shown).
    name: 'typing in search (a key)',
    samples: (runs) => Math.max(1, Math.ceil(runs / 3)),
    sample: async (page) => {
      const out = [];
      await searchBox(page).focus();
      for (const key of 'gen 1') {
        const m = await measureOne(page, 'none', () => page.keyboard.press(key));
        out.push(['typing in search (a key)', m]);
        await page.waitForTimeout(100);
      }
      await clearSearch(page);
      return out;
    },
  },
  {
    // Words entered at once, pasted: one keystroke (Control+V) that searches, on a page that
    // searches as you type (the reference) as on one that waits for a pause (Enter would find the
    // search done already on the first, and measure nothing).
    name: 'a search (words pasted) → rows shown',
    samples: (runs) => runs,
    before: (page) => page.context().grantPermissions(['clipboard-read', 'clipboard-write']),
    sample: async (page, i) => {
      const words = ['gen 1', 'lab 2', 'video'][i % 3];
      await page.evaluate((w) => navigator.clipboard.writeText(w), words);
      await searchBox(page).focus();
      const m = await measureOne(page, 'rows', () => page.keyboard.press('ControlOrMeta+V'));
      await clearSearch(page);
      return [['a search (words pasted) → rows shown', m]];
    },
  },
  {
    name: 'open a model',
    samples: (runs) => runs,
    sample: async (page) => {
      const firstRow = page.locator('tbody tr[data-model-id]').first();
      const m = await measureOne(page, 'dialog', () => firstRow.click());
      await measureOne(page, 'closed', () => page.keyboard.press('Escape'));
      return [['open a model', m]];
    },
  },
  {
    name: 'switch view',
    samples: (runs) => runs,
    sample: async (page) => {
      const tab = (name) => page.getByRole('tab', { name });
      return [
        [
          'switch view: to Applications',
          await measureOne(page, 'tab', () => tab('Applications').click()),
        ],
        ['switch view: back to Models', await measureOne(page, 'tab', () => tab('Models').click())],
      ];
    },
  },
  {
    name: 'step a slide',
    samples: (runs) => runs,
    before: async (page) => {
      await page.getByRole('button', { name: 'Present' }).click();
      await page.locator('.presentation__counter').waitFor();
    },
    sample: async (page) => [
      ['step a slide', await measureOne(page, 'slide', () => page.keyboard.press('ArrowRight'))],
    ],
    after: async (page) => {
      await page.keyboard.press('Escape');
      await page.getByRole('tab', { name: 'Models' }).waitFor();
    },
  },
];

export const INTERACTION_NAMES = INTERACTIONS.map((i) => i.name);

/** What the reference page can do too (bench/reference/main.tsx). */
export const SHARED_INTERACTIONS = INTERACTION_NAMES.slice(0, 4);

/**
 * The named interactions (all unless told), `runs` times each, on pages that already show their
 * rows. With several pages, they take turns sample by sample, so that each meets the same moments
 * of a noisy machine and the same states (a sort's direction, say). Returns, per page and
 * interaction, the INP values and the done times (ms).
 */
export async function measureInp(pages, runs, names = INTERACTION_NAMES) {
  for (const page of pages) await prepare(page);
  const out = pages.map(() => ({}));
  for (const step of INTERACTIONS.filter((i) => names.includes(i.name))) {
    for (const page of pages) await step.before?.(page);
    for (let i = 0; i < step.samples(runs); i++) {
      for (const [p, page] of pages.entries()) {
        for (const [name, m] of await step.sample(page, i)) {
          out[p][name] ??= { inp: [], done: [] };
          out[p][name].inp.push(m.inp);
          if (!Number.isNaN(m.done)) out[p][name].done.push(m.done);
        }
      }
    }
    for (const page of pages) await step.after?.(page);
  }
  return out;
}
