import { ModalDialog } from '../../components/modal-dialog';
import type { ImportResult } from '../../lib/import-result';
import { useT } from '../../store/use-t';
import { describeProblem } from './problem-text';
import './import.css';
import '../../components/data-table.css';

type Ready = Extract<ImportResult, { ok: true }>;
const SHOWN_PROBLEMS = 100;

interface Props {
  fileName: string;
  result: Ready;
  onImport: () => void;
  onCancel: () => void;
}

/** Before anything changes: how many rows are good, and which are not and why. */
export function ImportPreview({ fileName, result, onImport, onCancel }: Props) {
  const t = useT();
  const badRows = new Set(result.bad.map((p) => p.row)).size;

  return (
    <ModalDialog className="import-preview" labelledBy="import-preview-title" onClose={onCancel}>
      <h2 id="import-preview-title">{t('import.previewTitle')}</h2>
      <p className="import-preview__file">{fileName}</p>
      {result.encoding === 'windows-1252' && (
        <p className="import-preview__encoding">{t('import.encodingWindows1252')}</p>
      )}
      <p>{t('import.summary', { good: result.good.length, bad: badRows, total: result.rows })}</p>
      {result.bad.length > 0 && (
        <div className="import-preview__problems">
          <table className="data-table">
            <caption>{t('import.problems')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.row')}</th>
                <th scope="col">{t('import.column')}</th>
                <th scope="col">{t('import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {result.bad.slice(0, SHOWN_PROBLEMS).map((p, i) => {
                const words = describeProblem(p, t);
                return (
                  <tr key={i}>
                    <td>{words.row}</td>
                    <td>{words.column}</td>
                    <td>{words.reason}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {result.bad.length > SHOWN_PROBLEMS && (
            <p>{t('import.moreProblems', { count: result.bad.length - SHOWN_PROBLEMS })}</p>
          )}
        </div>
      )}
      <div className="import-preview__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={onImport}
          disabled={result.good.length === 0}
        >
          {t('import.confirm', { count: result.good.length })}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
