import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Runs axe on the page as it is now; any violation fails the test with its rule and targets. */
export async function expectNoAxeViolations(page: Page) {
  // Only violations are gathered: collecting every pass costs seconds on the Models page.
  const { violations } = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .analyze();
  const summary = violations.map(
    (v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

/**
 * Every test gets a page that fails the test on a console error or an uncaught exception,
 * and that is checked with axe once the test body has run.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
    await use(page);
    if (!page.isClosed()) await expectNoAxeViolations(page);
    expect(errors, 'console errors').toEqual([]);
  },
});

export { expect };
