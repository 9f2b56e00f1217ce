import type { Page, Route } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Holds the app's script back until `release()`: what shows meanwhile is the HTML alone. */
async function holdScript(page: Page) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}

const table = (page: Page) => page.getByRole('table', { name: /models/ });

test.describe('HTML first', () => {
  test('the table is on screen before the script runs, and the app takes that HTML over as it is', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
          w.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const release = await holdScript(page);
    await page.goto('/', { waitUntil: 'commit' });
    await expect(table(page).locator('tbody tr')).toHaveCount(45);
    await expect(table(page).getByRole('rowheader', { name: /^Imagen Video/ })).toBeVisible();
    await expect(page.getByRole('status').first()).toHaveText('45 of 45 models');
    await expect(page.getByRole('checkbox', { name: 'Diffusion (34)' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Models', selected: true })).toBeVisible();
    // The figures are there, with their numbers and still pictures of their drawings (the build
    // wrote them into the page): years, totals over the bars, a segment per backbone and year.
    const perYear = page.getByRole('figure', { name: 'Models per year' });
    await expect(perYear).toBeVisible();
    expect(await page.locator('svg.recharts-surface').count()).toBe(0);
    await expect(perYear.locator('.still__x')).toHaveText(['2022', '2023', '2024']);
    await expect(perYear.locator('.still__total')).toHaveText(['9', '33', '3']);
    await expect(perYear.locator('.still rect')).toHaveCount(8);
    await expect(
      page.getByRole('figure', { name: 'Backbone share by year' }).locator('.still__total'),
    ).toHaveText(['n = 9', 'n = 33', 'n = 3']);
    const tableTop = await table(page).evaluate((t) => t.getBoundingClientRect().top);
    await page.evaluate(() => {
      (window as unknown as { __row: Element | null }).__row =
        document.querySelector('tbody tr[data-model-id]');
    });

    release();
    await expect(
      page.locator('figure svg.recharts-surface .recharts-bar-rectangle').first(),
    ).toBeVisible();
    // The live drawings took the stills' places.
    await expect(page.locator('.still')).toHaveCount(0);
    // Hydrated, not drawn again: the very row element from the HTML is still the one on screen.
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { __row: Element | null }).__row ===
          document.querySelector('tbody tr[data-model-id]'),
      ),
    ).toBe(true);
    // The drawings took the place kept for them: nothing moved.
    expect(await table(page).evaluate((t) => t.getBoundingClientRect().top)).toBeCloseTo(
      tableTop,
      0,
    );
    expect(
      await page.evaluate(() => (window as unknown as { __shift: number }).__shift),
    ).toBeLessThan(0.01);
    // And it is live.
    await page.getByRole('checkbox', { name: '2024 (3)' }).check();
    await expect(page.getByRole('status').first()).toHaveText('3 of 45 models');
    await expect(page).toHaveURL(/year=2024/);
  });

  test('a link to another view and language opens on it: the prerendered view never shows', async ({
    page,
  }) => {
    const release = await holdScript(page);
    await page.goto('/?view=limitations&lang=zh', { waitUntil: 'commit' });
    // The HTML is there, kept hidden until the app has drawn what the link asks for.
    await expect(page.locator('#root tbody tr').first()).toBeAttached();
    await expect(table(page)).toBeHidden();
    release();
    await expect(page.getByRole('tab', { name: '局限', selected: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('tabpanel').first()).toBeVisible();
    await expect(table(page)).toHaveCount(0);
  });

  test('a reader who chose the dark theme gets it before the script runs, and the app agrees', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const release = await holdScript(page);
    await page.reload({ waitUntil: 'commit' });
    await expect(table(page).locator('tbody tr').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const background = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await background()).toBe('rgb(18, 20, 24)');
    release();
    await expect(page.locator('figure svg.recharts-surface').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Theme' })).toHaveAccessibleDescription(
      'Dark theme is on',
    );
    expect(await background()).toBe('rgb(18, 20, 24)');
  });

  test('a browser set to Chinese opens in Chinese, without a glimpse of the English HTML', async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const release = await holdScript(page);
    await page.goto('/', { waitUntil: 'commit' });
    await expect(page.locator('#root tbody tr').first()).toBeAttached();
    await expect(page.getByRole('heading', { name: 'Sora survey explorer' })).toBeHidden();
    release();
    await expect(page.getByRole('heading', { name: 'Sora 综述浏览器' })).toBeVisible();
    await expect(page.getByRole('status').first()).toHaveText('显示 45 / 45 个模型');
    await expectNoAxeViolations(page, { contrast: false });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('without JavaScript, the 45 rows, the summaries’ headings and the citation can be read', async ({
    browser,
    page,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto('/');
    await expect(table(noJs).locator('tbody tr')).toHaveCount(45);
    await expect(table(noJs).getByRole('rowheader', { name: /^Sora/ })).toBeVisible();
    await expect(noJs.getByText(/Liu et al\., “Sora: A Review on Background/)).toBeVisible();
    await expect(noJs.getByRole('link', { name: 'arXiv:2402.17177' })).toBeVisible();
    await expect(
      noJs.getByRole('heading', { name: 'The survey’s arguments, in brief' }),
    ).toBeVisible();
    for (const heading of ['Applications', 'Limitations', 'Opportunities'])
      await expect(noJs.getByRole('heading', { name: heading, level: 3 })).toBeVisible();
    for (const part of ['Film-making', 'Physical realism', 'Academia'])
      await expect(noJs.getByRole('term').filter({ hasText: part })).toBeVisible();
    const html = await (await noJs.request.get('/')).text();
    await context.close();

    // axe needs script, so it reads the same HTML as a reader without JavaScript gets it: the
    // scripts taken out and the <noscript> content shown.
    const asWithoutJs = html
      .replace(/<script\b[\s\S]*?<\/script>/g, '')
      .replace(/<(\/?)noscript>/g, '<$1div>');
    await page.route('/', (route) =>
      route.fulfill({ body: asWithoutJs, contentType: 'text/html' }),
    );
    await page.goto('/');
    await expect(
      page.getByRole('heading', { name: 'The survey’s arguments, in brief' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
