// The report's interaction tables (report.mjs): `check` records a budget in its list, met or
// missed, and returns what the table's ok column shows.
import { BUDGETS } from './budgets.mjs';
import { ms, size, table, times } from './report-tables.mjs';

/** INP and done per interaction and size, and the explorer against the reference page. */
export function interactionTables(results, check) {
  const sizes = Object.keys(results.inp).map(Number);
  const names = [...new Set(sizes.flatMap((n) => Object.keys(results.inp[n])))];
  const compared = BUDGETS.comparedRows;
  const theirs = results.reference.inp?.[compared] ?? {};
  const ratio = (a, b) => (a && b ? a.median / b.median : NaN);

  table(
    `INP (Event Timing, web-vitals style), ms: budget ≤ ${BUDGETS.inpMs}, at ${size(compared)} rows ` +
      `≤ ${BUDGETS.comparedInpMs} and ≤ the reference's (median); ✗ marks a miss`,
    ['interaction', ...sizes.map((n) => `@ ${size(n)}`)],
    names.map((name) => [
      name,
      ...sizes.map((n) => {
        const s = results.inp[n][name]?.inpMs;
        if (!s) return '—';
        const budget = n === compared ? BUDGETS.comparedInpMs : BUDGETS.inpMs;
        const ok = s.median <= budget;
        check(`${name} INP @ ${n}`, s.median, `≤ ${budget}`, ok);
        const r = ratio(s, theirs[name]?.inpMs);
        const worse = n === compared && r > BUDGETS.comparedInpRatio;
        return `${ms(s)}${ok && !worse ? '' : ' ✗'}`;
      }),
    ]),
  );

  const mine = results.inp[compared];
  const shared = mine ? names.filter((name) => theirs[name]) : [];
  if (shared.length)
    table(
      `Explorer vs reference at ${size(compared)} rows (every row in the DOM; the same interaction ` +
        'on the bare stack, plain React state): INP ratio budget ≤ ' +
        `${BUDGETS.comparedInpRatio.toFixed(1)} (medians)`,
      [
        'interaction',
        'INP explorer',
        'INP reference',
        'ratio',
        'done explorer',
        'done reference',
        'ratio',
        'ok',
      ],
      shared.map((name) => {
        const a = mine[name];
        const b = theirs[name];
        const r = ratio(a.inpMs, b.inpMs);
        const done = ratio(a.doneMs, b.doneMs);
        return [
          name,
          ms(a.inpMs),
          ms(b.inpMs),
          times(r),
          ms(a.doneMs),
          ms(b.doneMs),
          Number.isNaN(done) ? '—' : times(done),
          check(
            `${name} INP vs reference @ ${compared}`,
            times(r),
            `≤ ${BUDGETS.comparedInpRatio.toFixed(1)}x`,
            r <= BUDGETS.comparedInpRatio,
          ),
        ];
      }),
    );

  table(
    `Done (table and charts, or dialog, view, slide, show it), ms: budget ≤ ${BUDGETS.doneMs} ` +
      '(median); ✗ marks a miss',
    ['interaction', ...sizes.map((n) => `@ ${size(n)}`)],
    names.map((name) => [
      name,
      ...sizes.map((n) => {
        const m = results.inp[n][name];
        const s = m?.doneMs;
        // A keystroke's done is its own paint; typing is judged by INP and typing.mjs.
        if (name.startsWith('typing')) return ms(s);
        if (!m) return '—';
        // Measured, yet never done (each run waited 20 s for it): a miss, not a blank.
        if (!s) {
          check(`${name} done @ ${n}`, 'never', `≤ ${BUDGETS.doneMs}`, false);
          return 'never ✗';
        }
        const ok = s.median <= BUDGETS.doneMs;
        check(`${name} done @ ${n}`, s.median, `≤ ${BUDGETS.doneMs}`, ok);
        return `${ms(s)}${ok ? '' : ' ✗'}`;
      }),
    ]),
  );
}
