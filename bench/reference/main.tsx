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
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { StrictMode, memo, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { create } from 'zustand';
import { PAPER_MODELS } from '../../src/data/models';
import type { Model } from '../../src/data/schema';
import { syntheticRow } from '../synthetic-rows.mjs';

type Row = Pick<Model, 'id' | 'name' | 'year' | 'backbone' | 'tasks' | 'groups' | 'work'>;
type Sort = { id: keyof typeof VALUES; desc: boolean } | null;

const size = Number(new URLSearchParams(location.search).get('rows') ?? 0);
const interactive = size > 0;

function synthetic(i: number): Row {
  const { name, year, backbone, tasks, group } = syntheticRow(i);
  return { id: `synthetic-${i}`, name, year, backbone, tasks, groups: [group], work: null };
}

const ROWS: readonly Row[] = interactive
  ? [
      ...PAPER_MODELS,
      ...Array.from({ length: Math.max(0, size - PAPER_MODELS.length) }, (_, i) => synthetic(i)),
    ]
  : PAPER_MODELS;
const useRows = create<{ rows: readonly Row[] }>(() => ({ rows: ROWS }));

// What each column shows, and what a sort compares.
const VALUES = {
  name: (m: Row) => m.name,
  year: (m: Row) => m.year,
  backbone: (m: Row) => m.backbone,
  task: (m: Row) => m.tasks.join(', '),
  group: (m: Row) => m.groups.join(', '),
};

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, Row>();
const columns = helper.columns([
  helper.accessor('name', { header: 'Model' }),
  helper.accessor('year', { header: 'Year' }),
  helper.accessor('backbone', { header: 'Backbone' }),
  helper.accessor(VALUES.task, { id: 'task', header: 'Task' }),
  helper.accessor(VALUES.group, { id: 'group', header: 'Group' }),
]);

// Table 1's backbones, then any other the rows bring (the synthetic rows' Transformer).
const BACKBONES = [
  ...new Set([
    'Diffusion',
    'Auto-regressive',
    'Masked Vision Models',
    '-',
    ...ROWS.map((m) => m.backbone),
  ]),
];
const COLORS = ['#0072b2', '#d55e00', '#009e73', '#7a7f87', '#cc79a7'];

/** Every word of the query in the model's name, tasks, groups or cited work, as the explorer. */
function search(rows: readonly Row[], query: string): readonly Row[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return rows;
  return rows.filter((m) => {
    const text = [m.name, ...m.tasks, ...m.groups, m.work?.title ?? '', m.work?.webPage ?? '']
      .join('\n')
      .toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

function sortRows(rows: readonly Row[], sort: Sort): readonly Row[] {
  if (!sort) return rows;
  const value = VALUES[sort.id];
  const sign = sort.desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    return (
      sign * (typeof x === 'number' && typeof y === 'number' ? x - y : `${x}`.localeCompare(`${y}`))
    );
  });
}

// Ascending, descending, then the published order again, as the explorer's headers.
const nextSort = (sort: Sort, id: keyof typeof VALUES): Sort =>
  sort?.id !== id ? { id, desc: false } : sort.desc ? null : { id, desc: true };

// Memoised so that a sort, which leaves the shown rows as they are, does not redraw the chart:
// what anyone writing this with React would do.
const Chart = memo(function Chart({ rows }: { rows: readonly Row[] }) {
  const years = [...new Set(rows.map((m) => m.year))].sort();
  const data = years.map((year) => ({
    year: String(year),
    ...Object.fromEntries(
      BACKBONES.map((b) => [b, rows.filter((m) => m.year === year && m.backbone === b).length]),
    ),
  }));
  return (
    <>
      <BarChart responsive style={{ width: '100%', height: 300 }} data={data}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="year" />
        <YAxis allowDecimals={false} />
        {BACKBONES.map((b, i) => (
          <Bar
            key={b}
            dataKey={b}
            stackId="all"
            fill={COLORS[i % COLORS.length]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
      {/* The chart's numbers: the bench reads how many rows it draws from them. */}
      {interactive && (
        <table>
          <tbody>
            {years.map((year) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                <td>{rows.filter((m) => m.year === year).length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
});

function Table({
  rows,
  sort,
  onSort,
}: {
  rows: readonly Row[];
  sort?: Sort;
  onSort?: (sort: Sort) => void;
}) {
  const table = useTable({ features, columns, data: rows as Row[], getRowId: (m) => m.id });
  return (
    <table>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const id = header.column.id as keyof typeof VALUES;
              const direction = sort?.id === id ? (sort.desc ? 'descending' : 'ascending') : 'none';
              return (
                <th key={header.id} aria-sort={onSort ? direction : undefined}>
                  {onSort ? (
                    <button type="button" onClick={() => onSort(nextSort(sort ?? null, id))}>
                      <table.FlexRender header={header} />
                    </button>
                  ) : (
                    <table.FlexRender header={header} />
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id} data-model-id={row.original.id}>
            {row.getAllCells().map((cell) => (
              <td key={cell.id}>
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function YearFacet({
  rows,
  ticked,
  onToggle,
}: {
  rows: readonly Row[];
  ticked: readonly number[];
  onToggle: (year: number) => void;
}) {
  const all = useRows((s) => s.rows);
  const years = useMemo(() => [...new Set(all.map((m) => m.year))].sort(), [all]);
  return (
    <fieldset>
      <legend>Year</legend>
      {years.map((year) => (
        <label key={year}>
          <input type="checkbox" checked={ticked.includes(year)} onChange={() => onToggle(year)} />
          {year} ({rows.filter((m) => m.year === year).length})
        </label>
      ))}
    </fieldset>
  );
}

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
