import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from './fixtures';

// Built by the web server step of playwright.config.ts (npm run build:single does the same).
const file = resolve('dist-single/index.html');

test('the single file opens from file:// with every row, URL state included', async ({ page }) => {
  expect(existsSync(file), 'dist-single/index.html exists').toBe(true);
  const url = pathToFileURL(file).href;
  await page.goto(`${url}?year=2024`);
  await expect(page.getByRole('status')).toHaveText('3 of 45 models');
  await page.getByRole('button', { name: 'Remove filter Year: 2024' }).click();
  await expect(page.getByRole('table', { name: /models/ }).locator('tbody tr')).toHaveCount(45);
  await page.goBack();
  await expect(page.getByRole('status')).toHaveText('3 of 45 models');
  await page.getByRole('tab', { name: 'Limitations' }).click();
  await expect(page.getByRole('tabpanel')).toContainText(/cookie/i);
});

test('from file://, the presenter window opens and stays in step with the slides', async ({
  page,
  context,
}) => {
  const url = pathToFileURL(file).href;
  await page.goto(`${url}?present=1&slide=2`);
  const counter = (p: typeof page) => p.locator('.presentation__counter');
  await expect(counter(page)).toHaveText('2 / 24');
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(counter(presenter)).toHaveText('2 / 24');
  await presenter.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('3 / 24');
  await page.keyboard.press('ArrowRight');
  await expect(counter(presenter)).toHaveText('4 / 24');
  // No QR code from a file: a phone could not open it.
  await page.keyboard.press('End');
  await expect(page.getByRole('main', { name: 'Presentation' })).toContainText('How to cite');
  await expect(page.getByRole('img', { name: /^QR code/ })).toHaveCount(0);
});
