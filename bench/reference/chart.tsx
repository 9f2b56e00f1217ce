// The reference page's one chart: models per year, stacked by backbone.
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { ROWS, interactive, type Row } from './rows';

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

// Memoised so that a sort, which leaves the shown rows as they are, does not redraw the chart:
// what anyone writing this with React would do.
export const Chart = memo(function Chart({ rows }: { rows: readonly Row[] }) {
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
