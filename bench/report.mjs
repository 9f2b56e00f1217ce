// The benchmark's tables: figures against the reference page, INP and done per interaction and
// size, the explorer against the reference at 1,000 rows, typing, the rest; each budget marked met
// or missed. A narrowed run (run.mjs) prints and checks only what it measured. Returns the budgets
// as checked.
import { BUDGETS } from './budgets.mjs';
import { interactionTables } from './report-interactions.mjs';
import { kb, ms, size, table, times } from './report-tables.mjs';

export function printReport(results, stored) {
  const budgets = [];
  const check = (metric, value, budget, ok) => {
    budgets.push({ metric, value, budget, ok });
    return ok ? 'yes' : 'NO';
  };
  console.log(`\nmedian (min–max) over ${results.runs} runs, Chromium ${results.chromium}`);

  const app = results.cold;
  const ref = results.reference;
  // A cold-load row against the reference's, with its budget on the ratio if it has one.
  const coldRow = (label, key, budget) => {
    // A measure that no run could take (null) shows as "—" and fails its budget.
    if (!app[key] || !ref[key]) {
      const ok = budget === undefined ? '' : check(label, '—', `≤ ${budget}x`, false);
      return [
        label,
        ms(app[key]),
        ms(ref[key]),
        '—',
        budget === undefined ? '' : `≤ ${budget}x`,
        ok,
      ];
    }
    const r = app[key].median / ref[key].median;
    const limit = budget === undefined ? '' : `≤ ${budget}x`;
    const ok = budget === undefined ? '' : check(label, times(r), limit, r <= budget);
    return [label, ms(app[key]), ms(ref[key]), times(r), limit, ok];
  };
  table(
    'Against the bare stack (react, react-dom, @tanstack/react-table, recharts, zustand; 45 rows, one chart)',
    ['measure', 'explorer', 'reference', 'ratio', 'budget', 'ok'],
    [
      ...(app
        ? [
            coldRow('cold load → first row painted, ms', 'firstRowMs', BUDGETS.firstRowRatio),
            coldRow('first contentful paint, ms', 'fcpMs'),
            coldRow('cold load → charts drawn, ms', 'chartsMs', BUDGETS.chartsRatio),
          ]
        : []),
      [
        'initial JS, gzip',
        kb(results.size.initialJsGzip),
        kb(ref.size.initialJsGzip),
        times(results.size.initialJsGzip / ref.size.initialJsGzip),
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

  const f = results.frame45?.facetWorkMs;
  if (f)
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

  if (results.inp) interactionTables(results, check);

  if (results.typing) {
    table(
      'Typing in search: a word typed at 100 ms a key, no Enter (budget on the median)',
      ['rows', 'typing: last key → result shown, ms', 'budget', 'ok'],
      Object.entries(results.typing).map(([n, t]) => {
        const s = t.lastKeyToResultMs;
        const budget = BUDGETS.typingMs[n];
        const ok = !!s && s.median <= budget;
        return [
          size(n),
          ms(s),
          budget === undefined ? '' : `≤ ${budget}`,
          budget === undefined
            ? ''
            : check(`typing: last key → result @ ${n}`, s?.median, `≤ ${budget}`, ok),
        ];
      }),
    );
  }

  const s = results.stored;
  const n = stored.toLocaleString('en');
  const memory = results.memory;
  if (s || memory)
    table(
      'Imports, stored rows and memory',
      ['measure', 'value', 'budget', 'ok'],
      [
        ...(s
          ? [
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
            ]
          : []),
        ...(memory
          ? [
              ['JS heap after load', kb(memory.afterLoad), '', ''],
              ['JS heap with 10,000 rows', kb(memory.after10k), '', ''],
            ]
          : []),
      ],
    );
  const missed = budgets.filter((b) => !b.ok);
  console.log(`\nbudgets: ${budgets.length - missed.length} met, ${missed.length} missed`);
  return budgets;
}
