import { expect, test } from './fixtures';

test.describe('the model table', () => {
  test('shows all 45 models of Table 1 with its columns and a result count', async ({ page }) => {
    await page.goto('/');
    const table = page.getByRole('table', { name: /models/ });
    await expect(table).toBeVisible();
    const headers = table.getByRole('columnheader');
    await expect(headers).toHaveText([/^Model/, /^Year/, /^Backbone/, /^Task/, /^Group/, /^Ref/]);
    // One body row per model: the header row is the only other row.
    await expect(table.getByRole('row')).toHaveCount(46);
    await expect(page.getByRole('status')).toHaveText('45 of 45 models');
  });

  test('prints cells as published, restored groups and unstated backbones included', async ({
    page,
  }) => {
    await page.goto('/');
    const table = page.getByRole('table', { name: /models/ });
    const rows = table.getByRole('row');
    await expect(rows.nth(1)).toContainText('Imagen Video');
    await expect(rows.nth(1)).toContainText('Google');
    await expect(rows.last()).toContainText('Sora');
    await expect(rows.last()).toContainText('OpenAI');
    const gen1 = table.getByRole('row', { name: /Gen-1/ });
    await expect(gen1.getByRole('cell').nth(2)).toHaveText('Generation, Editing');
    const pika = table.getByRole('row', { name: /Pika/ });
    await expect(pika).toContainText('not stated in the paper');
  });

  test('links the paper on arXiv', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'arXiv:2402.17177' })).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/2402.17177',
    );
  });
});
