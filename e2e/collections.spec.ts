import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, gotoLive, seedSaved, test } from './fixtures';

/**
 * Imported collections kept in IndexedDB: across tabs (pages of one browser context share an
 * origin's storage, as tabs do), reloads, a full disk, a refused or newer database, and old
 * localStorage rows.
 */

const csv = (name: string, rows: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(['Model,Year,Backbone,Task,Group', ...rows].join('\n')),
});
const status = (page: Page) => page.getByRole('status');
const rowsNamed = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix} ${i + 1},2024,Diffusion,Generation,Lab ${i}`);

async function importFile(page: Page, file: ReturnType<typeof csv>, count: number) {
  await page.getByLabel('Import models').setInputFiles(file);
  const label = count === 1 ? 'Import 1 row' : `Import ${count.toLocaleString('en')} rows`;
  await page
    .getByRole('dialog', { name: 'Import preview' })
    .getByRole('button', { name: label })
    .click();
}

async function openImports(page: Page) {
  const summary = page.getByText(/^Your imports ·/);
  await summary.click();
  return page.locator('details.collections');
}

/** A second tab of the same browser, opened on the explorer. */
async function newTab(context: BrowserContext, query = '') {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`/${query}`);
  return { page, errors };
}

test.describe('imports kept across tabs', () => {
  test('two tabs import at once; a removal in one is seen in the other; a new tab sees the union', async ({
    page,
    context,
  }) => {
    await gotoLive(page);
    const { page: other, errors } = await newTab(context);
    await expect(status(other)).toHaveText('45 of 45 models');
    await expect(other.locator('figure svg.recharts-surface').first()).toBeVisible();
    // Both tabs were open before either imported: neither may write over the other.
    await Promise.all([
      importFile(page, csv('a.csv', rowsNamed('Alpha', 3)), 3),
      importFile(other, csv('b.csv', rowsNamed('Beta', 1)), 1),
    ]);
    await expect(status(page)).toHaveText('49 of 49 models');
    await expect(status(other)).toHaveText('49 of 49 models');

    const imports = await openImports(other);
    await expect(imports.getByRole('listitem')).toHaveCount(2);
    await imports.getByRole('button', { name: 'Remove the import a.csv' }).click();
    await expect(status(other)).toHaveText('46 of 46 models');
    await expect(status(page)).toHaveText('46 of 46 models');
    await expect(page.getByRole('row', { name: /Alpha 1/ })).toHaveCount(0);

    const { page: third, errors: thirdErrors } = await newTab(context);
    await expect(status(third)).toHaveText('46 of 46 models');
    await expect(third.getByRole('row', { name: /Beta 1/ })).toBeVisible();
    await third.getByRole('button', { name: 'Reset to paper data' }).click();
    await expect(status(page)).toHaveText('45 of 45 models');
    await expect(status(other)).toHaveText('45 of 45 models');
    await expectNoAxeViolations(other, { contrast: false });
    expect([...errors, ...thirdErrors]).toEqual([]);
  });

  test('a link to an imported model opens it once the imports have loaded', async ({ page }) => {
    await page.goto('/');
    await importFile(page, csv('a.csv', rowsNamed('Alpha', 2)), 2);
    await expect(status(page)).toHaveText('47 of 47 models');
    await page.getByRole('row', { name: /Alpha 2/ }).click();
    await expect(page.getByRole('dialog', { name: 'Alpha 2' })).toBeVisible();
    const link = page.url();
    expect(link).toMatch(/model=imp-/);
    await page.goto(link);
    await expect(page.getByRole('dialog', { name: 'Alpha 2' })).toBeVisible();
    expect(page.url()).toBe(link);
  });
});

test.describe('nothing lost in silence', () => {
  test('storage full: the import stays in this tab, an alert says what to do, the earlier import is intact', async ({
    page,
    context,
    baseURL,
  }) => {
    // Give this origin a small quota (before it opens any storage: Chromium reads it then).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(baseURL!).origin,
      quotaSize: 4 * 1024 * 1024,
    });
    await page.goto('/');
    await importFile(page, csv('first.csv', rowsNamed('Kept', 2)), 2);
    await expect(status(page)).toHaveText('47 of 47 models');
    await expect(page.getByText(/^Your imports ·/)).toBeVisible();
    await expect(page.getByText('saving…')).toHaveCount(0);
    // Then fill it, the way a long-used browser might.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('filler', 1);
        request.onupgradeneeded = () =>
          request.result.createObjectStore('x', { autoIncrement: true });
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      // Random bytes (they do not compress), in ever smaller pieces until nothing more fits.
      const put = (size: number) =>
        new Promise<boolean>((resolve) => {
          const bytes = new Uint8Array(size);
          for (let i = 0; i < size; i += 65536)
            crypto.getRandomValues(bytes.subarray(i, Math.min(size, i + 65536)));
          const tx = db.transaction('x', 'readwrite');
          tx.objectStore('x').add(bytes);
          tx.oncomplete = () => resolve(true);
          tx.onabort = () => resolve(false);
        });
      for (let size = 1 << 20; size >= 512;) if (!(await put(size))) size >>= 1;
      db.close();
    });
    // Enough rows to need more than the few bytes left; few enough that axe stays quick.
    await importFile(page, csv('second.csv', rowsNamed('Unkept', 120)), 120);
    await expect(status(page)).toHaveText('167 of 167 models');
    await expect(page.getByRole('alert')).toContainText(
      'Storage is full: the 120 rows of “second.csv” could not be kept (nothing saved before was changed).',
    );
    await expect(page.getByRole('alert')).toContainText('remove an import you no longer need');
    const imports = await openImports(page);
    await expect(imports.getByRole('listitem').filter({ hasText: 'second.csv' })).toContainText(
      'this tab only',
    );
    await expectNoAxeViolations(page, { contrast: false });
    await page.reload();
    await expect(status(page)).toHaveText('47 of 47 models');
  });

  test('IndexedDB refused: imports work in this tab, and a notice says they will not be kept, and why', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      // What a policy or some private windows do.
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException(
            'The user denied permission to access the database.',
            'SecurityError',
          );
        },
      });
    });
    await page.goto('/');
    await importFile(page, csv('a.csv', rowsNamed('Alpha', 2)), 2);
    await expect(status(page)).toHaveText('47 of 47 models');
    await expect(page.getByRole('alert')).toHaveText(
      'The 2 rows of “a.csv” will not be kept after this tab closes: this browser does not allow storage here (a private window or a policy).',
    );
    const imports = await openImports(page);
    await expect(imports).toContainText('Imports last only for this tab');
  });

  test('a newer explorer in another tab takes over: this tab lets go and says so; a reload reads its data without changing it', async ({
    page,
  }) => {
    await page.goto('/');
    await importFile(page, csv('a.csv', rowsNamed('Alpha', 2)), 2);
    await expect(status(page)).toHaveText('47 of 47 models');
    await expect(page.getByText(/^Your imports ·/)).toBeVisible();
    // What a newer version would do: upgrade the database (this tab holds it open).
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('sora-explorer', 2);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    );
    await expect(page.getByRole('alert')).toContainText(
      'Your imports can no longer be saved from this tab: a newer version of the explorer',
    );
    await page.reload();
    await expect(status(page)).toHaveText('47 of 47 models');
    await expect(page.getByRole('alert')).toContainText(
      'Your imports were saved by a newer version of this explorer.',
    );
    // A removal here does not reach the newer version's data.
    await (
      await openImports(page)
    )
      .getByRole('button', { name: 'Remove the import a.csv' })
      .click();
    await expect(status(page)).toHaveText('45 of 45 models');
    await page.reload();
    await expect(status(page)).toHaveText('47 of 47 models');
  });

  test('rows an older version kept in localStorage move into IndexedDB once', async ({ page }) => {
    const old = {
      version: 1,
      prefs: { theme: 'dark' },
      imported: [
        {
          id: 'imp-old-1',
          name: 'Saved Long Ago',
          ref: null,
          year: 2023,
          backbone: 'Diffusion',
          tasks: ['Generation'],
          groups: ['Old Lab'],
          work: null,
          notes: [],
          source: 'imported',
          link: null,
          note: null,
        },
      ],
    };
    await seedSaved(page, JSON.stringify(old));
    await page.goto('/');
    await expect(status(page)).toHaveText('46 of 46 models');
    const imports = await openImports(page);
    await expect(imports.getByRole('listitem')).toContainText('sora-explorer:v1');
    // Cleared once the rows are safely moved: waited for, not read once.
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('sora-explorer:v1')!)))
      .toEqual({ version: 1, prefs: { theme: 'dark' }, imported: [] });
    await page.reload();
    await expect(status(page)).toHaveText('46 of 46 models');
    await expect(page.getByRole('row', { name: /Saved Long Ago/ })).toBeVisible();
  });
});

test.describe('rows an older version kept that fail the check', () => {
  test('are set aside, and a notice says so', async ({ page }) => {
    const old = { version: 1, prefs: {}, imported: [{ name: 'Half a row' }] };
    await seedSaved(page, JSON.stringify(old));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText(
      '1 saved value failed the check and was set aside',
    );
    await expect(status(page)).toHaveText('45 of 45 models');
    const imports = await openImports(page);
    await expect(imports).toContainText('1 saved value failed the check and is set aside.');
  });
});

test.describe('scale', () => {
  test('100,000 imported rows are kept over a reload; the paper rows do not wait for them', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await page.goto('/');
    const file = csv('large.csv', rowsNamed('Synthetic', 100_000));
    await page.getByLabel('Import models').setInputFiles(file);
    // A file this size is checked in a worker, and the progress moves.
    await expect(page.getByRole('progressbar', { name: /^Checking rows/ })).toBeVisible();
    await page.getByRole('button', { name: 'Import 100,000 rows' }).click({ timeout: 120_000 });
    await expect(status(page)).toHaveText('100,045 of 100,045 models', { timeout: 60_000 });
    await expect(page.getByText('saving…')).toHaveCount(0, { timeout: 60_000 });
    await page.reload();
    // The paper's rows first, the stored ones as soon as they are read and checked.
    await expect(page.getByRole('row', { name: /Imagen Video/ })).toBeVisible();
    await expect(status(page)).toHaveText('100,045 of 100,045 models', { timeout: 60_000 });
  });
});
