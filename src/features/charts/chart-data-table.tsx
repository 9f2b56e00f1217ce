import type { YearRow } from '../../lib/chart-series';
import { useT } from '../../store/use-t';
import { valueLabel } from '../../lib/value-label';
import './charts.css';
import '../../components/data-table.css';

interface Props {
  caption: string;
  /** Counts per year and backbone. */
  rows: readonly YearRow[];
  /** The same years as shares in whole percent: each cell then reads `5 (56%)`. */
  shares?: readonly YearRow[];
  /** Every row per year, whatever the filters: counts then read `3 of 8` (in shares, the totals). */
  ghost?: readonly YearRow[] | null;
  backbones: readonly string[];
  visible: boolean;
}

/** Exactly the plotted numbers: a row per year, a column per backbone, and the total. */
export function ChartDataTable({ caption, rows, shares, ghost, backbones, visible }: Props) {
  const t = useT();
  const of = (count: number, whole: number | undefined) =>
    whole === undefined
      ? String(count)
      : // One line in a table cell (the charts draw it on two).
        t('chart.nOf', { count, total: whole }).replace('\n', ' ');
  return (
    // The wrapper hides the table visually: a table itself ignores the 1px box of .sr-only.
    <div
      className={visible ? 'chart-data-wrap' : 'sr-only'}
      // Shown, it may scroll sideways on a phone: keyboard users need to reach it.
      {...(visible ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {})}
    >
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.year')}</th>
            {backbones.map((b) => (
              <th key={b} scope="col">
                {valueLabel('backbone', b, t)}
              </th>
            ))}
            <th scope="col">{t('chart.total')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              {backbones.map((b) => {
                const share = shares?.[i]?.counts[b];
                const count = row.counts[b] ?? 0;
                // A share is of the year's rows shown: beside `3 of 9` it would read as 3/9.
                return (
                  <td key={b}>
                    {share === undefined || row.total === 0
                      ? of(count, ghost?.[i]?.counts[b])
                      : `${count} (${share}%)`}
                  </td>
                );
              })}
              <td>{of(row.total, ghost?.[i]?.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
