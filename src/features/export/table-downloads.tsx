import type { Model } from '../../data/schema';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../store/store';
import './export.css';

/** CSV and JSON of the rows as filtered and sorted; the export code loads only when asked for. */
export function TableDownloads({ rows }: { rows: readonly Model[] }) {
  const t = useT();
  const filters = useAppStore((s) => s.filters);
  const download = async (format: 'csv' | 'json') => {
    const { downloadTable } = await import('../../lib/table-export');
    downloadTable(format, rows, filters, t);
  };
  return (
    <div className="table-downloads">
      <button type="button" className="button button--small" onClick={() => void download('csv')}>
        {t('export.csv')}
      </button>
      <button type="button" className="button button--small" onClick={() => void download('json')}>
        {t('export.json')}
      </button>
    </div>
  );
}
