import { expect, test } from './fixtures';

test.describe('shareable views', () => {
  test('a link reopens exactly the same view', async ({ page }) => {
    await page.goto('/?year=2023&backbone=Diffusion&group=Meta,ByteDance&sort=-name');
    await expect(page.getByRole('status')).toHaveText('4 of 45 models');
    await expect(
      page.getByRole('group', { name: 'Year' }).getByRole('checkbox', { name: /^2023/ }),
    ).toBeChecked();
    await expect(
      page.getByRole('table', { name: /models/ }).getByRole('columnheader', { name: /^Model/ }),
    ).toHaveAttribute('aria-sort', 'descending');
    await expect(page.getByRole('table', { name: /models/ }).locator('tbody tr')).toHaveText([
      /PixelDance/,
      /MagicEdit/,
      /Fairy/,
      /Emu Video/,
    ]);
  });

  test('Back and Forward step through filter changes; typing replaces the entry', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('checkbox', { name: /^2022/ }).check();
    await expect(page).toHaveURL(/\?year=2022$/);
    await page.getByRole('checkbox', { name: /^Diffusion/ }).check();
    await expect(page).toHaveURL(/\?year=2022&backbone=Diffusion$/);
    const search = page.getByRole('searchbox', { name: 'Search models' });
    await search.fill('magic');
    await expect(page).toHaveURL(/q=magic/);
    await search.fill('make');
    await expect(page).toHaveURL(/q=make/);
    await expect(page.getByRole('status')).toHaveText('1 of 45 models');

    await page.goBack();
    await expect(page).toHaveURL(/\?year=2022$/);
    await expect(page.getByRole('status')).toHaveText('9 of 45 models');
    await expect(search).toHaveValue('');
    await page.goBack();
    await expect(page.getByRole('status')).toHaveText('45 of 45 models');
    await page.goForward();
    await page.goForward();
    await expect(page.getByRole('status')).toHaveText('1 of 45 models');
    await expect(search).toHaveValue('make');
  });

  test('malformed and unknown parameters are ignored, never fatal', async ({ page }) => {
    await page.goto(
      '/?year=20x3,2024,2024&backbone=%E0%A4%A&group=Nobody&sort=-bogus&model=../etc&view=zzz&q=' +
        'a'.repeat(3000),
    );
    await expect(page.getByRole('status')).toHaveText('3 of 45 models');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page).toHaveURL(/\?year=2024$/);
  });
});

test.describe('model details', () => {
  test('open by keyboard, read the cited work and notes, close with Escape back to the row', async ({
    page,
  }) => {
    await page.goto('/');
    const table = page.getByRole('table', { name: /models/ });
    await table.getByRole('row', { name: /Imagen Video/ }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(table.getByRole('row', { name: /^FDM/ })).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'FDM' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Flexible diffusion modeling of long videos');
    await expect(dialog).toContainText('NeurIPS 2022');
    await expect(page).toHaveURL(/model=fdm/);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(table.getByRole('row', { name: /^FDM/ })).toBeFocused();
    await expect(page).not.toHaveURL(/model=/);
  });

  test('a link opens a detail with its arXiv link and the paper notes; focus stays inside', async ({
    page,
  }) => {
    await page.goto('/?model=imagen-video');
    const dialog = page.getByRole('dialog', { name: 'Imagen Video' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('link', { name: 'arXiv 2210.02303' })).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/2210.02303',
    );
    await expect(dialog).toContainText('the published English table reads Google');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    const focusedInside = () => dialog.evaluate((d) => d.contains(document.activeElement));
    expect(await focusedInside()).toBe(true);
    // A click on the dialog's text, then Shift+Tab: focus stays inside, and Escape still closes.
    await dialog.getByText('the published English table reads Google').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
    expect(await focusedInside()).toBe(true);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('row', { name: /Imagen Video/ })).toBeFocused();
  });

  test('closed on another view, the detail gives focus back to the page, not to nothing', async ({
    page,
  }) => {
    await page.goto('/?view=limitations&model=sora');
    const dialog = page.getByRole('dialog', { name: 'Sora' });
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('#main')).toBeFocused();
  });

  test('clicking a row opens it; Back closes it', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('row', { name: /LFDM/ }).click();
    const dialog = page.getByRole('dialog', { name: 'LFDM' });
    await expect(dialog).toContainText('Education');
    await page.goBack();
    await expect(dialog).toHaveCount(0);
  });

  test('the detail is modal: the page behind takes no click, and a click beside the dialog closes it', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('row', { name: /^Sora/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Sora' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    // The page behind is hidden from assistive technology while the dialog is open.
    await expect(page.getByRole('table', { name: /models/ })).toHaveCount(0);
    // A click on the row above, where the dialog is not, lands on the backdrop: the dialog
    // closes and that row does not open.
    const above = await page
      .getByRole('row', { name: /^Lumiere/, includeHidden: true })
      .getByRole('cell', { includeHidden: true })
      .last()
      .boundingBox();
    await page.mouse.click(above!.x + above!.width / 2, above!.y + above!.height / 2);
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page).not.toHaveURL(/model=/);
    await expect(page.getByRole('row', { name: /^Sora/ })).toBeFocused();
    await expect(page.getByRole('table', { name: /models/ })).toHaveCount(1);
  });
});
