/**
 * Waits and a reader's actions over one driver (firefox.mjs, webkit.mjs). Waits poll the page for a
 * state, never sleep for a fixed time; each has a generous budget for a busy 2-core machine.
 */
import { pageLib } from './page-lib.mjs';

export const WAIT_MS = 60_000;
const POLL_MS = 100;

/** A check that the value seen is `want`. */
export const is = (want) => (seen) => seen === want;
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The steps' toolkit over one driver: page questions, waits, and a reader's actions. */
export function toolkit(driver, { baseUrl }) {
  const expr = (ask, args = []) => `(${pageLib})((${ask}), ${JSON.stringify(args)})`;
  const ask = (fn, args) => driver.run(expr(fn, args));
  /** Polls `fn` in the page until `ok(value)`; throws with what it saw last. */
  const until = async (label, fn, args, ok = Boolean) => {
    const deadline = Date.now() + WAIT_MS;
    let seen;
    for (;;) {
      try {
        seen = await ask(fn, args);
        if (ok(seen)) return seen;
      } catch (error) {
        // A page between two documents (navigation, reload) cannot answer yet.
        seen = `(${String(error.message ?? error).split('\n')[0]})`;
      }
      if (Date.now() > deadline)
        throw new Error(
          `${label}: not so after ${WAIT_MS / 1000} s; last seen ${JSON.stringify(seen)}`,
        );
      await pause(POLL_MS);
    }
  };
  /** Waits for the element `fn` finds, then acts on it natively (retrying a stale element). */
  const act = async (label, fn, args, action) => {
    const deadline = Date.now() + WAIT_MS;
    let last = 'not found';
    for (;;) {
      try {
        const element = await driver.element(expr(fn, args));
        if (element) return await action(element);
      } catch (error) {
        last = String(error.message ?? error).split('\n')[0];
      }
      if (Date.now() > deadline)
        throw new Error(`${label}: could not act after ${WAIT_MS / 1000} s; ${last}`);
      await pause(POLL_MS);
    }
  };
  return {
    ask,
    until,
    goto: (path) => driver.goto(path.startsWith('file:') ? path : baseUrl + path),
    click: (label, fn, args) => act(label, fn, args, (el) => driver.click(el)),
    upload: (label, fn, args, file) => act(label, fn, args, (el) => driver.upload(el, file)),
    press: (key) => driver.press(key),
    reload: () => driver.reload(),
    status: (want) => until(`the count reads "${want}"`, (l) => l.status(), [], is(want)),
    search: (label, ok) => until(label, () => location.search, [], ok),
  };
}
