import { expect, test } from './fixtures';

for (const width of [390, 1024, 1440]) {
  test(`no page-wide horizontal scroll at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/?model=');
    await expect(page.getByRole('table', { name: /models/ })).toBeVisible();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(width);
  });
}
