import type { Model } from '../../data/schema';
import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';
import './export.css';

/** CSV, JSON and BibTeX of the rows as filtered and sorted; each writer loads when asked for. */
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
      <button
        type="button"
        className="button button--small"
        disabled={!rows.some((m) => m.work)}
        onClick={() =>
          void import('../../lib/bibtex-download').then((m) => m.downloadBibtex(rows, filters))
        }
      >
        {t('cite.downloadBibtex')}
      </button>
    </div>
  );
}
