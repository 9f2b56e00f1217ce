import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const counter = (page: Page) => page.locator('.presentation__counter');
const deck = (page: Page) => page.getByRole('main', { name: 'Presentation' });
const slide = (page: Page) => page.locator('.presentation__slide');

test.describe('the deck as a talk', () => {
  test('a part’s points come one at a time on the next key; build=0 shows them all', async ({
    page,
  }) => {
    // Slide 7 opens the second act; slide 8 is film-making, with four points.
    await page.goto('/?present=1&slide=7');
    await expect(deck(page).getByRole('heading', { level: 2 })).toHaveText('Applications');
    await expect(deck(page)).toContainText('Film-making · Education · Gaming');
    await page.keyboard.press('PageDown');
    await expect(counter(page)).toHaveText('8 / 24');
    const points = slide(page).getByRole('listitem');
    await expect(points).toHaveCount(0);
    for (let n = 1; n <= 4; n++) {
      await page.keyboard.press('PageDown');
      await expect(points).toHaveCount(n);
      await expect(counter(page)).toHaveText('8 / 24');
    }
    await page.keyboard.press('PageDown');
    await expect(counter(page)).toHaveText('9 / 24');
    // Back: the slide before, all its points out.
    await page.keyboard.press('PageUp');
    await expect(counter(page)).toHaveText('8 / 24');
    await expect(points).toHaveCount(4);

    await page.goto('/?present=1&slide=7&build=0');
    await expect(counter(page)).toHaveText('7 / 24');
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText('8 / 24');
    await expect(points).toHaveCount(4);
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText('9 / 24');
  });

  for (const [width, height] of [
    [1366, 768],
    [1280, 800],
    [1920, 1080],
    [844, 390],
  ]) {
    test(`the 16:9 slide scales to ${width}x${height}, letterboxed, the controls never over it`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/?present=1&slide=8&build=0');
      await expect(counter(page)).toHaveText('8 / 24');
      const stage = page.locator('.stage__slide');
      const box = (await stage.boundingBox())!;
      const bar = (await page.locator('.presentation__bar').boundingBox())!;
      expect(box.width / box.height).toBeCloseTo(16 / 9, 2);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(bar.y + 0.5);
      // Scaled, not reflowed: the slide is laid out at 1280x720 whatever the window.
      expect(
        await stage.evaluate((el) => [
          (el as HTMLElement).offsetWidth,
          (el as HTMLElement).offsetHeight,
        ]),
      ).toEqual([1280, 720]);
      await expect(slide(page).getByRole('listitem')).toHaveCount(4);
    });
  }

  test('the controls and the cursor go after two seconds without the mouse, and come back', async ({
    page,
  }) => {
    await page.goto('/?present=1');
    await page.mouse.move(400, 300);
    const bar = page.locator('.presentation__bar');
    await expect(bar).toHaveCSS('opacity', '1');
    await expect(bar).toHaveCSS('opacity', '0', { timeout: 10_000 });
    await expect(deck(page)).toHaveCSS('cursor', 'none');
    await page.mouse.move(420, 310);
    await expect(bar).toHaveCSS('opacity', '1');
    await expect(deck(page)).not.toHaveCSS('cursor', 'none');
    // Tab into the bar while it is hidden: focus shows it.
    await expect(bar).toHaveCSS('opacity', '0', { timeout: 10_000 });
    await page.keyboard.press('Tab');
    await expect(bar).toHaveCSS('opacity', '1');
  });

  test('F toggles full screen and leaves the deck open', async ({ page }) => {
    await page.goto('/?present=1');
    await expect(counter(page)).toHaveText('1 / 24');
    const fullScreen = () => page.evaluate(() => document.fullscreenElement !== null);
    await page.keyboard.press('f');
    await expect.poll(fullScreen).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(fullScreen).toBe(false);
    await expect(deck(page)).toBeVisible();
  });

  test('pointing at a chart shows its values, changes no filter, and leaves nothing behind', async ({
    page,
  }) => {
    await page.goto('/?present=1&slide=5');
    const bar = slide(page).locator('.recharts-bar-rectangle').first();
    await expect(bar).toBeVisible();
    await bar.hover();
    const tooltip = slide(page).locator('.chart-tooltip');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText('Diffusion');
    await page.mouse.click((await bar.boundingBox())!.x + 5, (await bar.boundingBox())!.y + 5);
    await expect(page).not.toHaveURL(/year=|backbone=/);
    // Escape closes what is open first; the deck stays.
    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);
    await expect(deck(page)).toBeVisible();
    // Opened again, it goes with the slide.
    await bar.hover();
    await expect(tooltip).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText('6 / 24');
    await expect(slide(page).locator('.chart-tooltip')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(deck(page)).toHaveCount(0);
  });

  test('Chinese headlines and points wrap between words, never inside one', async ({ page }) => {
    await page.goto('/?present=1&slide=11&lang=zh');
    const headline = slide(page).getByRole('heading', { level: 2 });
    await expect(headline).toContainText('视频扩散模型');
    const wraps = await headline.locator('.phrases').evaluate((el) => ({
      wordBreak: getComputedStyle(el).wordBreak,
      // The words found, each followed by a place the line may break.
      words: el.querySelectorAll('wbr').length,
    }));
    expect(wraps.wordBreak).toBe('keep-all');
    expect(wraps.words).toBeGreaterThan(3);
  });

  test('Save as PowerPoint: the deck as shown, with text, native charts and notes', async ({
    page,
  }) => {
    await page.goto('/?present=1&year=2023');
    await expect(counter(page)).toHaveText('1 / 24');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Save as PowerPoint' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sora-survey-talk-2023.pptx');
    const zip = await JSZip.loadAsync(await readFile((await download.path())!));
    const names = Object.keys(zip.files);
    const count = (pattern: RegExp) => names.filter((n) => pattern.test(n)).length;
    expect(count(/^ppt\/slides\/slide\d+\.xml$/)).toBe(24);
    expect(count(/^ppt\/charts\/chart\d+\.xml$/)).toBe(2);
    expect(count(/^ppt\/notesSlides\/notesSlide\d+\.xml$/)).toBe(24);
    const xml = (name: string) => zip.file(name)!.async('string');
    // Slide 8, film-making: its headline and a point as real text.
    const film = await xml('ppt/slides/slide8.xml');
    expect(film).toContain('Sora heralds democratised film-making');
    expect(film).toContain('MovieFactory');
    // The per-year chart counts the filtered rows: 33 models of 2023.
    const charts = (await xml('ppt/charts/chart1.xml')) + (await xml('ppt/charts/chart2.xml'));
    expect(charts).toContain('<c:barChart>');
    expect(charts).toContain('2023');
    // The notes say more than the slide: the part's prose.
    const notes = await xml('ppt/notesSlides/notesSlide8.xml');
    expect(notes).toContain('MovieFactory');
    expect(notes.length).toBeGreaterThan(film.length / 4);
  });
});

test.describe('the presenter window', () => {
  test('counts the talk down, and its keys drive the audience’s screen', async ({
    page,
    context,
  }) => {
    await page.goto('/?present=1&slide=7');
    await expect(counter(page)).toHaveText('7 / 24');
    const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    const view = presenter.getByRole('main', { name: 'Presenter view of the slides' });
    await expect(view).toBeVisible();
    await expect(view.getByRole('spinbutton', { name: 'Talk length' })).toHaveValue('10');
    await expect(view).toContainText(/Remaining\s*(10:00|09:5\d)/);
    // What comes next: slide 8; then, on slide 8, its first point.
    await presenter.keyboard.press('ArrowRight');
    await expect(counter(page)).toHaveText('8 / 24');
    const next = view.getByRole('region', { name: 'Next' });
    await expect(next).toContainText('Next point');
    await expect(next).toContainText('Traditional film-making');
    await presenter.keyboard.press('ArrowRight');
    await expect(slide(page).getByRole('listitem')).toHaveCount(1);
    // B there blacks out the audience's screen; a number and Enter moves it.
    await presenter.keyboard.press('b');
    await expect(page.locator('.presentation__black')).toBeVisible();
    await presenter.keyboard.press('b');
    await expect(page.locator('.presentation__black')).toHaveCount(0);
    await presenter.keyboard.type('12');
    await presenter.keyboard.press('Enter');
    await expect(counter(page)).toHaveText('12 / 24');
    await presenter.close();
  });
});
