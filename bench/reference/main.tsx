// The benchmark's reference page: the bare stack (react, react-dom, @tanstack/react-table,
// recharts, zustand) drawing Table 1's 45 rows as a table and one stacked bar chart, nothing
// else. npm run bench measures the explorer against it in the same run.
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { create } from 'zustand';
import { PAPER_MODELS } from '../../src/data/models';
import type { Model } from '../../src/data/schema';

const useRows = create<{ rows: readonly Model[] }>(() => ({ rows: PAPER_MODELS }));

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, Model>();
const columns = helper.columns([
  helper.accessor('name', { header: 'Model' }),
  helper.accessor('year', { header: 'Year' }),
  helper.accessor('backbone', { header: 'Backbone' }),
  helper.accessor((m) => m.tasks.join(', '), { id: 'task', header: 'Task' }),
  helper.accessor((m) => m.groups.join(', '), { id: 'group', header: 'Group' }),
]);

const BACKBONES = ['Diffusion', 'Auto-regressive', 'Masked Vision Models', '-'];
const COLORS = ['#0072b2', '#d55e00', '#009e73', '#7a7f87'];

function Chart() {
  const rows = useRows((s) => s.rows);
  const years = [...new Set(rows.map((m) => m.year))].sort();
  const data = years.map((year) => ({
    year: String(year),
    ...Object.fromEntries(
      BACKBONES.map((b) => [b, rows.filter((m) => m.year === year && m.backbone === b).length]),
    ),
  }));
  return (
    <BarChart responsive style={{ width: '100%', height: 300 }} data={data}>
      <CartesianGrid vertical={false} />
      <XAxis dataKey="year" />
      <YAxis allowDecimals={false} />
      {BACKBONES.map((b, i) => (
        <Bar key={b} dataKey={b} stackId="all" fill={COLORS[i]} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}

function Table() {
  const rows = useRows((s) => s.rows);
  const table = useTable({ features, columns, data: rows as Model[] });
  return (
    <table>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th key={header.id}>
                <table.FlexRender header={header} />
              </th>
            ))}
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <h1>Table 1</h1>
    <figure>
      <figcaption>Models per year</figcaption>
      <Chart />
    </figure>
    <Table />
  </StrictMode>,
);
