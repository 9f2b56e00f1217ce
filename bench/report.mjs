// The benchmark's tables: figures against the reference page, INP and done per interaction and
// size, the rest; each budget marked met or missed. Returns the budgets as checked.

export const BUDGETS = {
  initialJsGzipKB: 200,
  firstRowRatio: 0.6,
  frame45Ms: 16.7,
  inpMs: 100,
  doneMs: 100,
  storedFirstRowMs: 1000,
};

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (s) => (s ? `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})` : '—');
const pad = (text, n) => String(text).padEnd(n);

function table(title, head, rows) {
  console.log(`\n${title}`);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  console.log(head.map((h, i) => pad(h, widths[i])).join('  '));
  for (const r of rows) console.log(r.map((c, i) => pad(c, widths[i])).join('  '));
}

export function printReport(results, sizes, stored) {
  const budgets = [];
  const check = (metric, value, budget, ok) => {
    budgets.push({ metric, value, budget, ok });
    return ok ? 'yes' : 'NO';
  };
  console.log(`\nmedian (min–max) over ${results.runs} runs, Chromium ${results.chromium}`);

  const app = results.cold;
  const ref = results.reference;
  const ratio = (a, b) => (a.median / b.median).toFixed(2);
  const firstRowRatio = app.firstRowMs.median / ref.firstRowMs.median;
  table(
    'Against the bare stack (react, react-dom, @tanstack/react-table, recharts, zustand; 45 rows, one chart)',
    ['measure', 'explorer', 'reference', 'ratio', 'budget', 'ok'],
    [
      [
        'cold load → first row painted, ms',
        ms(app.firstRowMs),
        ms(ref.firstRowMs),
        `${firstRowRatio.toFixed(2)}x`,
        `≤ ${BUDGETS.firstRowRatio}x`,
        check(
          'first row vs reference',
          `${firstRowRatio.toFixed(2)}x`,
          `≤ ${BUDGETS.firstRowRatio}x`,
          firstRowRatio <= BUDGETS.firstRowRatio,
        ),
      ],
      [
        'first contentful paint, ms',
        ms(app.fcpMs),
        ms(ref.fcpMs),
        `${ratio(app.fcpMs, ref.fcpMs)}x`,
        '',
        '',
      ],
      [
        'cold load → charts drawn, ms',
        ms(app.chartsMs),
        ms(ref.chartsMs),
        `${ratio(app.chartsMs, ref.chartsMs)}x`,
        '',
        '',
      ],
      [
        'initial JS, gzip',
        kb(results.size.initialJsGzip),
        kb(ref.size.initialJsGzip),
        `${(results.size.initialJsGzip / ref.size.initialJsGzip).toFixed(2)}x`,
        `≤ ${BUDGETS.initialJsGzipKB} KB`,
        check(
          'initial JS, gzip',
          kb(results.size.initialJsGzip),
          `≤ ${BUDGETS.initialJsGzipKB} KB`,
          results.size.initialJsGzip / 1024 <= BUDGETS.initialJsGzipKB,
        ),
      ],
      [
        'initial CSS, gzip',
        kb(results.size.initialCssGzip),
        kb(ref.size.initialCssGzip),
        '',
        '',
        '',
      ],
      ['loads later, gzip', kb(results.size.laterGzip), kb(ref.size.laterGzip), '', '', ''],
    ],
  );

  const f = results.frame45.facetWorkMs;
  table(
    'The table frame at 45 rows (a facet click: script, style, layout and paint)',
    ['measure', 'value', 'budget', 'ok'],
    [
      [
        'facet click → frame cost, ms',
        `${f.median.toFixed(1)} (${f.min.toFixed(1)}–${f.max.toFixed(1)})`,
        `≤ ${BUDGETS.frame45Ms}`,
        check(
          'table frame @ 45',
          f.median.toFixed(1),
          `≤ ${BUDGETS.frame45Ms}`,
          f.median <= BUDGETS.frame45Ms,
        ),
      ],
    ],
  );

  const names = Object.keys(results.inp[sizes[0]]);
  for (const [key, label, budget] of [
    ['inpMs', 'INP (Event Timing, web-vitals style), ms', BUDGETS.inpMs],
    ['doneMs', 'Done (table and charts, or dialog, view, slide, show it), ms', BUDGETS.doneMs],
  ]) {
    table(
      `${label}: budget ≤ ${budget} (median); ✗ marks a miss`,
      ['interaction', ...sizes.map((n) => `@ ${n.toLocaleString('en')}`)],
      names.map((name) => [
        name,
        ...sizes.map((n) => {
          const s = results.inp[n][name]?.[key];
          if (!s) return '—';
          // A keystroke's done is its own paint; typing is judged by INP alone.
          const judged = !(key === 'doneMs' && name.startsWith('typing'));
          const ok = !judged || s.median <= budget;
          if (judged)
            check(
              `${name} ${key === 'inpMs' ? 'INP' : 'done'} @ ${n}`,
              s.median,
              `≤ ${budget}`,
              ok,
            );
          return `${ms(s)}${ok ? '' : ' ✗'}`;
        }),
      ]),
    );
  }

  const s = results.stored;
  const n = stored.toLocaleString('en');
  table(
    'Imports and stored rows',
    ['measure', 'value', 'budget', 'ok'],
    [
      [`import ${n} rows: file → checked, ms`, ms(s.importCheckedMs), '', ''],
      [`import ${n} rows: Import → shown, ms`, ms(s.importShownMs), '', ''],
      [`import ${n} rows: Import → kept, ms`, ms(s.importKeptMs), '', ''],
      [
        `import ${n} rows: progress values shown`,
        ms(s.progressSteps),
        '> 1',
        check('progress values', s.progressSteps.min, '> 1', s.progressSteps.min > 1),
      ],
      [
        `reload, ${n} stored → first row, ms`,
        ms(s.reloadFirstRowMs),
        `≤ ${BUDGETS.storedFirstRowMs}`,
        check(
          'stored first row',
          s.reloadFirstRowMs.median,
          `≤ ${BUDGETS.storedFirstRowMs}`,
          s.reloadFirstRowMs.median <= BUDGETS.storedFirstRowMs,
        ),
      ],
      [`reload, ${n} stored → facet counts, ms`, ms(s.reloadCountsMs), '', ''],
      ['JS heap after load', kb(results.memory.afterLoad), '', ''],
      ['JS heap with 10,000 rows', kb(results.memory.after10k), '', ''],
    ],
  );
  const missed = budgets.filter((b) => !b.ok);
  console.log(`\nbudgets: ${budgets.length - missed.length} met, ${missed.length} missed`);
  return budgets;
}
