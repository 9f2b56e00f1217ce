import { useEffect, useRef } from 'react';
import type { Model } from '../../data/schema';
import { ModalDialog } from '../../components/modal-dialog';
import { modelRowOf } from '../../components/model-rows';
import { modelsById } from '../../lib/derive';
import { isTypingTarget } from '../../lib/page-shortcut';
import { useAppStore } from '../../store/store';
import { ModelDetail } from './model-detail';

/** The detail of the model named in the store (and the URL's `model=`), while there is one. */
export function ModelDialog() {
  const model = useAppStore((s) =>
    s.modelId === null ? null : (modelsById(s.models).get(s.modelId) ?? null),
  );
  return model ? <OpenModel model={model} /> : null;
}

/**
 * Stays mounted while the reader steps from model to model. On closing, focus goes back where
 * it was (a row, a model link in a summary); after stepping, to the row of the last model shown;
 * failing both, to the model's row, else the main region (after Remove, or a change of view).
 */
function OpenModel({ model }: { model: Model }) {
  const closeModel = useAppStore((s) => s.closeModel);
  const openedId = useRef(model.id);
  const lastId = useRef(model.id);
  useEffect(() => {
    lastId.current = model.id;
  }, [model.id]);
  useStepKeys();
  return (
    <ModalDialog
      className="model-dialog--detail"
      labelledBy="model-dialog-title"
      onClose={closeModel}
      dismissOnBackdrop
      returnFocus={(opener) => {
        const row = modelRowOf(lastId.current);
        if (lastId.current !== openedId.current && row) return row;
        return opener?.isConnected ? opener : (row ?? document.getElementById('main'));
      }}
    >
      <ModelDetail model={model} onClose={closeModel} />
    </ModalDialog>
  );
}

/** ArrowLeft and ArrowRight walk the rows as the table orders them (the buttons say where). */
function useStepKeys() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Alt+Left is the browser's Back; in a text field (a BibTeX fallback) arrows move the caret.
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || isTypingTarget(e.target)) return;
      const step = document.querySelector<HTMLElement>(
        `dialog[open] [data-step="${e.key === 'ArrowLeft' ? 'previous' : 'next'}"]`,
      );
      if (step && step.getAttribute('aria-disabled') !== 'true') {
        e.preventDefault();
        step.click();
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, []);
}
