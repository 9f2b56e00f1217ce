import { afterEach, describe, expect, it } from 'vitest';
import { isPageShortcut, isTypingTarget } from './page-shortcut';

afterEach(() => document.body.replaceChildren());

/** A key pressed on `target`, as the window's listener sees it. */
function press(target: Element, key: string, init: KeyboardEventInit = {}) {
  let seen: KeyboardEvent | null = null;
  const listen = (e: KeyboardEvent) => (seen = e);
  window.addEventListener('keydown', listen);
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
  window.removeEventListener('keydown', listen);
  return seen!;
}

function add(html: string) {
  document.body.insertAdjacentHTML('beforeend', html);
  return document.body.lastElementChild!;
}

describe('page shortcuts', () => {
  it('count on the page, a row or a checkbox, with or without Shift', () => {
    expect(isPageShortcut(press(document.body, '/'), '/')).toBe(true);
    expect(isPageShortcut(press(add('<table><tr tabindex="0"></tr></table>'), '/'), '/')).toBe(
      true,
    );
    expect(isPageShortcut(press(add('<input type="checkbox">'), '/'), '/')).toBe(true);
    expect(isPageShortcut(press(document.body, '?', { shiftKey: true }), '?')).toBe(true);
    expect(isPageShortcut(press(document.body, '?'), '/')).toBe(false);
  });

  it('leave typing, Ctrl, Alt and Meta alone', () => {
    for (const html of [
      '<input type="search">',
      '<input>',
      '<textarea></textarea>',
      '<select></select>',
    ])
      expect(isPageShortcut(press(add(html), '/'), '/'), html).toBe(false);
    const editable = add('<div contenteditable><span>text</span></div>');
    expect(isTypingTarget(editable.firstElementChild)).toBe(true);
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey'])
      expect(isPageShortcut(press(document.body, '/', { [modifier]: true }), '/')).toBe(false);
  });

  it('wait while a dialog is open', () => {
    add('<dialog open></dialog>');
    expect(isPageShortcut(press(document.body, '?'), '?')).toBe(false);
  });
});
