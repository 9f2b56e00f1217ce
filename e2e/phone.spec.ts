import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const table = (page: Page) => page.getByRole('table', { name: /models|模型/ });

/** The app is live (keys answered, taps handled) once the charts are drawn: they wait for it. */
async function openLive(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.locator('figure svg.recharts-surface').first()).toBeVisible();
}

async function expectNoSidewaysScroll(page: Page) {
  const [scrollWidth, width] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

for (const width of [360, 390]) {
  test.describe(`on a phone ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 }, hasTouch: true });

    test('each model is a card, whole and unscrolled, and a tap opens it', async ({ page }) => {
      await openLive(page);
      await expect(table(page).getByRole('row')).toHaveCount(46);
      await expectNoSidewaysScroll(page);

      const row = table(page).getByRole('row', { name: /^Stable Video Diffusion/ });
      const name = await row.getByRole('rowheader').boundingBox();
      const cells = row.getByRole('cell');
      const year = await cells.first().boundingBox();
      // Stacked, not side by side: the Year cell starts under the name.
      expect(year!.y).toBeGreaterThanOrEqual(name!.y + name!.height - 1);
      expect(year!.x).toBeLessThan(name!.x + name!.width / 2);
      // Every cell inside the screen and showing all it holds.
      const clipped = await cells.evaluateAll(
        (tds, w) =>
          tds.filter(
            (td) => td.getBoundingClientRect().right > w || td.scrollWidth > td.clientWidth,
          ),
        width,
      );
      expect(clipped).toHaveLength(0);

      await row.tap();
      const dialog = page.getByRole('dialog', { name: 'Stable Video Diffusion' });
      await expect(dialog).toBeVisible();
      await expectNoSidewaysScroll(page);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(row).toBeFocused();
    });

    test('the filters wait at the bottom of the screen, one tap away', async ({ page }) => {
      await openLive(page);
      await table(page).getByRole('row', { name: /^Sora/ }).scrollIntoViewIfNeeded();
      const toggle = page.getByRole('button', { name: /^Filters/ });
      await expect(toggle).toBeInViewport();
      await toggle.tap();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      const year = page.getByRole('group', { name: 'Year' });
      await year.getByRole('checkbox', { name: /^2024/ }).tap();
      await expect(page.getByRole('status')).toHaveText('3 of 45 models');
      await expect(toggle).toHaveText(/1/);
      await expectNoSidewaysScroll(page);
      // Escape folds them, as a menu would, and focus goes back to the button.
      await page.keyboard.press('Escape');
      await expect(year).toBeHidden();
      await expect(toggle).toBeFocused();
    });

    test('the sheet’s main button shows the models it leaves; the words are for touch', async ({
      page,
    }) => {
      await openLive(page);
      await page.getByRole('button', { name: /^Filters/ }).tap();
      await page
        .getByRole('group', { name: 'Year' })
        .getByRole('checkbox', { name: /^2024/ })
        .tap();
      const show = page.getByRole('button', { name: 'Show 3 models' });
      await expect(show).toBeInViewport();
      await show.tap();
      // The sheet is folded, and the first result is on screen.
      await expect(page.getByRole('group', { name: 'Year' })).toBeHidden();
      await expect(table(page).getByRole('row', { name: /^LGVI/ })).toBeInViewport();
      // The count is in sight beside the results: the bar at the bottom carries it.
      const bar = page.getByRole('button', { name: /^Filters/ });
      await expect(bar).toHaveText('Filters (1 active) · 3 of 45 models');
      await expect(bar).toBeInViewport();
      // A touch screen is told to tap, not to click or press keys.
      await expect(page.getByText("Tap a model's card for its details.")).toBeVisible();
      await expect(page.getByText(/^Click a row/)).toBeHidden();
    });

    test('a link to the last tab opens with that tab in sight, in a row that scrolls', async ({
      page,
    }) => {
      await page.goto('/?view=applications&tab=robotics');
      const views = page.getByRole('tablist', { name: 'Views' });
      const sections = page.getByRole('tablist', { name: 'Applications' });
      // The page is live once the link's tab is the selected one.
      await expect(sections.getByRole('tab', { name: 'Robotics' })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      await expectWhollyInside(views.getByRole('tab', { name: 'Applications' }), views);
      await expectWhollyInside(sections.getByRole('tab', { name: 'Robotics' }), sections);
      // Moving on with the keys brings each selected tab into sight too.
      await views.getByRole('tab', { name: 'Applications' }).focus();
      await page.keyboard.press('End');
      await expect(views.getByRole('tab', { name: 'Opportunities' })).toBeFocused();
      await expectWhollyInside(views.getByRole('tab', { name: 'Opportunities' }), views);
      await expectNoSidewaysScroll(page);
    });
  });
}

/** The element's box lies within the (scrolling) container's box: seen whole, not cut at an edge. */
async function expectWhollyInside(element: Locator, container: Locator) {
  await expect
    .poll(async () => {
      const [box, room] = [await element.boundingBox(), await container.boundingBox()];
      return !!box && !!room && box.x >= room.x - 1 && box.x + box.width <= room.x + room.width + 1;
    })
    .toBe(true);
}

// Both languages and both themes, at both widths: the header on one row, the rows as cards, nothing
// wider than the screen.
for (const [width, lang, scheme] of [
  [360, 'zh', 'dark'],
  [390, 'zh', 'light'],
  [360, 'en', 'dark'],
  [390, 'en', 'dark'],
] as const) {
  test.describe(`at ${width} px, ${lang}, ${scheme}`, () => {
    test.use({ viewport: { width, height: 800 }, hasTouch: true, colorScheme: scheme });

    test('the header fits on one row and the cards fit the screen', async ({ page }) => {
      await openLive(page, lang === 'zh' ? '/?lang=zh' : '/');
      const banner = page.getByRole('banner');
      const controls = [
        banner.getByRole('combobox'),
        banner.getByRole('button', { name: lang === 'zh' ? '主题' : 'Theme' }),
        banner.getByRole('button', { name: lang === 'zh' ? '引用' : 'Cite' }),
        banner.getByRole('button', { name: lang === 'zh' ? '演示' : 'Present' }),
      ];
      const tops = await Promise.all(controls.map(async (c) => (await c.boundingBox())!.y));
      for (const top of tops) expect(Math.abs(top - tops[0]!)).toBeLessThanOrEqual(4);
      await expect(table(page).getByRole('row')).toHaveCount(46);
      const row = table(page).getByRole('row').nth(1);
      const name = (await row.getByRole('rowheader').boundingBox())!;
      const year = (await row.getByRole('cell').first().boundingBox())!;
      expect(year.y).toBeGreaterThanOrEqual(name.y + name.height - 1);
      await expectNoSidewaysScroll(page);
    });
  });
}

test.describe('keys', () => {
  test('/ goes to the search, from the table and from another view, but not while typing', async ({
    page,
  }) => {
    await openLive(page);
    const search = page.getByRole('searchbox', { name: 'Search models' });
    await table(page)
      .getByRole('row', { name: /^Gen-1/ })
      .focus();
    await page.keyboard.press('/');
    await expect(search).toBeFocused();
    await page.keyboard.type('sora/');
    await expect(search).toHaveValue('sora/');

    await page.getByRole('tab', { name: 'Applications' }).click();
    await expect(page.getByRole('tab', { name: 'Applications', selected: true })).toBeVisible();
    await page.keyboard.press('/');
    await expect(page.getByRole('tab', { name: 'Models', selected: true })).toBeVisible();
    await expect(search).toBeFocused();
  });

  test('? lists every key, the same entries in both languages; Escape closes and focus returns', async ({
    page,
  }) => {
    const entries: number[] = [];
    const keys: string[][] = [];
    for (const [path, title] of [
      ['/', 'Keys of the explorer'],
      ['/?lang=zh', '按键一览'],
    ]) {
      await openLive(page, path);
      const row = table(page).getByRole('row').nth(3);
      await row.focus();
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog', { name: title });
      await expect(dialog).toBeVisible();
      entries.push(await dialog.getByRole('row').count());
      keys.push(await dialog.locator('kbd').allTextContents());
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(row).toBeFocused();
    }
    expect(entries[0]).toBeGreaterThanOrEqual(20);
    expect(entries[1]).toBe(entries[0]);
    // The same keys, in the same order: only the words beside them are translated.
    expect(keys[1]).toEqual(keys[0]);
  });

  test('on a phone, / unfolds the filters to reach the search', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await openLive(page);
    await page.keyboard.press('/');
    const search = page.getByRole('searchbox', { name: 'Search models' });
    await expect(search).toBeFocused();
    await expect(search).toBeInViewport();
    await expect(page.getByRole('button', { name: /^Filters/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});
