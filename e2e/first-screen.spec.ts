import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The first screen answers a researcher's question: the filters, the count, the table's first rows
 * and both charts are in it, on a laptop (1440x900) and a small one (1024x768), in both languages;
 * and the two questions the layout was made for read on screen after at most two actions.
 */

const words = {
  en: {
    table: /models/,
    perYear: 'Models per year',
    share: 'Backbone share by year',
    search: 'Search models',
    year: 'Year',
    backbone: 'Backbone',
    diffusion: /^Diffusion/,
    nOf: 'n = 26 of 33',
    shareLine: 'Diffusion: 79% (26)',
    one: '1 of 45 models',
  },
  zh: {
    table: /模型/,
    perYear: '每年模型数',
    share: '各年份主干架构占比',
    search: '搜索模型',
    year: '年份',
    backbone: '主干架构',
    diffusion: /^Diffusion/,
    nOf: 'n = 26 （共 33）',
    shareLine: 'Diffusion：79%（26）',
    one: '显示 1 / 45 个模型',
  },
} as const;

type Lang = keyof typeof words;

async function openLive(page: Page, lang: Lang, query = '') {
  const join = query ? '&' : '';
  await page.goto(`/?${query}${join}lang=${lang}`.replace('?&', '?'));
  await expect(page.locator('figure svg.recharts-surface')).toHaveCount(2);
}

/** Whole inside the window, not merely touching it. */
async function expectOnScreen(locator: Locator) {
  await expect(locator).toBeInViewport({ ratio: 1 });
}

for (const [width, height] of [
  [1440, 900],
  [1024, 768],
] as const) {
  for (const lang of ['en', 'zh'] as const) {
    const w = words[lang];
    test.describe(`${width}x${height}, ${lang}`, () => {
      test.use({ viewport: { width, height } });

      test('the first screen holds the filters, the count, the first rows and both charts', async ({
        page,
      }) => {
        await openLive(page, lang);
        await expectOnScreen(page.getByRole('searchbox', { name: w.search }));
        await expectOnScreen(page.getByRole('group', { name: w.year }));
        await expectOnScreen(page.getByRole('status'));
        for (const title of [w.perYear, w.share]) {
          await expectOnScreen(page.getByRole('figure', { name: title }).locator('svg').first());
        }
        const table = page.getByRole('table', { name: w.table });
        await expectOnScreen(table.getByRole('columnheader').first());
        // The first row's name and cells are readable (a row of two-line cells may run past the edge).
        const first = table.getByRole('row').nth(1);
        await expectOnScreen(
          first.getByRole('rowheader').getByText('Imagen Video', { exact: true }),
        );
        await expectOnScreen(first.getByRole('cell').first().getByText('2022'));
      });

      test('the table’s header stays in view while its rows scroll', async ({ page }) => {
        await openLive(page, lang);
        const table = page.getByRole('table', { name: w.table });
        await table.getByRole('row').nth(30).scrollIntoViewIfNeeded();
        const header = table.getByRole('columnheader').first();
        await expectOnScreen(header);
        // Not under the views' bar, which stays at the top too.
        const bar = await page.getByRole('navigation').first().boundingBox();
        const box = await header.boundingBox();
        expect(box!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1);
        // And the first rows have gone by: the header really is following.
        await expect(table.getByRole('row').nth(1)).not.toBeInViewport();
      });

      test('“what share of 2023 models are diffusion?” in two clicks: 26 of 33, 79%', async ({
        page,
      }) => {
        await openLive(page, lang);
        await page
          .getByRole('group', { name: w.year })
          .getByRole('checkbox', { name: /^2023/ })
          .check();
        await page
          .getByRole('group', { name: w.backbone, exact: true })
          .getByRole('checkbox', { name: w.diffusion })
          .check();
        const share = page.getByRole('figure', { name: w.share });
        await expect(share.locator('.bar-total')).toHaveText(w.nOf);
        await expectOnScreen(share.locator('.bar-total'));
        await expectOnScreen(share.getByText(w.shareLine));
      });

      test('“which groups built autoregressive models in 2023?” in one search', async ({
        page,
      }) => {
        await openLive(page, lang);
        await page.getByRole('searchbox', { name: w.search }).fill('autoregressive 2023');
        await expect(page.getByRole('status')).toHaveText(w.one);
        const row = page
          .getByRole('table', { name: w.table })
          .getByRole('row', { name: /^VideoPoet/ });
        // The answer, read on screen: the model and its group.
        await expectOnScreen(row.getByRole('rowheader').getByText('VideoPoet', { exact: true }));
        await expectOnScreen(row.getByText('Google', { exact: true }));
      });
    });
  }
}

for (const lang of ['en', 'zh'] as const) {
  const w = words[lang];
  test.describe(`a phone, ${lang}`, () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test('a filtered view puts its first result within a screen of the top', async ({ page }) => {
      await openLive(page, lang, 'year=2023&backbone=Diffusion');
      const first = page.getByRole('table', { name: w.table }).getByRole('row').nth(1);
      const top = await first.evaluate((row) => row.getBoundingClientRect().top + window.scrollY);
      expect(top).toBeLessThanOrEqual(844);
    });

    test('“what share of 2023 models are diffusion?” from a link and a swipe', async ({ page }) => {
      await openLive(page, lang, 'year=2023&backbone=Diffusion');
      const share = page.getByRole('figure', { name: w.share });
      // The share figure peeks in beside the first; a swipe brings it in.
      await share.scrollIntoViewIfNeeded();
      await expectOnScreen(share.locator('.bar-total'));
      await expect(share.locator('.bar-total')).toHaveText(w.nOf);
      await expectOnScreen(share.getByText(w.shareLine));
    });

    test('“which groups built autoregressive models in 2023?” from a link', async ({ page }) => {
      await openLive(page, lang, 'q=autoregressive%202023');
      await expect(page.getByRole('status')).toHaveText(w.one);
      const card = page
        .getByRole('table', { name: w.table })
        .getByRole('row', { name: /^VideoPoet/ });
      await card.scrollIntoViewIfNeeded();
      await expectOnScreen(card);
      await expect(card).toContainText('Google');
      // The count stays in sight beside it, in the bar at the bottom.
      await expectOnScreen(
        page.getByRole('button', { name: new RegExp(w.one.replace(/[/]/g, '\\/')) }),
      );
    });
  });
}
