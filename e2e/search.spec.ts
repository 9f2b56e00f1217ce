import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const status = (page: Page) => page.getByRole('status').filter({ hasText: /\d+ of \d+ models/ });
const marks = (page: Page) =>
  page.evaluate(() => {
    const found = CSS.highlights.get('model-search');
    return found ? [...found].map((r) => (r as Range).toString()) : [];
  });

test.describe('search', () => {
  test('covers every column shown and forgives case, hyphens and spaces; matches are marked', async ({
    page,
  }) => {
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: 'Search models' });
    await box.fill('autoregressive');
    await expect(status(page)).toHaveText('3 of 45 models');
    for (const name of ['CogVideo', 'TATS', 'VideoPoet'])
      await expect(page.getByRole('row', { name: new RegExp(`^${name}\\b`) })).toBeVisible();
    // The match is marked where it is, as the table shows it.
    await expect.poll(() => marks(page)).toContain('Auto-regressive');

    await box.fill('2023');
    await expect(status(page)).toHaveText('33 of 45 models');
    await box.fill('videocrafter');
    await expect(page.getByRole('row', { name: /^VideoCrafter\b/ })).toBeVisible();
    await expect.poll(() => marks(page)).toContain('VideoCrafter');
    // Two words: each must occur, each is marked.
    await box.fill('video crafter');
    await expect(page.getByRole('row', { name: /^VideoCrafter\b/ })).toBeVisible();
    await expect.poll(() => marks(page)).toEqual(expect.arrayContaining(['Video', 'Crafter']));
    await expect(page).toHaveURL(/q=video\+crafter/);

    await box.fill('');
    await expect(status(page)).toHaveText('45 of 45 models');
    await expect.poll(() => marks(page)).toEqual([]);
  });

  test('answers “which groups built autoregressive models in 2023?” in one search', async ({
    page,
  }) => {
    await page.goto('/?lang=zh');
    await page.getByRole('searchbox').fill('auto-regressive 2023');
    const row = page.getByRole('row', { name: /^VideoPoet/ });
    await expect(row).toBeVisible();
    await expect(row).toContainText('Google');
    // One row: the only auto-regressive model of 2023.
    await expect(page.locator('tbody tr[data-model-id]')).toHaveCount(1);
  });
});
