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

  test('a link opens at its slide; the deck follows the filters: the map and the headlines change', async ({
    page,
  }) => {
    await page.goto('/?backbone=Masked+Vision+Models&present=1&slide=4');
    await expect(counter(page)).toHaveText(/^4 \//);
    const deck = page.getByRole('main', { name: 'Presentation' });
    const map = deck.getByRole('table');
    await expect(deck.getByRole('heading', { level: 2 })).toHaveText(
      'The field at a glance: 4 models by year and backbone',
    );
    for (const name of ['MaskViT', 'Phenaki', 'MAGVIT', 'MAGVIT V2'])
      await expect(map).toContainText(name);
    await expect(map).not.toContainText('Sora');
    await page.keyboard.press('ArrowRight');
    await expect(deck.getByRole('heading', { level: 2 })).toHaveText(
      '2022 and 2023 tie for the most models: 2 each',
    );
    await page.keyboard.press('ArrowRight');
    await expect(deck.getByRole('heading', { level: 2 })).toHaveText(
      'Masked Vision Models: all the models of 2022, all of 2023’s',
    );
    // Unfiltered, the share headline gives Table 1's shares as published (5 of 9, 26 of 33, 3
    // of 3); the counts are the per-year slide's.
    await page.goto('/?present=1&slide=6');
    await expect(deck.getByRole('heading', { level: 2 })).toHaveText(
      'Diffusion: 56% of the models of 2022, 79% of 2023’s, all of 2024’s',
    );
  });

  test('the map holds every model by name, nothing cut off, at 1280x720', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/?present=1&slide=4');
    const map = page.locator('.field-map');
    await expect(map).toContainText('Sora');
    const names = await map
      .locator('tbody td')
      .evaluateAll((cells) =>
        cells.flatMap((c) => (c.textContent ?? '').split(' · ').filter(Boolean)),
      );
    expect(names).toHaveLength(45);
    const fits = await page.locator('.presentation__slide').evaluate((el) => ({
      // Neither the slide nor any cell hides a name.
      overflow: Math.max(
        el.scrollHeight - el.clientHeight,
        ...[...el.querySelectorAll('td')].map((td) => td.scrollHeight - td.clientHeight),
      ),
      smallest: Math.min(
        ...[...el.querySelectorAll('td, th')].map((e) => parseFloat(getComputedStyle(e).fontSize)),
      ),
    }));
    expect(fits.overflow).toBeLessThanOrEqual(0);
    expect(fits.smallest).toBeGreaterThanOrEqual(20);
  });

  test('deck= chooses the slides and their order; junk in it is ignored', async ({ page }) => {
    await page.goto('/?present=1&deck=closing,nonsense,title,closing');
    await expect(counter(page)).toHaveText('1 / 2');
    await expect(page).toHaveURL(/deck=closing,title/);
    const closing = page.getByRole('main', { name: 'Presentation' });
    await expect(closing).toContainText('How to cite');
    // Served on this computer's own address (127.0.0.1), which the room cannot open: the link in
    // words and how to serve it, no QR code that leads nowhere.
    await expect(closing).toContainText(/127\.0\.0\.1:\d+\//);
    await expect(closing).toContainText('serve the explorer on an address they can reach');
    await expect(closing.getByRole('img', { name: /^QR code/ })).toHaveCount(0);
    await page.goto('/?present=1&deck=%3Cscript%3E,,');
    await expect(counter(page)).toHaveText('1 / 24');
    await expect(page).not.toHaveURL(/deck=/);
  });

  test('the deck builder chooses and orders the parts; the link and the next visit keep them', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Choose slides' }).click();
    const builder = page.getByRole('dialog', { name: 'Choose the slides' });
    await expect(builder.getByRole('status')).toHaveText('24 slides with the rows in view.');
    await builder.getByRole('checkbox', { name: 'Models per year' }).uncheck();
    await builder.getByRole('checkbox', { name: 'Table 1 in full (one slide per 7 rows)' }).check();
    await builder.getByRole('button', { name: 'Move Closing: how to cite up' }).click();
    await expect(builder.getByRole('status')).toHaveText('30 slides with the rows in view.');
    await expect(page).toHaveURL(/deck=title,agenda,act-field,map,table,share,/);
    await expect(page).toHaveURL(/,society,closing,conclusion(&|$)/);
    await builder.getByRole('button', { name: 'Close' }).click();
    await expect(builder).toHaveCount(0);
    // Remembered: a later visit without deck= presents the same talk.
    await page.goto('/?present=1&slide=5');
    await expect(counter(page)).toHaveText('5 / 30');
    await expect(page.getByRole('main', { name: 'Presentation' })).toContainText('Table 1');
    await expect(page).toHaveURL(/deck=title,agenda,act-field,map,table,share/);
  });

  test('printed, the deck is one 16:9 page per slide, the charts drawn', async ({ page }) => {
    await page.goto('/?present=1');
    await expect(counter(page)).toHaveText('1 / 24');
    await expect(page.getByRole('button', { name: 'Save slides as PDF' })).toBeVisible();
    // What the browser does before it prints (Ctrl+P, or the button's print dialog).
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('.print-deck .recharts-surface')).toHaveCount(2);
    await expect(page.locator('.print-deck .recharts-bar-rectangle').first()).toBeAttached();
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
      'latin1',
    );
    const boxes = pdf.match(/\/MediaBox\s*\[[^\]]*\]/g) ?? [];
    // 1280x720 CSS pixels are 960x540 points.
    expect(boxes).toHaveLength(24);
    expect(new Set(boxes)).toEqual(new Set(['/MediaBox [0 0 960 540]']));
    // Text is set in fonts (selectable), not painted as pictures.
    expect(pdf).toMatch(/\/FontFile|\/Font\b/);
  });

  test('go to a slide by number, black the screen out and back, list the keys', async ({
    page,
  }) => {
    await page.goto('/?present=1');
    await expect(counter(page)).toHaveText(/^1 \//);
    await page.keyboard.type('12');
    await expect(page.getByText('Go to slide 12')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(counter(page)).toHaveText(/^12 \//);
    await page.keyboard.press('b');
    await expect(page.locator('.presentation__black')).toBeVisible();
    await page.keyboard.press('b');
    await expect(page.locator('.presentation__black')).toHaveCount(0);
    await page.keyboard.press('?');
    const keys = page.getByRole('dialog', { name: 'Keys while presenting' });
    await expect(keys).toContainText('Black the screen out');
    await page.keyboard.press('Escape');
    await expect(keys).toHaveCount(0);
    // Escape closed the list, not the presentation.
    await expect(counter(page)).toHaveText(/^12 \//);

    // O: the overview; arrows move (four to a row), Enter jumps.
    await page.keyboard.press('o');
    const overview = page.getByRole('group', { name: 'Overview of the slides' });
    await expect(overview.getByRole('button', { name: 'Go to slide 12' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    await expect(overview.getByRole('button', { name: 'Go to slide 5' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(overview).toHaveCount(0);
    await expect(counter(page)).toHaveText(/^5 \//);
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(/^6 \//);
  });

  test('a blocked presenter window is said, with how to allow it', async ({ page }) => {
    await page.addInitScript(() => {
      window.open = () => null;
    });
    await page.goto('/?present=1');
    await expect(counter(page)).toHaveText(/^1 \//);
    await page.keyboard.press('s');
    await expect(page.getByRole('alert')).toHaveText(
      'The browser blocked the presenter window. Allow pop-ups for this page (the icon at the end of the address bar), then press S again.',
    );
    await expect(counter(page)).toHaveText(/^1 \//);
  });

  test('the presenter window follows the audience window, and back', async ({ page, context }) => {
    await page.goto('/?present=1&slide=3');
    await expect(counter(page)).toHaveText(/^3 \//);
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    const view = presenter.getByRole('main', { name: 'Presenter view of the slides' });
    await expect(view).toBeVisible();
    await expect(counter(presenter)).toHaveText(/^3 \//);
    await expect(view.getByRole('region', { name: 'Notes' })).not.toBeEmpty();
    await expect(view).toContainText('Elapsed');
    await presenter.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(/^4 \//);
    await page.keyboard.press('ArrowRight');
    await expect(counter(presenter)).toHaveText(/^5 \//);
    await presenter.getByRole('button', { name: 'Previous' }).click();
    await expect(counter(page)).toHaveText(/^4 \//);
    await presenter.close();
    // The audience window goes on presenting.
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText(/^5 \//);
  });

  for (const lang of ['en', 'zh']) {
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ]) {
      test(`every slide fits ${width}x${height}, body text 24px or more (${lang})`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height });
        // All points at once (build=0): a key is a slide.
        await page.goto(`/?present=1&build=0&lang=${lang}`);
        const total = Number((await counter(page).textContent())!.split('/')[1]);
        // The default talk, the same in both languages.
        expect(total).toBe(24);
        for (let n = 1; n <= total; n++) {
          await expect(counter(page)).toHaveText(`${n} / ${total}`);
          const { overflow, smallest } = await page
            .locator('.presentation__slide')
            .evaluate((el) => {
              // Type as it shows: its size on the 1280x720 slide times the stage's scale.
              const scale = el.closest('.stage__slide')!.getBoundingClientRect().width / 1280;
              // The map's names (20 px and up) and the citations' small type are measured apart.
              const texts = [
                ...el.querySelectorAll<HTMLElement>('p, li, td, th, h2, h3, span, button'),
              ].filter(
                (e) =>
                  e.textContent?.trim() &&
                  e.offsetParent !== null &&
                  !e.closest('.field-map, .slide__cites'),
              );
              return {
                overflow: el.scrollHeight - el.clientHeight,
                smallest:
                  scale * Math.min(...texts.map((e) => parseFloat(getComputedStyle(e).fontSize))),
              };
            });
          expect(overflow, `slide ${n} scrolls`).toBeLessThanOrEqual(0);
          expect(smallest, `slide ${n} text size`).toBeGreaterThanOrEqual(width >= 1280 ? 24 : 12);
          await page.keyboard.press('PageDown');
        }
      });
    }
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
