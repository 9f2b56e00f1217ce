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
