import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

// Every view, tab, dialog and the presentation, in both themes and both languages: zero axe violations.
const PAGES = [
  '/',
  '/?view=applications',
  '/?view=applications&tab=robotics',
  '/?view=limitations',
  '/?view=limitations&tab=usage',
  '/?view=opportunities',
  '/?view=opportunities&tab=society',
  '/?model=sora',
  '/?model=imagen-video',
  // The deck: title, agenda, a chart, a divider, the presenter's window on a part, the conclusion.
  '/?present=1',
  '/?present=1&slide=2',
  '/?present=1&slide=5',
  '/?present=1&slide=13',
  '/?present=1&presenter=1&slide=8',
  '/?present=1&slide=23',
  // States the tests reach by interaction: pressed years and legend entries, dimmed zero counts,
  // the timeline and shares of a filtered view, an open detail over it.
  '/?year=2024&backbone=Diffusion&taskmode=all&task=Editing,Generation&model=sora',
];

async function open(page: Page, path: string, lang: 'en' | 'zh') {
  await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
  // Parts load on demand (Chinese texts, slides, charts): check the page once they are in.
  await page.locator('h1:not(:empty)').first().waitFor({ state: 'attached' });
  if (path.includes('present')) await page.locator('.presentation__counter').waitFor();
  if (path.includes('view=')) await page.getByRole('tabpanel').waitFor();
  if (path === '/' || path.includes('present=1&slide=5'))
    await page.locator('svg.recharts-surface').first().waitFor();
  if (path.includes('model=')) await page.getByRole('dialog').waitFor();
}

// Pages in groups of four per theme and language: a busy machine slows a group but cannot push a
// whole sweep past its timeout, and each group reuses its page (a cold start per page costs more).
const GROUPS = [PAGES.slice(0, 4), PAGES.slice(4, 8), PAGES.slice(8, 12), PAGES.slice(12)];
for (const colorScheme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'zh'] as const) {
    test.describe(`${colorScheme}, ${lang}`, () => {
      test.use({ colorScheme });
      for (const group of GROUPS) {
        test(`axe finds nothing on ${group.join(' ')} (${colorScheme}, ${lang})`, async ({
          page,
        }) => {
          test.setTimeout(120_000);
          for (const path of group) {
            await open(page, path, lang);
            await expectNoAxeViolations(page);
          }
        });
      }
    });
  }
}

test('axe finds nothing with the timeline, the numbers, a preview and a filtered empty table', async ({
  page,
}) => {
  await page.goto('/?q=nothing-matches-this');
  await expect(page.getByRole('status')).toHaveText('0 of 45 models');
  await expectNoAxeViolations(page);
  await page.goto('/');
  const perYear = page.getByRole('figure', { name: 'Models per year' });
  await perYear.getByRole('radio', { name: 'Release timeline' }).check();
  await perYear.getByRole('button', { name: 'Show the numbers' }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('Import models').setInputFiles({
    name: 'x.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Model,Year,Backbone,Task,Group\nA,2024,D,G,L\nB,20x4,D,G,L\n'),
  });
  await expect(page.getByRole('dialog', { name: 'Import preview' })).toBeVisible();
  await expectNoAxeViolations(page);
});
