import { useTable } from '@tanstack/react-table';
import type { Model } from '../../data/schema';
import { useT } from '../../i18n/use-t';
import { columns, features } from './columns';

export function ModelTable({ rows, total }: { rows: readonly Model[]; total: number }) {
  const t = useT();
  const table = useTable({ features, columns, data: rows as Model[] });

  return (
    <section className="table-section" aria-labelledby="model-table-title">
      <div className="table-section__head">
        <h2 id="model-table-title">{t('table.caption')}</h2>
        <p role="status" className="result-count">
          {t('table.status', { shown: rows.length, total })}
        </p>
      </div>
      {/* The table scrolls inside this box on narrow screens, so the box takes focus for the keyboard. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('scroll.table')}>
        <table className="model-table" aria-labelledby="model-table-title">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th
                    key={header.id}
                    scope="col"
                    className={header.column.columnDef.meta?.className}
                  >
                    {header.column.columnDef.meta ? t(header.column.columnDef.meta.label) : null}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.original.id}>
                {row.getAllCells().map((cell) =>
                  cell.column.id === 'name' ? (
                    <th key={cell.id} scope="row" className="col-model">
                      <table.FlexRender cell={cell} />
                    </th>
                  ) : (
                    <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
