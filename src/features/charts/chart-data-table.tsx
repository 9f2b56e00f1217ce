import type { YearRow } from '../../lib/chart-series';
import { useT } from '../../i18n/use-t';
import { valueLabel } from '../../i18n/value-label';

interface Props {
  caption: string;
  rows: readonly YearRow[];
  backbones: readonly string[];
  visible: boolean;
}

/** Exactly the plotted numbers: a row per year, a column per backbone, and the total. */
export function ChartDataTable({ caption, rows, backbones, visible }: Props) {
  const t = useT();
  return (
    // The wrapper hides the table visually: a table itself ignores the 1px box of .sr-only.
    <div
      className={visible ? 'chart-data-wrap' : 'sr-only'}
      // Shown, it may scroll sideways on a phone: keyboard users need to reach it.
      {...(visible ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {})}
    >
      <table className="chart-data">
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
          {rows.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              {backbones.map((b) => (
                <td key={b}>{row.counts[b] ?? 0}</td>
              ))}
              <td>{row.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
