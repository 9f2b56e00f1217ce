// The benchmark's reference page: the bare stack (react, react-dom, @tanstack/react-table,
// recharts, zustand) drawing Table 1's 45 rows as a table and one stacked bar chart, nothing
// else. npm run bench measures the explorer against it in the same run.
//
// `?rows=N` (N ≥ 45): the rows the explorer holds after the bench imports N − 45 synthetic ones
// (Table 1's, then ../synthetic-rows.mjs), all in the DOM, and the controls the bench's
// interactions need: a Year facet, sortable headers, a search box, the "N of M models" count and
// the chart's data table. Each is the plainest way to do it (React state, Array.prototype filter
// and sort): it stands for the bare stack doing the same interaction. Without `rows` the page is
// what it always was, so the cold loads compare with earlier runs.
// The rows and what the controls do to them: rows.ts; the parts: chart.tsx, table.tsx,
// year-facet.tsx.
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Chart } from './chart';
import { type Sort, interactive, search, sortRows, useRows } from './rows';
import { Table } from './table';
import { YearFacet } from './year-facet';

/** `?rows=N`: search, then the Year facet, then the sort; the count and the chart follow. */
function Interactive() {
  const rows = useRows((s) => s.rows);
  const [query, setQuery] = useState('');
  const [years, setYears] = useState<readonly number[]>([]);
  const [sort, setSort] = useState<Sort>(null);
  const searched = useMemo(() => search(rows, query), [rows, query]);
  const shown = useMemo(
    () => (years.length ? searched.filter((m) => years.includes(m.year)) : searched),
    [searched, years],
  );
  const sorted = useMemo(() => sortRows(shown, sort), [shown, sort]);
  const toggle = (year: number) =>
    setYears((t) => (t.includes(year) ? t.filter((y) => y !== year) : [...t, year]));
  return (
    <main>
      <h1>Table 1</h1>
      <input
        type="search"
        aria-label="Search models"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <YearFacet rows={searched} ticked={years} onToggle={toggle} />
      <p role="status">
        {shown.length.toLocaleString('en')} of {rows.length.toLocaleString('en')} models
      </p>
      <figure aria-labelledby="chart-caption">
        <figcaption id="chart-caption">Models per year</figcaption>
        <Chart rows={shown} />
      </figure>
      <Table rows={sorted} sort={sort} onSort={setSort} />
    </main>
  );
}

function Plain() {
  const rows = useRows((s) => s.rows);
  return (
    <>
      <h1>Table 1</h1>
      <figure>
        <figcaption>Models per year</figcaption>
        <Chart rows={rows} />
      </figure>
      <Table rows={rows} />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>{interactive ? <Interactive /> : <Plain />}</StrictMode>,
);
