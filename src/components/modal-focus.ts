/** What makes a dialog opened with show() modal (see components/modal-dialog.tsx). */

/** The dialogs open now; the last is on top. */

const open: HTMLDialogElement[] = [];

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Makes an open dialog modal: focus moves in and stays (Tab wraps, focus that lands outside comes
 * back), Escape closes it while it is on top, and the app (#root) is hidden from assistive
 * technology. Returns how to let go, which may be called more than once.
 */
export function holdModal(dialog: HTMLDialogElement): () => void {
  open.push(dialog);
  focusInto(dialog);
  // After focus has left it: hiding an element that holds focus is refused, with a warning.
  const app = document.getElementById('root');
  const hid = app !== null && !app.hasAttribute('aria-hidden') && !app.contains(dialog);
  if (hid) app.setAttribute('aria-hidden', 'true');
  const onKey = (e: KeyboardEvent) => {
    if (open.at(-1) !== dialog) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      dialog.close();
    } else if (e.key === 'Tab') wrapTab(dialog, e);
  };
  const onFocus = (e: FocusEvent) => {
    if (open.at(-1) === dialog && e.target instanceof Node && !dialog.contains(e.target))
      focusInto(dialog);
  };
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('focusin', onFocus);
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    document.removeEventListener('keydown', onKey, true);
    document.removeEventListener('focusin', onFocus);
    const at = open.indexOf(dialog);
    if (at >= 0) open.splice(at, 1);
    if (hid) app.removeAttribute('aria-hidden');
  };
}

/** Focus into the dialog: the element marked `data-autofocus`, else its first control. */
function focusInto(dialog: HTMLElement) {
  const target =
    dialog.querySelector<HTMLElement>('[data-autofocus]') ??
    dialog.querySelector<HTMLElement>(FOCUSABLE) ??
    dialog;
  target.focus();
}

/** Tab from the last control goes to the first, Shift+Tab from the first to the last. */
function wrapTab(dialog: HTMLElement, e: KeyboardEvent) {
  // Controls drawn on screen only (not in a folded part); a browser without checkVisibility takes all.
  const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (item) => typeof item.checkVisibility !== 'function' || item.checkVisibility(),
  );
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) {
    e.preventDefault();
    return;
  }
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
