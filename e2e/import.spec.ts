import type { Page } from '@playwright/test';
import { expect, gotoLive, test } from './fixtures';

const csvFile = (name: string, text: string, mimeType = 'text/csv') => ({
  name,
  mimeType,
  buffer: Buffer.from(text),
});
const status = (page: Page) => page.getByRole('status');
/** Drops a CSV file holding `text` on the page, as a reader dragging it from their desktop. */
async function dropFile(page: Page, text: string) {
  const data = await page.evaluateHandle((csv) => {
    const dt = new DataTransfer();
    dt.items.add(new File([csv], 'dropped.csv', { type: 'text/csv' }));
    return dt;
  }, text);
  await page.dispatchEvent('main', 'drop', { dataTransfer: data });
}
const GOOD = [
  'Model,Year,Backbone,Task,Group,Ref,Link,Notes',
  'Veo,2024,Diffusion,"Generation, Editing",Google DeepMind,,https://example.org/veo,From my reading list',
  'Kling,2024,DiT,Generation,Kuaishou,,,',
  'Broken,20x4,,Generation,Lab,,,',
].join('\n');

test.describe('import', () => {
  test('a good file: preview, import, see it everywhere, keep it after reload, remove it', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByLabel('Import models').setInputFiles(csvFile('mine.csv', GOOD));
    const preview = page.getByRole('dialog', { name: 'Import preview' });
    await expect(preview).toContainText(
      'Ready to import: 2 of 3. With problems, to be left out: 1.',
    );
    await expect(preview.getByRole('row', { name: /^3 Year/ })).toBeVisible();
    // Nothing is imported yet: the count behind the preview (hidden from assistive technology
    // while the modal preview is open) still reads the paper's rows.
    await expect(
      page.getByRole('status', { includeHidden: true }).filter({ hasText: / of \d+ models/ }),
    ).toHaveText('45 of 45 models');
    await preview.getByRole('button', { name: 'Import 2 rows' }).click();

    await expect(status(page)).toHaveText('47 of 47 models');
    const source = page.getByRole('group', { name: 'Source' });
    await expect(source.getByRole('checkbox', { name: 'Imported (2)' })).toBeVisible();
    // New values simply join the facets; the charts count the new rows.
    await expect(
      page.getByRole('group', { name: 'Backbone' }).getByRole('checkbox', { name: 'DiT (1)' }),
    ).toBeVisible();
    const perYear = page.getByRole('figure', { name: 'Models per year' });
    await expect(perYear.getByRole('table').getByRole('row', { name: /^2024/ })).toContainText('5');
    await source.getByRole('checkbox', { name: /^Imported/ }).check();
    await expect(status(page)).toHaveText('2 of 47 models');
    await expect(page).toHaveURL(/source=imported/);

    await page.reload();
    await expect(status(page)).toHaveText('2 of 47 models');
    await page.getByRole('row', { name: /Veo/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Veo' });
    await expect(dialog.getByRole('link', { name: 'https://example.org/veo' })).toBeVisible();
    await expect(dialog).toContainText('From my reading list');
    await dialog.getByRole('button', { name: 'Remove this imported model' }).click();
    await expect(status(page)).toHaveText('1 of 46 models');

    await page.getByRole('button', { name: 'Reset to paper data' }).click();
    await expect(status(page)).toHaveText('45 of 45 models');
    await page.reload();
    await expect(status(page)).toHaveText('45 of 45 models');
  });

  test('the paper’s rows cannot be removed', async ({ page }) => {
    await page.goto('/?model=sora');
    await expect(
      page.getByRole('dialog', { name: 'Sora' }).getByRole('button', { name: /Remove/ }),
    ).toHaveCount(0);
  });

  const BAD: [string, string | Buffer, RegExp][] = [
    ['empty.csv', '', /is empty/],
    ['header.csv', 'Model,Year,Backbone,Task,Group\n', /header but no rows/],
    [
      'image.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      /not a text file/,
    ],
    ['cut.json', '[{"Model": "A", "Year": 2024, "Backbone": "D"', /not valid JSON/],
    ['notes.txt', 'just words, no table\nmore words', /lacks the columns/],
    ['object.json', '{"hello": "world"}', /holds no rows/],
  ];
  for (const [name, content, message] of BAD) {
    test(`a bad file (${name}) gets a clear alert and changes nothing`, async ({ page }) => {
      await page.goto('/');
      await page.getByLabel('Import models').setInputFiles({
        name,
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(content),
      });
      await expect(page.getByRole('alert')).toContainText(message);
      await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
      await expect(status(page)).toHaveText('45 of 45 models');
    });
  }

  test('a file over 20 MB is refused before it is read', async ({ page }) => {
    await gotoLive(page);
    const big = Buffer.alloc(21 * 1024 * 1024, 'a');
    await page
      .getByLabel('Import models')
      .setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: big });
    await expect(page.getByRole('alert')).toContainText('larger than 20 MB');
    await expect(status(page)).toHaveText('45 of 45 models');
  });

  test('a file with no valid row is refused at once, naming its first problems', async ({
    page,
  }) => {
    await page.goto('/');
    await page
      .getByLabel('Import models')
      .setInputFiles(
        csvFile('types.csv', 'Model,Year,Backbone,Task,Group\nA,soon,D,G,L\nB,1800,D,G,L\n'),
      );
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('No row of types.csv can be imported.');
    await expect(alert).toContainText('row 1, Year: not a year');
    await expect(alert).toContainText('row 2, Year: not a year');
    await expect(alert).toContainText('Nothing was changed.');
    await expect(page.getByRole('dialog', { name: 'Import preview' })).toHaveCount(0);
    await expect(status(page)).toHaveText('45 of 45 models');
  });

  test('mixed line endings: every row read; a row of the wrong shape listed with its line', async ({
    page,
  }) => {
    await page.goto('/');
    const source = 'Model,Year,Backbone,Task,Group\r\nA,2024,D,G,L\rB,2023,D,G\nC,2022,D,G,L\r\n';
    await page.getByLabel('Import models').setInputFiles(csvFile('mixed.csv', source));
    const preview = page.getByRole('dialog', { name: 'Import preview' });
    await expect(preview).toContainText(
      'Ready to import: 2 of 3. With problems, to be left out: 1.',
    );
    await expect(
      preview.getByRole('row', {
        name: '2 (line 3) whole row has 4 fields where the header has 5',
      }),
    ).toBeVisible();
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await expect(status(page)).toHaveText('45 of 45 models');
  });

  test('a Windows-1252 file is read as such, said so, and its accents kept', async ({ page }) => {
    await page.goto('/');
    // "Café,2024,Diffusion,Génération,Équipe" as older Excel saves it (é = E9, É = C9).
    const bytes = Buffer.concat([
      Buffer.from('Model,Year,Backbone,Task,Group\n'),
      Buffer.from([0x43, 0x61, 0x66, 0xe9]),
      Buffer.from(',2024,Diffusion,G'),
      Buffer.from([0xe9]),
      Buffer.from('n'),
      Buffer.from([0xe9]),
      Buffer.from('ration,'),
      Buffer.from([0xc9]),
      Buffer.from('quipe\n'),
    ]);
    await page
      .getByLabel('Import models')
      .setInputFiles({ name: 'latin.csv', mimeType: 'text/csv', buffer: bytes });
    const preview = page.getByRole('dialog', { name: 'Import preview' });
    await expect(preview).toContainText('not valid UTF-8, so it was read as Windows-1252');
    await preview.getByRole('button', { name: 'Import 1 row' }).click();
    const row = page.getByRole('row', { name: /Café/ });
    await expect(row).toContainText('Génération');
    await expect(row).toContainText('Équipe');
    await expect(row).not.toContainText('\uFFFD');
  });

  test('a name that is an HTML payload shows as text', async ({ page }) => {
    await page.goto('/');
    const payload = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    const hostile = {
      Model: payload,
      Year: 2024,
      Backbone: 'D',
      Task: 'G',
      Group: '<script>alert(1)</script>',
    };
    const asFile = (rows: object[]) => csvFile('x.json', JSON.stringify(rows), 'application/json');
    await page
      .getByLabel('Import models')
      .setInputFiles(asFile([{ ...hostile, Link: 'javascript:alert(1)' }]));
    // The javascript: link is refused, so the file's only row is unusable and nothing imports…
    await expect(page.getByRole('alert')).toContainText('Link: not an http(s) link');
    await expect(page.getByRole('dialog', { name: 'Import preview' })).toHaveCount(0);
    // …and without the link it imports, as text.
    await page.getByLabel('Import models').setInputFiles(asFile([hostile]));
    await page.getByRole('button', { name: 'Import 1 row' }).click();
    const row = page
      .getByRole('table', { name: /models/ })
      .locator('tbody tr')
      .last();
    await expect(row).toContainText(payload);
    await expect(row).toContainText('<script>alert(1)</script>');
    await expect(row.locator('img, b, script')).toHaveCount(0);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
  });

  test('a drop imports like the picker', async ({ page }) => {
    // Dropped before the app has taken the page over, the file would be the browser's to open.
    await gotoLive(page);
    await dropFile(page, GOOD);
    await expect(page.getByRole('dialog', { name: 'Import preview' })).toContainText(
      'Ready to import: 2 of 3.',
    );
  });

  test('a drop on another view imports nothing and leaves the page usable', async ({ page }) => {
    await page.goto('/?view=limitations');
    await dropFile(page, GOOD);
    await page.getByRole('tab', { name: 'Opportunities' }).click();
    await expect(page.getByRole('tab', { name: 'Opportunities', selected: true })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});

test.describe('saved state', () => {
  test('corrupted storage is set aside with a notice, and the paper data loads', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('sora-explorer:v1', '{"version":1,"imported":[{"name":');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('could not be read');
    await expect(status(page)).toHaveText('45 of 45 models');
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.some((k) => k.startsWith('sora-explorer:v1:corrupt:'))).toBe(true);
  });

  test('an unreadable value too big to copy is never claimed kept: it is set aside in the imports’ store, and said so', async ({
    page,
  }) => {
    // 4 MB of garbage: localStorage has no room for a second copy of it.
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('sora-explorer:v1', '{"version":1,' + 'x'.repeat(4_000_000));
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto('/');
    // Where it went, in the end: the set-aside store, listed under Your imports.
    await expect(page.getByRole('alert')).toContainText('has been set aside');
    await expect(status(page)).toHaveText('45 of 45 models');
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.filter((k) => k.startsWith('sora-explorer:v1'))).toEqual([]);
    await expect(page.getByText('1 saved value failed the check and is set aside.')).toBeAttached();
    // What is set aside is the whole value, downloadable.
    const length = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('sora-explorer');
          open.onsuccess = () => {
            const read = open.result.transaction('setAside').objectStore('setAside').getAll();
            read.onsuccess = () =>
              resolve((read.result as { value: string }[])[0]?.value.length ?? 0);
          };
        }),
    );
    expect(length).toBe(4_000_013);
  });
});

test.describe('scale', () => {
  test('10,000 imported rows: the table renders only what is visible and stays correct', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    const lines = ['Model,Year,Backbone,Task,Group'];
    for (let i = 0; i < 10_000; i++)
      lines.push(
        `Synthetic ${i},${2020 + (i % 5)},${i % 3 ? 'Diffusion' : 'Transformer'},Generation,Lab ${i % 40}`,
      );
    await page.getByLabel('Import models').setInputFiles(csvFile('many.csv', lines.join('\n')));
    await page.getByRole('button', { name: 'Import 10,000 rows' }).click();
    await expect(status(page)).toHaveText('10,045 of 10,045 models');
    const rows = page.getByRole('table', { name: /models/ }).locator('tbody tr[data-model-id]');
    expect(await rows.count()).toBeLessThan(200);
    await expect(
      page
        .getByRole('group', { name: 'Backbone' })
        .getByRole('checkbox', { name: 'Transformer (3334)' }),
    ).toBeVisible();
    await page
      .getByRole('group', { name: 'Year' })
      .getByRole('checkbox', { name: /^2020/ })
      .check();
    await expect(status(page)).toHaveText('2,000 of 10,045 models');
    // The last row is reachable by keyboard: End on a row scrolls it in.
    await rows.first().focus();
    await page.keyboard.press('End');
    await expect(page.locator('tbody tr[data-model-id]:focus')).toContainText('Synthetic 9995');
  });

  test('up to 1,000 rows, every row is in the table: rows added back arrive in full, those on screen first', async ({
    page,
  }) => {
    await page.goto('/');
    const lines = ['Model,Year,Backbone,Task,Group'];
    for (let i = 0; i < 955; i++)
      lines.push(`Synthetic ${i},${2018 + (i % 5)},Diffusion,Generation,Lab`);
    await page.getByLabel('Import models').setInputFiles(csvFile('many.csv', lines.join('\n')));
    await page.getByRole('button', { name: 'Import 955 rows' }).click();
    await expect(status(page)).toHaveText('1,000 of 1,000 models');
    const rows = page.getByRole('table', { name: /models/ }).locator('tbody tr[data-model-id]');
    await expect(rows).toHaveCount(1000);
    const year = page.getByRole('group', { name: 'Year' }).getByRole('checkbox', { name: /^2018/ });
    await year.check();
    await expect(status(page)).toHaveText('191 of 1,000 models');
    await expect(rows).toHaveCount(191);
    await year.uncheck();
    await expect(status(page)).toHaveText('1,000 of 1,000 models');
    await expect(rows.first()).toContainText('Imagen Video');
    await expect(rows).toHaveCount(1000);
    await expect(rows.last()).toContainText('Synthetic 954');
    // A sort reorders every row (those on screen first): the last one ends up where it belongs.
    const yearHeader = page
      .getByRole('table', { name: /models/ })
      .getByRole('columnheader', { name: /^Year/ });
    await yearHeader.getByRole('button').click();
    await yearHeader.getByRole('button').click();
    await expect(yearHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(rows.first()).toContainText('LGVI');
    await expect(rows.last()).toContainText('Synthetic 950');
    await expect(rows).toHaveCount(1000);
    // Few rows for the closing axe check (a thousand make it slow on a busy machine).
    await page.getByRole('searchbox', { name: 'Search models' }).fill('Synthetic 954');
    await page.keyboard.press('Enter');
    await expect(rows).toHaveCount(1);
  });
});
