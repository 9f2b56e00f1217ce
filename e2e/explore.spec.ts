import type { Page } from '@playwright/test';
import { PAPER_MODELS } from '../src/data/models';
import { expect, test } from './fixtures';

/**
 * The rows a span of months keeps, worked out here from Table 1's data and nothing of the app:
 * a row's month is its cited work's arXiv id (`2303.…` is March 2023); a row without one counts
 * for every month of its year.
 */
function namesReleasedIn(from: string, to: string): string[] {
  const month = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
  const [lo, hi] = [month(from), month(to)];
  return PAPER_MODELS.filter((m) => {
    const id = m.work?.arxiv;
    if (id) {
      const at = (2000 + Number(id.slice(0, 2))) * 12 + Number(id.slice(2, 4)) - 1;
      return at >= lo && at <= hi;
    }
    return m.year * 12 + 11 >= lo && m.year * 12 <= hi;
  })
    .map((m) => m.name)
    .sort();
}

const modelTable = (page: Page) => page.getByRole('table', { name: /models/ });

async function tableNames(page: Page) {
  return (
    await modelTable(page)
      .locator('tbody tr[data-model-id]')
      .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.modelId!))
  ).map((id) => PAPER_MODELS.find((m) => m.id === id)!.name);
}

/** `2023-03` as the English interface writes it: `Mar 2023`. */
const monthWords = (ym: string) =>
  new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)) - 1, 1),
  );

const spanOf = (page: Page) => {
  const url = new URL(page.url());
  return { from: url.searchParams.get('from'), to: url.searchParams.get('to') };
};

test.describe('filter by looking', () => {
  test('a drag across the release timeline keeps exactly the models released in that span', async ({
    page,
  }) => {
    await page.goto('/');
    const perYear = page.getByRole('figure', { name: 'Models per year' });
    await perYear.getByRole('radio', { name: 'Release timeline' }).check();
    await expect(perYear.locator('.timeline-mark').first()).toBeVisible();
    const plot = perYear.locator('.recharts-cartesian-grid');
    const box = (await plot.boundingBox())!;
    const y = box.y + box.height * 0.3;
    await page.mouse.move(box.x + box.width * 0.4, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, y, { steps: 4 });
    await page.mouse.move(box.x + box.width * 0.62, y, { steps: 4 });
    await page.mouse.up();

    await expect(page).toHaveURL(/from=\d{4}-\d{2}&to=\d{4}-\d{2}/);
    const { from, to } = spanOf(page);
    // The axis runs from January 2022 to the end of 2024: 40% of it is about March 2023 and
    // 62% about November 2023 (a pixel either way may tip a month).
    const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
    expect(Math.abs(monthIndex(from!) - monthIndex('2023-03'))).toBeLessThanOrEqual(1);
    expect(Math.abs(monthIndex(to!) - monthIndex('2023-11'))).toBeLessThanOrEqual(1);
    const expected = namesReleasedIn(from!, to!);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(45);
    await expect(page.getByRole('status').first()).toHaveText(`${expected.length} of 45 models`);
    expect(await tableNames(page).then((n) => n.sort())).toEqual(expected);

    // The chip names the span; the Year facet counts only the rows inside it.
    const chip = page.getByRole('button', { name: /^Remove filter Released:/ });
    await expect(chip).toBeVisible();
    const perYearCounts = new Map<string, number>();
    for (const name of expected) {
      const year = String(PAPER_MODELS.find((m) => m.name === name)!.year);
      perYearCounts.set(year, (perYearCounts.get(year) ?? 0) + 1);
    }
    for (const [year, n] of perYearCounts)
      await expect(page.getByRole('checkbox', { name: `${year} (${n})` })).toBeVisible();
    // The keyboard twin shows the same bounds.
    await expect(page.getByRole('slider', { name: 'From' })).toHaveAttribute(
      'aria-valuetext',
      monthWords(from!),
    );
    await expect(page.getByRole('slider', { name: 'To' })).toHaveAttribute(
      'aria-valuetext',
      monthWords(to!),
    );

    // Dragging the shaded band moves it, keeping its length.
    const band = perYear.locator('.timeline-band');
    const bandBox = (await band.boundingBox())!;
    // Between the lanes of marks (a press on a mark opens it).
    const bandY = bandBox.y + bandBox.height * 0.52;
    await page.mouse.move(bandBox.x + bandBox.width / 2, bandY);
    await page.mouse.down();
    await page.mouse.move(bandBox.x + bandBox.width / 2 - box.width * 0.12, bandY, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => spanOf(page).from).not.toBe(from);
    const moved = spanOf(page);
    const months = (s: { from: string | null; to: string | null }) => {
      const m = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7));
      return m(s.to!) - m(s.from!);
    };
    expect(months(moved)).toBe(months({ from, to }));

    // The chip clears it.
    await chip.click();
    await expect(page.getByRole('status').first()).toHaveText('45 of 45 models');
    expect(spanOf(page)).toEqual({ from: null, to: null });
  });

  test('the keyboard twin sets the same span, and a link keeps it', async ({ page }) => {
    await page.goto('/');
    const from = page.getByRole('slider', { name: 'From' });
    await expect(from).toHaveAttribute('aria-valuetext', 'Jan 2022');
    await from.focus();
    // A year per Page Up, a month per arrow: January 2022 to March 2023.
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\?from=2023-03$/);
    const to = page.getByRole('slider', { name: 'To' });
    await to.focus();
    await page.keyboard.press('PageDown');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/\?from=2023-03&to=2023-09$/);
    await expect(to).toHaveAttribute('aria-valuetext', 'Sep 2023');
    const expected = namesReleasedIn('2023-03', '2023-09');
    await expect(page.getByRole('status').first()).toHaveText(`${expected.length} of 45 models`);
    expect((await tableNames(page)).sort()).toEqual(expected);
    // Year-only rows count for their whole year, and the reader is told so.
    await expect(
      page.getByText(/a row with only a year counts as released throughout/),
    ).toBeVisible();
    await page.reload();
    await expect(page.getByRole('status').first()).toHaveText(`${expected.length} of 45 models`);
    await expect(from).toHaveAttribute('aria-valuetext', 'Mar 2023');
    // Home puts the thumb back at the start: that end is open again.
    await from.focus();
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/\?to=2023-09$/);
  });

  test('reversed bounds are swapped and malformed ones ignored', async ({ page }) => {
    await page.goto('/?from=2023-09&to=2023-03');
    await expect(page).toHaveURL(/\?from=2023-03&to=2023-09$/);
    await page.goto('/?from=2023-13&to=later&year=2023');
    await expect(page).toHaveURL(/\?year=2023$/);
    await expect(page.getByRole('status').first()).toHaveText('33 of 45 models');
  });

  test('ghost totals and "n of N" appear only with a filter on', async ({ page }) => {
    await page.goto('/');
    const perYear = page.getByRole('figure', { name: 'Models per year' });
    await expect(perYear.locator('svg.recharts-surface')).toBeVisible();
    await expect(perYear.locator('.bar-ghost')).toHaveCount(0);
    const totals = perYear.getByRole('table').locator('tbody tr td:last-child');
    await expect(totals).toHaveText(['9', '33', '3']);

    await page.getByRole('checkbox', { name: /^Auto-regressive/ }).check();
    await expect(perYear.locator('.bar-ghost .recharts-rectangle')).toHaveCount(3);
    const of = (year: number) => {
      const all = PAPER_MODELS.filter((m) => m.year === year);
      return `${all.filter((m) => m.backbone === 'Auto-regressive').length} of ${all.length}`;
    };
    await expect(totals).toHaveText([of(2022), of(2023), of(2024)]);
    await expect(perYear.getByText(of(2022), { exact: true }).first()).toBeVisible();
    const share = page.getByRole('figure', { name: 'Backbone share by year' });
    await expect(share.getByText(`n = ${of(2022)}`, { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(perYear.locator('.bar-ghost')).toHaveCount(0);
    await expect(totals).toHaveText(['9', '33', '3']);
  });

  test('hovering or focusing a row marks its year and its timeline dot', async ({ page }) => {
    await page.goto('/');
    const perYear = page.getByRole('figure', { name: 'Models per year' });
    await expect(perYear.locator('svg.recharts-surface')).toBeVisible();
    const sora = modelTable(page).locator('tr[data-model-id="sora"]');
    await sora.hover();
    await expect(perYear.locator('.year-mark')).toHaveCount(1);
    await page.mouse.move(0, 0);
    await expect(perYear.locator('.year-mark')).toHaveCount(0);
    await perYear.getByRole('radio', { name: 'Release timeline' }).check();
    await modelTable(page).locator('tr[data-model-id]').first().focus();
    await expect(perYear.locator('.timeline-mark__ring')).toHaveCount(1);
  });
});

test.describe('models, one after another', () => {
  test('Next and Previous follow the table under a sort and a filter, and update model=', async ({
    page,
  }) => {
    await page.goto('/?backbone=Diffusion&sort=-year,name');
    const order = await tableNames(page);
    expect(order.length).toBe(34);
    await modelTable(page).locator('tr[data-model-id]').nth(1).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toHaveAccessibleName(order[1]!);
    await expect(dialog.getByText('2 of 34 in the table')).toBeVisible();

    await dialog.getByRole('button', { name: 'Next' }).click();
    await expect(dialog).toHaveAccessibleName(order[2]!);
    const id = PAPER_MODELS.find((m) => m.name === order[2])!.id;
    await expect(page).toHaveURL(new RegExp(`model=${id}`));
    await page.keyboard.press('ArrowRight');
    await expect(dialog).toHaveAccessibleName(order[3]!);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(dialog).toHaveAccessibleName(order[1]!);
    await dialog.getByRole('button', { name: 'Previous' }).click();
    await expect(dialog).toHaveAccessibleName(order[0]!);
    // At the first row Previous goes nowhere.
    await expect(dialog.getByRole('button', { name: 'Previous' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await page.keyboard.press('ArrowLeft');
    await expect(dialog).toHaveAccessibleName(order[0]!);
    // Closing returns to the row of the model last shown.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(modelTable(page).locator('tr[data-model-id]').first()).toBeFocused();
  });

  test('cited works link out, and models of the same backbone and year are a click away', async ({
    page,
  }) => {
    await page.goto('/?model=sora');
    const dialog = page.getByRole('dialog', { name: 'Sora' });
    await expect(dialog.getByRole('link', { name: /OpenAI, Sora/ })).toHaveAttribute(
      'href',
      'https://openai.com/sora',
    );
    for (const [id, url] of [
      ['gen-2', 'https://research.runwayml.com/gen2'],
      ['pika', 'https://pika.art/home'],
      ['zeroscope', 'https://easywithai.com/ai-video-generators/zeroscope/'],
    ] as const) {
      await page.goto(`/?model=${id}`);
      await expect(
        page.getByRole('dialog').getByRole('link', { name: /^Web page/ }),
      ).toHaveAttribute('href', url);
    }
    await page.goto('/?model=cogvideo');
    const cog = page.getByRole('dialog', { name: 'CogVideo' });
    await expect(cog.getByRole('link', { name: 'arXiv 2205.15868' })).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/2205.15868',
    );
    // CogVideo: Auto-regressive, 2022; so is TATS.
    const related = PAPER_MODELS.filter(
      (m) => m.id !== 'cogvideo' && m.year === 2022 && m.backbone === 'Auto-regressive',
    ).map((m) => m.name);
    await expect(
      cog
        .getByRole('region', { name: /other models? of this backbone and year/ })
        .getByRole('link'),
    ).toHaveText(related);
    await cog.getByRole('link', { name: related[0] }).click();
    await expect(page.getByRole('dialog', { name: related[0] })).toBeVisible();
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });

  test('a touch drag across the timeline draws the span too', async ({ page }) => {
    await page.goto('/');
    const perYear = page.getByRole('figure', { name: 'Models per year' });
    await perYear.getByRole('radio', { name: 'Release timeline' }).tap();
    await expect(perYear.locator('.timeline-mark').first()).toBeVisible();
    const grid = perYear.locator('.recharts-cartesian-grid');
    await grid.scrollIntoViewIfNeeded();
    const box = (await grid.boundingBox())!;
    // Playwright's touchscreen only taps: a drag goes through the devtools protocol's touch input.
    const cdp = await page.context().newCDPSession(page);
    const y = box.y + box.height * 0.52;
    const at = (f: number) => [{ x: box.x + box.width * f, y }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0.3) });
    for (let i = 1; i <= 8; i++)
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: at(0.3 + i * 0.05),
      });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });

    await expect(page).toHaveURL(/from=\d{4}-\d{2}&to=\d{4}-\d{2}/);
    const { from, to } = spanOf(page);
    const expected = namesReleasedIn(from!, to!);
    await expect(page.getByRole('status').first()).toHaveText(`${expected.length} of 45 models`);
    expect((await tableNames(page)).sort()).toEqual(expected);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
  });
});
