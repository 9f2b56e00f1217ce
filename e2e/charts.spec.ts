import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Counts of the main table's visible rows per "year|backbone", as the charts should plot them. */
async function countsFromModelTable(page: Page) {
  const rows = page.getByRole('table', { name: /models/ }).locator('tbody tr');
  const cells = await rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const td = tr.querySelectorAll('td');
      return { year: td[0]!.textContent!.trim(), backbone: td[1]!.textContent!.trim() };
    }),
  );
  const counts = new Map<string, number>();
  for (const { year, backbone } of cells) {
    const key = `${year}|${backbone.startsWith('—') ? 'Not stated' : backbone}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    counts.set(`${year}|Total`, (counts.get(`${year}|Total`) ?? 0) + 1);
  }
  return counts;
}

/** The figure's data table as "year|column" → number. */
async function countsFromFigure(figure: Locator) {
  const table = figure.getByRole('table');
  const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
  const body = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
  const counts = new Map<string, number>();
  for (const [year, ...values] of body) {
    values.forEach((v, i) => {
      // A cell is a count, optionally followed by its share: `5 (56%)`.
      const count = parseInt(v, 10);
      if (count > 0) counts.set(`${year}|${headers[i + 1]}`, count);
    });
  }
  return counts;
}

test.describe('charts', () => {
  for (const query of [
    '',
    '?backbone=Diffusion',
    '?task=Editing',
    '?year=2023&q=video',
    '?group=Google,Meta&task=Generation',
  ]) {
    test(`plot exactly the table's rows (${query || 'no filter'})`, async ({ page }) => {
      await page.goto(`/${query}`);
      const perYear = page.getByRole('figure', { name: 'Models per year' });
      await expect(perYear.getByRole('table')).toBeAttached();
      const expected = await countsFromModelTable(page);
      expect(await countsFromFigure(perYear)).toEqual(expected);
      // The share figure opens on Percent: each cell is the count, then its share of the year.
      const share = page.getByRole('figure', { name: 'Backbone share by year' });
      await expect(share.getByRole('radio', { name: 'Percent' })).toBeChecked();
      const shareCounts = await countsFromFigure(share);
      if (query.includes('backbone=')) {
        // Backbones picked: each year stays the share of all its models, the picked among them.
        for (const [key, n] of expected)
          if (!key.endsWith('|Total')) expect(shareCounts.get(key)).toBe(n);
        await share.getByRole('radio', { name: 'Count' }).check();
        expect(await countsFromFigure(share)).toEqual(expected);
        return;
      }
      expect(shareCounts).toEqual(expected);
      const rows = await share
        .getByRole('table')
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!)),
        );
      for (const cells of rows) {
        // With a filter on, the total reads `3 of 8`: the year's rows shown, of all its rows.
        const total = parseInt(cells.pop()!, 10);
        const shares = cells.map((c) => Number(/\((\d+)%\)/.exec(c)?.[1] ?? 0));
        expect(shares.reduce((a, b) => a + b, 0)).toBe(total === 0 ? 0 : 100);
      }
      // Each 100% bar says how many models it stands for.
      for (const [key, n] of expected) {
        if (key.endsWith('|Total'))
          await expect(
            share.getByText(new RegExp(`^n = ${n}${query ? ' of \\d+' : ''}$`)),
          ).toBeVisible();
      }
      await share.getByRole('radio', { name: 'Count' }).check();
      expect(await countsFromFigure(share)).toEqual(expected);
    });
  }

  test('a bar segment, a legend entry and a year filter the table', async ({ page }) => {
    await page.goto('/');
    const perYear = page.getByRole('figure', { name: 'Models per year' });
    // The 2022 bar's orange segment, Auto-regressive: two models, drawn a few pixels thick. A click
    // on its drawing lands in its hit area (at least 24 px tall) and filters by its backbone.
    const thin = await perYear
      .locator('.recharts-bar-rectangle path[fill="var(--bb-autoregressive)"]')
      .first()
      .boundingBox();
    expect(thin!.height).toBeLessThan(24);
    await page.mouse.click(thin!.x + thin!.width / 2, thin!.y + thin!.height / 2);
    await expect(page.getByRole('status')).toHaveText('3 of 45 models');
    await expect(page.getByRole('checkbox', { name: /^Auto-regressive/ })).toBeChecked();
    // One legend serves both figures, below them.
    await page
      .getByRole('list', { name: 'Backbones (select to filter)' })
      .getByRole('button', { name: 'Auto-regressive' })
      .click();
    await expect(page.getByRole('status')).toHaveText('45 of 45 models');

    const year2022 = perYear.getByRole('button', { name: /^Year 2022/ });
    await year2022.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('9 of 45 models');
    await expect(year2022).toHaveAttribute('aria-pressed', 'true');
    await year2022.click();
    await expect(page.getByRole('status')).toHaveText('45 of 45 models');
  });

  test('the share figure names the years its side panel is of, and Released says why it can differ from Year', async ({
    page,
  }) => {
    await page.goto('/');
    const share = page.getByRole('figure', { name: 'Backbone share by year' });
    await expect(share).toContainText('All years');
    await page.goto('/?year=2023&backbone=Diffusion');
    await expect(share.locator('.overall-share__title')).toHaveText('2023');
    await page.goto('/?year=2022,2023');
    await expect(share.locator('.overall-share__title')).toHaveText('2022–2023');
    await expect(page.getByRole('group', { name: 'Released' })).toContainText(
      'Year is Table 1’s; these months come from the first arXiv version',
    );
  });

  test('answers “what share of 2023 models are diffusion?”: 26 of 33, 79%, not a 100% bar', async ({
    page,
  }) => {
    await page.goto('/?year=2023&backbone=Diffusion');
    const share = page.getByRole('figure', { name: 'Backbone share by year' });
    await expect(share.locator('.overall-share__title')).toHaveText('2023');
    await expect(share.locator('.overall-share')).toContainText('Diffusion: 79% (26)');
    await expect(share.locator('.bar-total').first()).toHaveText('n = 26 of 33');
    // The numbers say the same: 2023, Diffusion 26 (79%) of 33.
    await share.getByRole('button', { name: 'Show the numbers' }).click();
    await expect(share.getByRole('table').getByRole('row', { name: /^2023/ })).toContainText(
      '26 (79%)',
    );
  });

  test('the release timeline marks each model and names it on focus', async ({ page }) => {
    await page.goto('/?year=2024');
    const perYear = page.getByRole('figure', { name: 'Models per year' });
    await perYear.getByRole('radio', { name: 'Release timeline' }).check();
    const marks = perYear.getByRole('button', { name: /; (Diffusion|Auto-regressive)/ });
    await expect(marks).toHaveCount(3);
    // Its name says who made the model and what for, as the visible label does on focus.
    const sora = perYear.getByRole('button', {
      name: /^Sora — OpenAI · Generation, Editing; Diffusion, 2024 \(year only/,
    });
    await sora.focus();
    await expect(perYear.getByText('Sora · 2024')).toBeVisible();
    await expect(perYear.getByText('OpenAI · Generation, Editing')).toBeVisible();
    await sora.blur();
    await expect(perYear.getByText('Sora · 2024')).toHaveCount(0);
    await perYear.getByRole('button', { name: /^Lumiere — Google/ }).hover();
    await expect(perYear.getByText('Google · Generation')).toBeVisible();
    await sora.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Sora' })).toBeVisible();
  });
});

test.describe('downloads', () => {
  test('each figure exports a 2x PNG and a standalone SVG named after the filters', async ({
    page,
  }) => {
    await page.goto('/?year=2023&backbone=Diffusion');
    const perYear = page.getByRole('figure', { name: 'Models per year' });
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      perYear.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('models-per-year-diffusion-2023.png');
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const width = bytes.readUInt32BE(16);
    const chartWidth = await perYear
      .locator('svg.recharts-surface')
      .evaluate((s) => s.getBoundingClientRect().width);
    expect(width).toBeGreaterThanOrEqual(Math.round(chartWidth) * 2);

    const share = page.getByRole('figure', { name: 'Backbone share by year' });
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      share.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    expect(svg.suggestedFilename()).toBe('backbone-share-percent-diffusion-2023.svg');
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain('Backbone share by year');
    expect(text).toContain('arXiv:2402.17177');
    expect(text).not.toContain('var(--');
  });

  test('the table exports CSV and JSON of the rows as filtered and sorted', async ({ page }) => {
    await page.goto('/?group=Meta&sort=-name');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('models-meta.csv');
    const lines = readFileSync((await csv.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Model,Year,Backbone,Task,Group,Ref,Cited work,arXiv,Link,Notes');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([
      'TATS',
      'Make-a-video',
      'Fairy',
      'Emu Video',
    ]);

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    const data = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(data.models.map((m: { name: string }) => m.name)).toEqual([
      'TATS',
      'Make-a-video',
      'Fairy',
      'Emu Video',
    ]);
    expect(data.models[0]).toMatchObject({ ref: 166, groups: ['University of Maryland', 'Meta'] });
  });
});
