import { useEffect, useId, useRef, useState } from 'react';
import type { ImportResult } from '../../lib/import-result';
import { useT } from '../../store/use-t';
import { importRows, resetToPaperData } from '../../store/collections';
import { useParked } from '../../components/parked';
import { ImportPreview } from './import-preview';
import { describeProblem } from './problem-text';
import './import.css';

type State =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; progress?: { done: number; total: number } }
  | { step: 'failed'; fileName: string; result: Extract<ImportResult, { ok: false }> }
  | { step: 'preview'; fileName: string; result: Extract<ImportResult, { ok: true }> }
  /** Read, but not one row can be imported: said at once, with the first problems. */
  | { step: 'unusable'; fileName: string; result: Extract<ImportResult, { ok: true }> };

const PROBLEMS_IN_ALERT = 3;

/**
 * `Import models` (file picker, or a file dropped anywhere on the Models view) and `Reset to paper
 * data`. A file is read and checked first; nothing changes until the reader confirms the preview.
 */
export function ImportControls() {
  const t = useT();
  const inputId = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const picker = useRef<HTMLInputElement>(null);
  // The preview dialog goes away: focus returns to the picker it came from.
  const finish = () => {
    setState({ step: 'idle' });
    requestAnimationFrame(() => picker.current?.focus());
  };

  const load = async (file: File) => {
    setState({ step: 'reading', fileName: file.name });
    const { readImportFile } = await import('./read-file');
    const result = await readImportFile(file, (done, total) =>
      setState({ step: 'reading', fileName: file.name, progress: { done, total } }),
    );
    setState(
      !result.ok
        ? { step: 'failed', fileName: file.name, result }
        : result.good.length === 0
          ? { step: 'unusable', fileName: file.name, result }
          : { step: 'preview', fileName: file.name, result },
    );
  };

  // A file dropped on the page imports like a picked one, while the Models view is the one shown
  // (the page stays mounted, parked, under the others, where its preview could not be seen).
  const onModels = !useParked();
  useEffect(() => {
    if (!onModels) return;
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      void load(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [onModels]);

  return (
    <div className="import-controls">
      <label htmlFor={inputId} className="button button--small import-controls__pick">
        {t('import.label')}
      </label>
      <input
        ref={picker}
        id={inputId}
        type="file"
        className="import-controls__input"
        accept=".csv,.json,text/csv,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void load(file);
        }}
      />
      <button
        type="button"
        className="button button--small"
        onClick={() => void resetToPaperData()}
      >
        {t('import.reset')}
      </button>
      {state.step === 'reading' && (
        <span className="import-controls__progress">
          <span aria-live="polite">{t('import.reading', { file: state.fileName })}</span>
          {state.progress ? (
            <>
              {' '}
              <progress
                max={state.progress.total}
                value={state.progress.done}
                aria-label={t('import.checking', state.progress)}
              />{' '}
              <span aria-hidden="true">{t('import.checking', state.progress)}</span>
            </>
          ) : (
            <span className="spinner" aria-hidden="true" />
          )}
        </span>
      )}
      {state.step === 'failed' && (
        <p role="alert" className="import-controls__error">
          {t(`import.failure.${state.result.failure}`, {
            file: state.fileName,
            // A count (rows) is written the language's way, like every other number.
            detail: /^\d+$/.test(state.result.detail ?? '')
              ? Number(state.result.detail)
              : (state.result.detail ?? ''),
          })}{' '}
          {t('import.nothingChanged')}
        </p>
      )}
      {state.step === 'unusable' && (
        <p role="alert" className="import-controls__error">
          {t('import.noValidRows', {
            file: state.fileName,
            problems: state.result.bad
              .slice(0, PROBLEMS_IN_ALERT)
              .map((p) => t('import.problem', describeProblem(p, t)))
              .join(t('import.problemSeparator')),
          })}{' '}
          {t('import.nothingChanged')}
        </p>
      )}
      {state.step === 'preview' && (
        <ImportPreview
          fileName={state.fileName}
          result={state.result}
          onCancel={finish}
          onImport={() => {
            void importRows(state.result.batch, state.fileName, state.result.good);
            setState({ step: 'idle' });
          }}
        />
      )}
    </div>
  );
}
