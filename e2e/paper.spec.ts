import { expect, test } from './fixtures';

const VIEWS = {
  Applications: ['Film-making', 'Education', 'Gaming', 'Healthcare', 'Robotics'],
  Limitations: [
    'Physical realism',
    'Spatial and temporal complexity',
    /Human.computer interaction/,
    'Usage limits',
  ],
  Opportunities: ['Academia', 'Industry', 'Society'],
};

test.describe('the paper in tabs', () => {
  test('top-level tabs and each item tab open by mouse, with their own URL', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('tab')).toHaveText([
      'Models',
      'Applications',
      'Limitations',
      'Opportunities',
    ]);
    for (const [view, items] of Object.entries(VIEWS)) {
      await page.getByRole('tab', { name: view, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`view=${view.toLowerCase()}`));
      const inner = page.getByRole('tablist', { name: view });
      await expect(inner.getByRole('tab')).toHaveText(items);
      for (const item of items.slice(1)) {
        await inner.getByRole('tab', { name: item }).click();
        await expect(page.getByRole('tabpanel')).toContainText(
          typeof item === 'string' ? item : 'interaction',
        );
      }
    }
  });

  test('arrow keys move between tabs, as the ARIA tabs pattern says', async ({ page }) => {
    await page.goto('/?view=applications');
    const inner = page.getByRole('tablist', { name: 'Applications' });
    await inner.getByRole('tab', { name: 'Film-making' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(inner.getByRole('tab', { name: 'Education' })).toBeFocused();
    await expect(inner.getByRole('tab', { name: 'Education' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page).toHaveURL(/tab=education/);
    await page.keyboard.press('End');
    await expect(inner.getByRole('tab', { name: 'Robotics' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.keyboard.press('ArrowRight');
    await expect(inner.getByRole('tab', { name: 'Film-making' })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    const views = page.getByRole('tablist', { name: 'Views' });
    await views.getByRole('tab', { name: 'Applications' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(views.getByRole('tab', { name: 'Models' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByRole('table', { name: /models/ })).toBeVisible();
  });

  test('a link opens the tab; the limitation carries the paper’s example', async ({ page }) => {
    await page.goto('/?view=limitations&tab=physical-realism');
    await expect(page.getByRole('tab', { name: 'Physical realism' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByRole('tabpanel')).toContainText(/cookie/i);
    await page.goto('/?view=limitations&tab=spatial-temporal');
    await expect(page.getByRole('tabpanel')).toContainText(/left and right/i);
    await page.goto('/?view=limitations&tab=usage');
    await expect(page.getByRole('tabpanel')).toContainText(/one minute/i);
    await page.goto('/?view=opportunities&tab=society');
    await expect(page.getByRole('tabpanel')).toContainText(/journalist/i);
    await expect(page.getByRole('tabpanel')).toContainText(/screenwriter/i);
  });

  test('a cited Table 1 model opens its detail, and the detail leads back', async ({ page }) => {
    await page.goto('/?view=applications&tab=education');
    const panel = page.getByRole('tabpanel');
    await expect(panel.getByRole('link', { name: 'arXiv 2306.00943' })).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/2306.00943',
    );
    await panel.getByRole('button', { name: 'AnimateDiff' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'AnimateDiff' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel.getByRole('button', { name: 'AnimateDiff' }).first()).toBeFocused();

    await page.goto('/?model=lfdm');
    await page
      .getByRole('dialog', { name: 'LFDM' })
      .getByRole('button', { name: /Education/ })
      .click();
    await expect(page).toHaveURL(/view=applications&tab=education/);
    await expect(page.getByRole('tab', { name: 'Education' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });
});

test.describe('language', () => {
  test('中文 changes tabs, table headers, chart captions and <html lang>, and is remembered', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('tab')).toHaveText(['模型', '应用', '局限', '机遇']);
    const table = page.getByRole('table', { name: /模型一览/ });
    await expect(table.getByRole('columnheader')).toHaveText([
      /^模型/,
      /^年份/,
      /^主干架构/,
      /^任务/,
      /^机构/,
      /^文献/,
    ]);
    await expect(page.getByRole('figure', { name: '每年模型数' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('显示 45 / 45 个模型');
    await expect(page).toHaveURL(/lang=zh/);

    // Remembered: a plain link opens in Chinese on the next visit…
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    // …but lang= in the URL wins.
    await page.goto('/?lang=en');
    await expect(page.getByRole('tab', { name: 'Models' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('en');
  });

  test('Back after switching to 中文 returns to English', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await expect(page.getByRole('tab', { name: '模型' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('tab', { name: 'Models' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the paper tabs read in Chinese', async ({ page }) => {
    await page.goto('/?view=limitations&tab=physical-realism&lang=zh');
    await expect(page.getByRole('tab', { name: '物理真实性' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByRole('tabpanel')).toContainText('饼干');
  });
});

test.describe('first visit', () => {
  test.use({ locale: 'zh-CN' });
  test('follows a Chinese browser', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('tab', { name: '模型' })).toBeVisible();
  });
});
