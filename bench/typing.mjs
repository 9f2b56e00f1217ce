// Typing in search as a reader does: a word typed at a fast typist's pace (~100 ms a key), and no
// Enter. Measured: from the last keystroke (its event's time) to the first frame painted from
// which the table's count ("N of M models", role=status in main) shows the word's result.
import { clearSearch, prepare, searchBox } from './interactions.mjs';

// Its last key changes the count at every size (a word of Table 1's and of the synthetic rows):
// were the count the same before it, the result could not be told from what was there.
const WORD = 'gen 2';
const KEY_MS = 100;

/** Runs in the page: from the next keydown, the count after each frame painted, until it rests. */
function watch() {
  const { frame, shown } = window.__inp;
  window.__typing = new Promise((resolve) => {
    const start = (e) => {
      removeEventListener('keydown', start, true);
      const t0 = e.timeStamp;
      const before = shown();
      (async () => {
        const frames = [];
        // Until the count has stayed put for half a second (30 frames), or 10 s.
        for (let still = 0, last = before; still < 30 && frames.length < 600;) {
          await frame();
          const n = shown();
          still = n === last ? still + 1 : 0;
          last = n;
          frames.push({ t: performance.now() - t0, n });
        }
        resolve({ before, frames });
      })();
    };
    addEventListener('keydown', start, true);
  });
}

/** Runs in the page: the count once it has stayed put for half a second. */
async function settled() {
  const { frame, shown } = window.__inp;
  for (let still = 0, last = shown(); still < 30;) {
    await frame();
    still = shown() === last ? still + 1 : 0;
    last = shown();
  }
  return shown();
}

/** `runs` times: WORD typed, then the ms from its last key to its result shown (NaN: never). */
export async function measureTyping(page, runs) {
  await prepare(page);
  const out = [];
  for (let i = 0; i < runs; i++) {
    await searchBox(page).focus();
    for (const key of WORD.slice(0, -1)) {
      await page.keyboard.press(key);
      await page.waitForTimeout(KEY_MS);
    }
    await page.evaluate(watch);
    await page.keyboard.press(WORD.at(-1));
    const { before, frames } = await page.evaluate(() => window.__typing);
    // The word's result, whatever the page shows without it: Enter searches at once.
    await searchBox(page).press('Enter');
    const result = await page.evaluate(settled);
    // The first frame from which the count stays at the result, if it got there without Enter.
    const last = frames.findLastIndex((f) => f.n !== result);
    const shownAt = frames[last + 1]?.t ?? NaN;
    out.push(before === result ? NaN : shownAt);
    await clearSearch(page);
  }
  return out;
}
