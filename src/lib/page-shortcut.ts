/** Input types a key does not type into: on them a key can still be a shortcut. */
const UNTYPED_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range']);

/** Is focus where keys type text: a text field, a select (its type-ahead), editable content? */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLInputElement) return !UNTYPED_INPUTS.has(target.type);
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

/**
 * A one-key shortcut of the page (`/`, `?`): that key (whatever Shift it took on the reader's
 * layout), no Ctrl, Alt or Meta (the browser's and the system's own), not typed into a field,
 * and no dialog open (a dialog's keys are its own).
 */
export function isPageShortcut(e: KeyboardEvent, key: string): boolean {
  return (
    e.key === key &&
    !e.defaultPrevented &&
    !e.isComposing &&
    !e.ctrlKey &&
    !e.altKey &&
    !e.metaKey &&
    !isTypingTarget(e.target) &&
    document.querySelector('dialog[open]') === null
  );
}
