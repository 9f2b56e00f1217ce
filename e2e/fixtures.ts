import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/**
 * Runs axe on the page as it is now; any violation fails the test with its rule and targets.
 * `contrast: false` leaves out colour contrast, the costliest rule (seconds on the Models page):
 * contrast is a property of each view's colours, which quality.spec.ts checks on every view, state,
 * theme and language, while names, roles and ARIA can change with any interaction.
 */
export async function expectNoAxeViolations(page: Page, { contrast = true } = {}) {
  // Only violations are gathered: collecting every pass costs seconds too.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const { violations } = await (
    contrast ? builder : builder.disableRules(['color-contrast'])
  ).analyze();
  const summary = violations.map(
    (v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

/**
 * Every test gets a page that fails the test on a console error or an uncaught exception,
 * and that is checked with axe once the test body has run (contrast: see above).
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
    await use(page);
    if (!page.isClosed()) await expectNoAxeViolations(page, { contrast: false });
    expect(errors, 'console errors').toEqual([]);
  },
});

/**
 * Opens a page and waits until the app answers: the prerendered page looks ready before React has
 * taken it over, and a file set or a click in that gap is lost (seen on a busy machine). The live
 * charts are drawn after the takeover, so they mark it.
 */
export async function gotoLive(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.locator('figure svg.recharts-surface').first()).toBeVisible();
}

/** Puts `value` under the explorer's saved key before the page's first load (not on reloads). */
export async function seedSaved(page: Page, value: string) {
  await page.addInitScript((seeded) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('sora-explorer:v1', seeded);
      sessionStorage.setItem('seeded', '1');
    }
  }, value);
}

export { expect };
