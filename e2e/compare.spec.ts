import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const figure = (page: Page) => page.getByRole('figure', { name: 'Compare' });
const grid = (page: Page, name: string) => figure(page).getByRole('table', { name });

/** The grid as text: the column values, then each row's label and counts (an empty cell is 0). */
async function readGrid(table: Locator): Promise<string[][]> {
  return table.locator('tr').evaluateAll((rows) =>
    rows.map((row, i) =>
      [...row.children].map((cell, j) => {
        const text = (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
        // The header's values and each row's label as they read; counts as the first number.
        return i === 0 || j === 0 ? text : (text.match(/\d+/)?.[0] ?? '0');
      }),
    ),
  );
}

test.describe('Compare: a cross-tab of two facets', () => {
  test('backbone by year: Diffusion in 2023 reads 26, its share of the row after it', async ({
    page,
  }) => {
    await page.goto('/?cross=backbone,year');
    const table = grid(page, 'Compare: Backbone by Year');
    await expect(table.getByRole('button', { name: /^Diffusion, 2023: 26 models/ })).toHaveText(
      /^26 \(\d+%\)$/,
    );
    // The default pair is written as nothing.
    await expect(page).not.toHaveURL(/cross=/);
    const total = table.getByRole('row', { name: /^Total/ });
    await expect(total).toContainText('33 (73%)');
    await expect(total.getByRole('cell').last()).toHaveText('45');
    await expect(figure(page)).toContainText('Each model counts once');
  });

  test('the selects choose the facets, the link follows, and a cell filters the table to its pair', async ({
    page,
  }) => {
    await page.goto('/');
    // The app is live (the prerendered page taken over) once the charts are drawn.
    await expect(page.locator('figure svg.recharts-surface').first()).toBeVisible();
    await figure(page).getByRole('combobox', { name: 'Rows' }).selectOption({ label: 'Task' });
    await expect(page).toHaveURL(/cross=task,year/);
    await figure(page).getByRole('combobox', { name: 'Columns' }).selectOption({ label: 'Group' });
    await expect(page).toHaveURL(/cross=task,group/);
    const table = grid(page, 'Compare: Task by Group');
    await expect(figure(page)).toContainText('several tasks or groups');
    // Choosing for the rows what the columns have swaps the two.
    await figure(page).getByRole('combobox', { name: 'Rows' }).selectOption({ label: 'Group' });
    await expect(page).toHaveURL(/cross=group,task/);
    await figure(page).getByRole('combobox', { name: 'Rows' }).selectOption({ label: 'Task' });
    await expect(page).toHaveURL(/cross=task,group/);

    const cell = table.getByRole('button', { name: /^Generation, Google:/ });
    const count = Number((await cell.textContent())!.match(/^\d+/)![0]);
    await expect(cell).toHaveAttribute('aria-pressed', 'false');
    await cell.click();
    await expect(page.getByRole('status')).toHaveText(`${count} of 45 models`);
    await expect(
      page.getByRole('group', { name: 'Task' }).getByRole('checkbox', { name: /^Generation/ }),
    ).toBeChecked();
    await expect(
      page.getByRole('group', { name: 'Group' }).getByRole('checkbox', { name: /^Google \(/ }),
    ).toBeChecked();
    await expect(page).toHaveURL(/task=Generation&group=Google&cross=task,group/);
    const pressed = table.getByRole('button', { name: /^Generation, Google:/ });
    await expect(pressed).toHaveAttribute('aria-pressed', 'true');
    // Pressed again, it clears both.
    await pressed.click();
    await expect(page.getByRole('status')).toHaveText('45 of 45 models');
    await expect(page).toHaveURL(/\?cross=task,group$/);
  });

  test('the CSV of the grid holds exactly its numbers', async ({ page }) => {
    await page.goto('/?year=2023&cross=backbone,task');
    const table = grid(page, 'Compare: Backbone by Task');
    await expect(table.getByRole('row', { name: /^Diffusion/ })).toBeVisible();
    const shown = await readGrid(table);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      figure(page).getByRole('button', { name: 'Download the grid as CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('compare-backbone-by-task-2023.csv');
    const lines = readFileSync((await csv.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(lines[0]![0]).toBe('Backbone \\ Task');
    expect(lines[0]!.slice(1)).toEqual(shown[0]!.slice(1));
    expect(lines.slice(1)).toEqual(shown.slice(1));
    // The table's own CSV is still the one button named Download CSV.
    await expect(page.getByRole('button', { name: 'Download CSV', exact: true })).toHaveCount(1);
  });

  test('the grid downloads as a 2x PNG and a standalone SVG', async ({ page }) => {
    await page.goto('/');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      figure(page).getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('compare-backbone-by-year.png');
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(960);

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      figure(page).getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    expect(svg.suggestedFilename()).toBe('compare-backbone-by-year.svg');
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain('Compare: Backbone by Year');
    expect(text).toContain('26 (76%)');
    expect(text).toContain('arXiv:2402.17177');
    expect(text).not.toContain('var(--');
  });

  for (const junk of ['foo', 'year,year', 'task', 'task,group,year', 'source,year']) {
    test(`a malformed cross=${junk} opens the default grid`, async ({ page }) => {
      await page.goto(`/?cross=${junk}&year=2023`);
      await expect(grid(page, 'Compare: Backbone by Year')).toBeVisible();
      await expect(page.getByRole('status')).toHaveText('33 of 45 models');
      await expect(page).toHaveURL(/\?year=2023$/);
    });
  }

  test('in Chinese, the same figure with its translated names', async ({ page }) => {
    await page.goto('/?lang=zh&cross=task,group');
    const zh = page.getByRole('figure', { name: '交叉对比' });
    await expect(zh.getByRole('combobox', { name: '行' })).toHaveValue('task');
    await expect(zh.getByRole('combobox', { name: '列' })).toHaveValue('group');
    await expect(zh.getByRole('table', { name: '交叉对比：任务 × 机构' })).toBeVisible();
    await expect(zh.getByRole('button', { name: '将对比表下载为 CSV' })).toBeVisible();
  });
});

test.describe('Compare in the deck', () => {
  test('the builder offers it (not in the default talk); its slide shows the grid, large', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/?cross=group,task');
    await page.getByRole('button', { name: 'Choose slides' }).click();
    const builder = page.getByRole('dialog', { name: 'Choose the slides' });
    const part = builder.getByRole('checkbox', { name: 'Compare: the grid of two facets' });
    await expect(part).not.toBeChecked();
    await part.check();
    await expect(builder.getByRole('status')).toHaveText('25 slides with the rows in view.');
    await expect(page).toHaveURL(/deck=title,agenda,act-field,map,per-year,share,cross,act-uses,/);
    await builder.getByRole('button', { name: 'Close' }).click();

    await page.goto('/?present=1&slide=7&cross=group,task');
    await expect(page.locator('.presentation__counter')).toHaveText('7 / 25');
    const slide = page.locator('.presentation__slide');
    await expect(slide.getByRole('heading', { level: 2 })).toHaveText('Compare: Group by Task');
    const table = slide.getByRole('table', { name: 'Compare: Group by Task' });
    await expect(table.getByRole('row', { name: /^Google \d/ })).toContainText('7 (88%)');
    await expect(slide).toContainText(/Largest shown: \d of 35 rows/);
    const fits = await slide.evaluate((el) => ({
      overflow: el.scrollHeight - el.clientHeight,
      wide: el.scrollWidth - el.clientWidth,
      smallest: Math.min(
        ...[...el.querySelectorAll<HTMLElement>('td, th, p, h2')]
          .filter((e) => e.textContent?.trim() && e.offsetParent !== null)
          .map((e) => parseFloat(getComputedStyle(e).fontSize)),
      ),
    }));
    expect(fits.overflow).toBeLessThanOrEqual(0);
    expect(fits.wide).toBeLessThanOrEqual(0);
    expect(fits.smallest).toBeGreaterThanOrEqual(24);
  });

  test('Save as PowerPoint: the grid as a native table, its largest cells in the notes', async ({
    page,
  }) => {
    await page.goto('/?present=1&deck=title,cross');
    await expect(page.locator('.presentation__counter')).toHaveText('1 / 2');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Save as PowerPoint' }).click(),
    ]);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const slide = await zip.file('ppt/slides/slide2.xml')!.async('string');
    expect(slide).toContain('Compare: Backbone by Year');
    expect(slide).toContain('<a:tbl>');
    expect(slide).toContain('26 (76%)');
    const notes = await zip.file('ppt/notesSlides/notesSlide2.xml')!.async('string');
    expect(notes).toContain('Largest cells: Diffusion, 2023: 26 (76% of Diffusion)');
  });
});
