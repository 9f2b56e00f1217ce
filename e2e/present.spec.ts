import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const counter = (page: Page) => page.locator('.presentation__counter');

test.describe('presentation mode', () => {
  test('enter by keyboard, step with arrows, clicker keys and Space, jump, leave with Escape', async ({
    page,
  }) => {
    await page.goto('/?view=applications&tab=gaming');
    await page.getByRole('button', { name: 'Present' }).focus();
    await page.keyboard.press('Enter');
    const deck = page.getByRole('main', { name: 'Presentation' });
    await expect(deck).toBeVisible();
    await expect(counter(page)).toHaveText(/^1 \/ \d+$/);
    const total = Number((await counter(page).textContent())!.split('/')[1]);
    // The controls of the explorer are gone.
    await expect(page.getByRole('tab', { name: 'Models' })).toHaveCount(0);

    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`2 / ${total}`);
    await expect(page).toHaveURL(/present=1&slide=2/);
    await page.keyboard.press('PageDown');
    await page.keyboard.press(' ');
    await expect(counter(page)).toHaveText(`4 / ${total}`);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await expect(counter(page)).toHaveText(`2 / ${total}`);
    await page.keyboard.press('End');
    await expect(counter(page)).toHaveText(`${total} / ${total}`);
    await expect(deck).toContainText('arXiv');
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(`${total} / ${total}`);
    await page.keyboard.press('Home');
    await expect(counter(page)).toHaveText(`1 / ${total}`);

    // Space on a focused control is the control's: Exit leaves, it does not step.
    await page.getByRole('button', { name: 'Exit' }).focus();
    await page.keyboard.press(' ');
    await expect(deck).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
    await page.getByRole('button', { name: 'Present' }).click();
    await page.keyboard.press('Escape');
    await expect(deck).toHaveCount(0);
    await expect(page.getByRole('tab', { name: 'Gaming' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page).not.toHaveURL(/present/);
  });

  test('a link opens at its slide, with the current filters carried in', async ({ page }) => {
    await page.goto('/?backbone=Masked+Vision+Models&present=1&slide=2');
    await expect(counter(page)).toHaveText(/^2 \//);
    const slide = page.getByRole('main', { name: 'Presentation' });
    await expect(slide).toContainText('4 of 45 models');
    await expect(slide.locator('tbody tr')).toHaveCount(4);
    await page.keyboard.press('ArrowRight');
    await expect(slide.getByRole('heading', { name: 'Models per year' })).toBeVisible();
  });

  for (const lang of ['en', 'zh']) {
    test(`every slide fits 1280x720 with text of 24px or more (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(`/?present=1&lang=${lang}`);
      const total = Number((await counter(page).textContent())!.split('/')[1]);
      expect(total).toBeGreaterThan(20);
      for (let n = 1; n <= total; n++) {
        await expect(counter(page)).toHaveText(`${n} / ${total}`);
        const { overflow, smallest } = await page.locator('.presentation__slide').evaluate((el) => {
          const texts = [
            ...el.querySelectorAll<HTMLElement>('p, li, td, th, h2, h3, span, button'),
          ].filter((e) => e.textContent?.trim() && e.offsetParent !== null);
          return {
            overflow: el.scrollHeight - el.clientHeight,
            smallest: Math.min(...texts.map((e) => parseFloat(getComputedStyle(e).fontSize))),
          };
        });
        expect(overflow, `slide ${n} scrolls`).toBeLessThanOrEqual(0);
        expect(smallest, `slide ${n} text size`).toBeGreaterThanOrEqual(24);
        await page.keyboard.press('PageDown');
      }
    });
  }
});

test.describe('theme', () => {
  test.use({ colorScheme: 'dark' });
  test('follows the system until chosen, then remembers the choice', async ({ page }) => {
    await page.goto('/');
    const background = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await background()).toBe('rgb(18, 20, 24)');
    await page.getByRole('button', { name: 'Theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await background()).toBe('rgb(247, 247, 245)');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.getByRole('button', { name: 'Theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 390, height: 800 } });
  test('the filters fold into a panel above the table', async ({ page }) => {
    await page.goto('/');
    const year = page.getByRole('group', { name: 'Year' });
    await expect(year).toBeHidden();
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await year.getByRole('checkbox', { name: /^2024/ }).check();
    await expect(page.getByRole('status')).toHaveText('3 of 45 models');
    await expect(toggle).toHaveText(/1/);
  });
});
