/**
 * What the journey asks the page, as one function that runs inside it: both drivers send it as
 * source text (it must not use anything from this module's scope). Elements are found the way a
 * reader meets them, by role and accessible name; the names are computed simply (aria-labelledby,
 * aria-label, <label>, <legend>, <caption>, then the text), enough for this app's contract.
 */
export function pageLib(ask, args) {
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const IMPLICIT = [
    ['button', 'button, input[type=button], input[type=submit]'],
    ['checkbox', 'input[type=checkbox]'],
    ['dialog', 'dialog'],
    ['table', 'table'],
    ['row', 'tr'],
    ['rowheader', 'th[scope=row]'],
    ['columnheader', 'thead th'],
    ['link', 'a[href]'],
    ['main', 'main'],
    ['status', 'output'],
    ['group', 'fieldset'],
    ['searchbox', 'input[type=search]'],
  ];
  const roleOf = (el) => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.split(' ')[0];
    const found = IMPLICIT.find(([, selector]) => el.matches(selector));
    return found ? found[0] : null;
  };
  const hidden = (el) =>
    !el.isConnected ||
    el.closest('[hidden], [aria-hidden="true"], [inert]') !== null ||
    el.getClientRects().length === 0 ||
    getComputedStyle(el).visibility === 'hidden';
  const nameOf = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by)
      return norm(
        by
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent)
          .join(' '),
      );
    const label = el.getAttribute('aria-label');
    if (label) return norm(label);
    if (el.labels?.length) return norm([...el.labels].map((l) => l.textContent).join(' '));
    const caption = el.querySelector(':scope > legend, :scope > caption, :scope > figcaption');
    if (caption) return norm(caption.textContent);
    return norm(el.textContent);
  };
  const matches = (name, want) =>
    want == null ||
    (typeof want === 'string' ? name === want : new RegExp(want.re, want.flags).test(name));
  /** Elements of `role` named `name` (a string, or {re, flags}), inside `within`, shown only. */
  const all = (role, name, within = document, includeHidden = false) =>
    [...within.querySelectorAll('*')].filter(
      (el) => roleOf(el) === role && (includeHidden || !hidden(el)) && matches(nameOf(el), name),
    );
  const one = (role, name, within) => all(role, name, within)[0] ?? null;
  const modelTable = () => one('table', { re: 'models|模型' });
  const lib = {
    all,
    one,
    nameOf,
    text: (el) => norm(el?.textContent),
    /** The live count `N of M models` (in Chinese `显示 N / M 个模型`). */
    status: () => {
      const counts = all('status').filter((el) => /models|模型/.test(el.textContent));
      return counts.length ? norm(counts[0].textContent) : null;
    },
    modelTable,
    /** The model rows shown (those of the table named "…models…"). */
    modelRows: () => {
      const table = modelTable();
      return table
        ? [...table.querySelectorAll('tbody tr[role=row]')].filter((r) => !hidden(r))
        : [];
    },
  };
  return ask(lib, ...args);
}
