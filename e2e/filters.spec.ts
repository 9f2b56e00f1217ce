import { expect, test } from './fixtures';

test.describe('faceted filters', () => {
  test('facets narrow the rows, and counts follow every other facet', async ({ page }) => {
    await page.goto('/');
    const year = page.getByRole('group', { name: 'Year' });
    const backbone = page.getByRole('group', { name: 'Backbone' });
    const rows = page.getByRole('table', { name: /models/ }).locator('tbody tr');

    await year.getByRole('checkbox', { name: '2022 (9)' }).check();
    await expect(page.getByRole('status')).toHaveText('9 of 45 models');
    await expect(rows).toHaveCount(9);
    // Year's own counts ignore the year selection; Backbone's count only 2022.
    await expect(year.getByRole('checkbox', { name: '2023 (33)' })).not.toBeChecked();
    await expect(backbone.getByRole('checkbox', { name: 'Diffusion (5)' })).toBeVisible();
    await expect(backbone.getByRole('checkbox', { name: 'Not stated (0)' })).toBeVisible();

    // Values in one facet add up (OR); facets narrow each other (AND).
    await year.getByRole('checkbox', { name: /^2024/ }).check();
    await expect(page.getByRole('status')).toHaveText('12 of 45 models');
    await backbone.getByRole('checkbox', { name: /^Auto-regressive/ }).check();
    await expect(page.getByRole('status')).toHaveText('2 of 45 models');
    await expect(rows).toHaveText([/CogVideo/, /TATS/]);

    // Every count equals what picking it would show.
    const groups = page.getByRole('group', { name: 'Group' });
    await expect(groups.getByRole('checkbox', { name: 'Meta (1)' })).toBeVisible();
    await expect(groups.getByRole('checkbox', { name: 'THU (1)' })).toBeVisible();
  });

  test('multi-valued tasks count under each value, with Any and All', async ({ page }) => {
    await page.goto('/');
    const task = page.getByRole('group', { name: 'Task' });
    await expect(task.getByRole('checkbox', { name: 'Generation (31)' })).toBeVisible();
    await expect(task.getByRole('checkbox', { name: 'Editing (13)' })).toBeVisible();
    await task.getByRole('checkbox', { name: /^Generation/ }).check();
    await task.getByRole('checkbox', { name: /^Editing/ }).check();
    await expect(page.getByRole('status')).toHaveText('40 of 45 models');
    await task.getByRole('radio', { name: 'All' }).check();
    await expect(page.getByRole('status')).toHaveText('4 of 45 models');
    await expect(page).toHaveURL(/taskmode=all/);
  });

  test('the Group facet has a filter box and lists groups by count', async ({ page }) => {
    await page.goto('/');
    const groups = page.getByRole('group', { name: 'Group' });
    // The first eight, most models first, and a button for the rest: no scroll box of its own.
    await expect(groups.getByRole('checkbox')).toHaveCount(8);
    await expect(groups.getByRole('checkbox').first()).toHaveAccessibleName('Google (8)');
    // The disclosure reads "Show fewer" once open.
    const all = groups.getByRole('button', { name: /^Show (all 35 groups|fewer)$/ });
    await expect(all).toHaveAccessibleName('Show all 35 groups');
    await all.click();
    await expect(all).toHaveAttribute('aria-expanded', 'true');
    await expect(all).toHaveAccessibleName('Show fewer');
    await expect(groups.getByRole('checkbox')).toHaveCount(35);
    await all.click();
    await expect(groups.getByRole('checkbox')).toHaveCount(8);
    // Typing shows every match, folded or not.
    await groups.getByRole('textbox', { name: 'Filter groups' }).fill('goo');
    await expect(groups.getByRole('checkbox')).toHaveCount(3);
    await groups.getByRole('checkbox', { name: 'Google Brain (2)' }).check();
    await expect(page.getByRole('status')).toHaveText('2 of 45 models');
  });

  test('values at zero sink below the rest, dimmed, and fold; nothing scrolls inside the sidebar', async ({
    page,
  }) => {
    await page.goto('/?year=2024');
    const groups = page.getByRole('group', { name: 'Group' });
    const names = () =>
      groups
        .getByRole('checkbox')
        .evaluateAll((boxes) => boxes.map((b) => b.closest('label')!.textContent!.trim()));
    // Only the groups with a 2024 model, in the facet's order; the 31 at zero are folded.
    await expect.poll(names).toEqual(['Google (1)', 'NTU (1)', 'OpenAI (1)', 'PKU (1)']);
    const all = groups.getByRole('button', { name: /^Show (all 35 groups|fewer)$/ });
    await expect(all).toHaveAccessibleName('Show all 35 groups');
    await expect(all).toHaveAttribute('aria-expanded', 'false');
    await all.click();
    await expect(groups.getByRole('checkbox')).toHaveCount(35);
    const shown = await names();
    expect(shown.slice(0, 4)).toEqual(['Google (1)', 'NTU (1)', 'OpenAI (1)', 'PKU (1)']);
    expect(shown.slice(4).every((n) => n.endsWith('(0)'))).toBe(true);
    expect(shown.slice(4, 7)).toEqual(['Meta (0)', 'ByteDance (0)', 'Google Brain (0)']);
    // Dimmed: a value at zero reads in the muted colour, one with rows does not.
    const colour = (name: string) =>
      groups
        .getByRole('checkbox', { name })
        .evaluate((box) => getComputedStyle(box.nextElementSibling!.firstElementChild!).color);
    expect(await colour('Meta (0)')).not.toBe(await colour('Google (1)'));
    // No scroll box inside the sidebar's own scroll.
    const list = groups.getByRole('list');
    expect(await list.evaluate((ul) => getComputedStyle(ul).overflowY)).toBe('visible');
    expect(
      await list.evaluate((ul) => ul.scrollHeight <= ul.clientHeight + 1),
      'the list scrolls',
    ).toBe(true);

    // Ticked at zero, a value rises among the others, keeps the focus, and is never folded away.
    const meta = groups.getByRole('checkbox', { name: 'Meta (0)' });
    await meta.check();
    await expect(meta).toBeFocused();
    await expect.poll(names).toContain('Meta (0)');
    expect((await names()).indexOf('Meta (0)')).toBe(1);
    // Unticked from the keyboard, it stays put under the focus until focus leaves the facet.
    await page.keyboard.press('Space');
    await expect(meta).not.toBeChecked();
    await expect(meta).toBeFocused();
    await page.keyboard.press('Space');
    await expect(meta).toBeChecked();
    await all.click();
    await expect(all).toHaveAccessibleName('Show all 35 groups');
    await expect
      .poll(names)
      .toEqual(['Google (1)', 'Meta (0)', 'NTU (1)', 'OpenAI (1)', 'PKU (1)']);
    await expect(page.getByRole('status')).toHaveText('0 of 45 models');
  });

  test('the years keep their order: a year at zero dims in place rather than sinking', async ({
    page,
  }) => {
    await page.goto('/?group=OpenAI');
    await expect(page.getByRole('status')).toHaveText('1 of 45 models');
    const years = page.getByRole('group', { name: 'Year' }).getByRole('checkbox');
    await expect
      .poll(() =>
        years.evaluateAll((boxes) => boxes.map((b) => b.closest('label')!.textContent!.trim())),
      )
      .toEqual(['2022 (0)', '2023 (0)', '2024 (1)']);
  });

  test('a click that sends other values to zero leaves the clicked one in place, focused', async ({
    page,
  }) => {
    await page.goto('/?taskmode=all');
    const task = page.getByRole('group', { name: 'Task' });
    const editing = task.getByRole('checkbox', { name: 'Editing (13)' });
    await editing.check();
    // All mode: the tasks no Editing model has drop to zero and fold away; Editing keeps the focus.
    await expect(task.getByRole('checkbox')).toHaveCount(2);
    await expect(task.getByRole('checkbox', { name: 'Generation (4)' })).toBeVisible();
    await expect(editing).toBeFocused();
    await expect(task.getByRole('button', { name: 'Show all (6)' })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(editing).not.toBeChecked();
    await expect(editing).toBeFocused();
    await expect(task.getByRole('checkbox')).toHaveCount(6);
  });

  test('active filters show as chips that remove themselves; Clear filters empties all', async ({
    page,
  }) => {
    await page.goto('/?year=2023&backbone=-');
    await expect(page.getByRole('status')).toHaveText('4 of 45 models');
    await page.getByRole('button', { name: 'Remove filter Backbone: Not stated' }).click();
    await expect(page.getByRole('status')).toHaveText('33 of 45 models');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByRole('status')).toHaveText('45 of 45 models');
    await expect(page).toHaveURL(/\/$/);
  });

  test('an empty result explains itself and offers to start again', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search models' }).fill('no such model');
    await expect(page.getByRole('status')).toHaveText('0 of 45 models');
    await expect(page.getByText('No model matches these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Show all 45 models' }).click();
    await expect(page.getByRole('status')).toHaveText('45 of 45 models');
    await expect(page.getByRole('searchbox', { name: 'Search models' })).toHaveValue('');
  });
});

test.describe('search', () => {
  test('matches names, groups, tasks and cited titles; the last keystroke always lands', async ({
    page,
  }) => {
    await page.goto('/');
    const search = page.getByRole('searchbox', { name: 'Search models' });
    await search.pressSequentially('latent flow', { delay: 20 });
    await expect(page.getByRole('status')).toHaveText('1 of 45 models');
    await expect(page.getByRole('table', { name: /models/ }).locator('tbody tr')).toHaveText([
      /LFDM/,
    ]);
    await search.fill('BYTEDANCE');
    await expect(page.getByRole('status')).toHaveText('3 of 45 models');
    await expect(page).toHaveURL(/q=BYTEDANCE/);
  });
});

test.describe('sorting', () => {
  test('header buttons cycle ascending, descending and published order; Shift adds a key', async ({
    page,
  }) => {
    await page.goto('/');
    const table = page.getByRole('table', { name: /models/ });
    const yearHeader = table.getByRole('columnheader', { name: /^Year/ });
    const firstRow = table.locator('tbody tr').first();
    await expect(yearHeader).toHaveAttribute('aria-sort', 'none');

    await yearHeader.getByRole('button').click();
    await expect(yearHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(firstRow).toContainText('Imagen Video');
    await yearHeader.getByRole('button').click();
    await expect(yearHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(firstRow).toContainText('LGVI');
    await expect(page).toHaveURL(/sort=-year/);

    const modelHeader = table.getByRole('columnheader', { name: /^Model/ });
    await modelHeader.getByRole('button').click({ modifiers: ['Shift'] });
    await expect(modelHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(yearHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(page).toHaveURL(/sort=-year,name/);
    await expect(table.locator('tbody tr').nth(3)).toContainText('AnimateDiff');

    // A plain click sorts by that column alone again.
    await yearHeader.getByRole('button').click();
    await expect(modelHeader).toHaveAttribute('aria-sort', 'none');
  });

  test('a third click returns to published order', async ({ page }) => {
    await page.goto('/?sort=-year');
    const yearHeader = page
      .getByRole('table', { name: /models/ })
      .getByRole('columnheader', { name: /^Year/ });
    await expect(yearHeader).toHaveAttribute('aria-sort', 'descending');
    await yearHeader.getByRole('button').click();
    await expect(yearHeader).toHaveAttribute('aria-sort', 'none');
    await expect(
      page
        .getByRole('table', { name: /models/ })
        .locator('tbody tr')
        .first(),
    ).toContainText('Imagen Video');
    await expect(page).toHaveURL(/\/$/);
  });

  test('names sort naturally', async ({ page }) => {
    await page.goto('/?sort=name');
    const names = await page
      .getByRole('table', { name: /models/ })
      .locator('tbody th')
      .allTextContents();
    const clean = names.map((n) => n.replace(/†.*$/, '').trim());
    expect(clean.indexOf('Gen-2')).toBe(clean.indexOf('Gen-1') + 1);
    expect(clean.indexOf('MAGVIT V2')).toBe(clean.indexOf('MAGVIT') + 1);
  });
});
