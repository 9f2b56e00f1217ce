import { useEffect, useRef } from 'react';
import { modelsById } from '../../lib/derive';
import { isTypingTarget } from '../../lib/page-shortcut';
import { useAppStore } from '../../store/store';
import { ModelDetail } from './model-detail';
import '../../components/dialog.css';

/**
 * The detail of the model named in the store (and the URL's `model=`). Modal to the reader: a
 * backdrop takes clicks on the page (and closes), Tab stays inside, Escape closes, assistive
 * technology is told it is modal (aria-modal), and focus returns to the model's row. Opened with
 * show(), not showModal(): showModal makes the whole page inert, which restyles every element of
 * it, 70 ms with a thousand rows in the table.
 */
export function ModelDialog() {
  const modelId = useAppStore((s) => s.modelId);
  const model = useAppStore((s) =>
    s.modelId === null ? null : (modelsById(s.models).get(s.modelId) ?? null),
  );
  const closeModel = useAppStore((s) => s.closeModel);
  const ref = useRef<HTMLDialogElement>(null);

  // Focus goes back where it was (a row, a model link in a summary), else to the model's row.
  const lastId = useRef<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const openedId = useRef<string | null>(null);
  const isOpen = model !== null;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      const active = document.activeElement;
      // An HTML control or an SVG mark (the timeline's): anything that took focus.
      opener.current =
        (active instanceof HTMLElement || active instanceof SVGElement) && active !== document.body
          ? (active as HTMLElement)
          : null;
      openedId.current = useAppStore.getState().modelId;
      dialog.show();
      // As showModal would: focus moves into the dialog (show() leaves it where it was).
      dialog.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    }
    if (!isOpen && dialog.open) dialog.close();
    // Only on closing (lastId is set while open): never steal focus when the page loads.
    if (!isOpen && lastId.current !== null) {
      const back = opener.current;
      const id = lastId.current;
      opener.current = null;
      lastId.current = null;
      // The row of the model, if it is on the view shown (not in the parked Models page).
      const row = id
        ? document.querySelector<HTMLElement>(
            `main > :not(.view-parked) tr[data-model-id="${CSS.escape(id)}"]`,
          )
        : null;
      // After stepping to other models, the row of the last one shown; else where focus was,
      // else the model's row, else the main region (after Remove, or a change of view).
      const stepped = id !== openedId.current && row;
      (stepped
        ? row
        : back?.isConnected
          ? back
          : (row ?? document.getElementById('main'))
      )?.focus();
    }
  }, [isOpen]);

  // Modal to the keyboard wherever focus is: Escape closes, Tab wraps inside, and focus that
  // lands outside (a click on the dialog's text, then Shift+Tab) is brought back in.
  useEffect(() => {
    const dialog = ref.current;
    if (!isOpen || !dialog) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        closeModel();
      } else if (e.key === 'Tab') keepFocusInside(dialog, e);
      else if (
        (e.key === 'ArrowLeft' || e.key === 'ArrowRight') &&
        // Alt+Left is the browser's Back; in a text field (a BibTeX fallback) arrows move the caret.
        !e.altKey &&
        !e.ctrlKey &&
        !e.metaKey &&
        !e.shiftKey &&
        !isTypingTarget(e.target)
      ) {
        // Walks the rows as the table orders them; the button pressed is the one that moves.
        const step = dialog.querySelector<HTMLElement>(
          e.key === 'ArrowLeft' ? '[data-step="previous"]' : '[data-step="next"]',
        );
        if (step && step.getAttribute('aria-disabled') !== 'true') {
          e.preventDefault();
          step.click();
        }
      }
    };
    const onFocus = (e: FocusEvent) => {
      if (e.target instanceof Node && !dialog.contains(e.target))
        dialog.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('focusin', onFocus);
    };
  }, [isOpen, closeModel]);
  useEffect(() => {
    if (modelId) lastId.current = modelId;
  }, [modelId]);

  return (
    <>
      {isOpen && <div className="dialog-backdrop" aria-hidden="true" onClick={closeModel} />}
      <dialog
        ref={ref}
        className="model-dialog model-dialog--detail"
        aria-labelledby="model-dialog-title"
        aria-modal="true"
        onClose={() => {
          if (useAppStore.getState().modelId) closeModel();
        }}
      >
        {model && <ModelDetail model={model} onClose={closeModel} />}
      </dialog>
    </>
  );
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])';

/** A modal dialog lets Tab escape to the browser's own controls; wrap it around instead. */
function keepFocusInside(
  dialog: HTMLElement,
  e: { shiftKey: boolean; preventDefault: () => void },
) {
  const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  // On the dialog itself (its text was clicked) or outside it, as on its edges.
  const inside = active !== dialog && dialog.contains(active);
  if (e.shiftKey && (!inside || active === first)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (!inside || active === last)) {
    e.preventDefault();
    first.focus();
  }
}
