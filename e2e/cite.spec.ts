import { readFileSync } from 'node:fs';
import { parse } from '@retorquere/bibtex-parser';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const COPIED = 'Copied to the clipboard.';
const NOT_COPIED = 'Could not copy: the text is selected, press Ctrl+C (⌘C on a Mac).';

/** Parsed by the same independent parser the unit tests use; any error fails. */
function parseBib(text: string) {
  const { entries, errors } = parse(text, { english: false });
  expect(errors).toEqual([]);
  return entries;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** The whole of a text field is selected, and focus is in it, ready for Ctrl+C. */
async function expectAllSelected(page: Page, name: string) {
  const field = page.getByRole('textbox', { name });
  await expect(field).toBeFocused();
  const [start, end, length] = await field.evaluate((el: HTMLTextAreaElement) => [
    el.selectionStart,
    el.selectionEnd,
    el.value.length,
  ]);
  expect([start, end]).toEqual([0, length]);
}

test.describe('citing', () => {
  test('Cite copies the survey’s BibTeX and shows it; Escape gives focus back', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    const cite = page.getByRole('button', { name: 'Cite', exact: true });
    await cite.click();
    const dialog = page.getByRole('dialog', { name: 'Cite this survey' });
    const field = dialog.getByRole('textbox', { name: 'BibTeX' });
    await expect(field).toHaveValue(/eprint = \{2402\.17177\}/);
    await expect(dialog.getByRole('status')).toHaveText(COPIED);
    const copied = await clipboard(page);
    expect(copied).toBe(await field.inputValue());
    const [entry] = parseBib(copied);
    expect(entry!.fields).toMatchObject({ eprint: '2402.17177', year: '2024' });

    // Copy again, into a clipboard emptied meanwhile.
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(() => clipboard(page)).toContain('2402.17177');
    await expect(dialog.getByRole('status')).toHaveText(COPIED);

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(cite).toBeFocused();

    // Close does the same.
    await cite.click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(cite).toBeFocused();
  });

  test('when the clipboard refuses, the text is selected and the reader told to press Ctrl+C', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Clipboard.prototype.writeText = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await page.goto('/');
    await page.getByRole('button', { name: 'Cite', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite this survey' });
    await expect(dialog.getByRole('status')).toHaveText(NOT_COPIED);
    await expectAllSelected(page, 'BibTeX');
    // Copy again: focus goes to the button, then back to the text, selected once more.
    await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(dialog.getByRole('status')).toHaveText(NOT_COPIED);
    await expectAllSelected(page, 'BibTeX');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);

    // A model's detail shows the text it could not copy, selected.
    await page.goto('/?model=sora');
    const detail = page.getByRole('dialog', { name: 'Sora' });
    await detail.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect(detail.getByRole('status')).toHaveText(NOT_COPIED);
    await expectAllSelected(page, 'BibTeX of the work Sora cites');
    await expect(page.getByRole('textbox', { name: 'BibTeX of the work Sora cites' })).toHaveValue(
      /@misc\{sora,/,
    );
  });

  test('a model’s detail copies the BibTeX of its cited work, and has none without one', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?model=magvit');
    const dialog = page.getByRole('dialog', { name: 'MAGVIT', exact: true });
    await dialog.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect(dialog.getByRole('status')).toHaveText(COPIED);
    const entries = parseBib(await clipboard(page));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      key: 'magvit',
      fields: {
        title: 'MAGVIT: masked generative video transformer',
        howpublished: 'CVPR 2023',
        note: 'Cited as [182] in Liu et al. 2024, Table 1: MAGVIT',
      },
    });

    await page.goto('/?model=modelscope');
    const modelscope = page.getByRole('dialog', { name: 'ModelScope' });
    await expect(modelscope.getByRole('heading', { name: 'ModelScope' })).toBeVisible();
    await expect(modelscope.getByRole('button', { name: 'Copy BibTeX' })).toHaveCount(0);
  });

  test('Download BibTeX writes each work the rows in view cite once, in their order', async ({
    page,
  }) => {
    await page.goto('/?group=Google&sort=-year');
    await expect(page.getByRole('status')).toHaveText('8 of 45 models');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download BibTeX' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('cited-works-google.bib');
    const entries = parseBib(readFileSync((await download.path())!, 'utf8'));
    expect(entries.map((e) => e.key)).toEqual([
      'lumiere',
      'dreamix',
      'magvit',
      'magvit-v2',
      'generative-dynamics',
      'walt',
      'videopoet',
      'imagen-video',
    ]);

    // Four rows with no backbone stated: ModelScope cites nothing, so three entries.
    await page.goto('/?backbone=-');
    await expect(page.getByRole('status')).toHaveText('4 of 45 models');
    const [notStated] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download BibTeX' }).click(),
    ]);
    const webPages = parseBib(readFileSync((await notStated.path())!, 'utf8'));
    expect(webPages.map((e) => e.key)).toEqual(['zeroscope', 'gen-2', 'pika']);
    expect(webPages.map((e) => e.fields.howpublished)).toEqual([
      'Web page',
      'Web page',
      'Web page',
    ]);
    expect(webPages.map((e) => e.fields.url)).toEqual([
      'https://easywithai.com/ai-video-generators/zeroscope/',
      'https://research.runwayml.com/gen2',
      'https://pika.art/home',
    ]);

    // Rows that cite no work: nothing to download.
    await page.goto('/?group=Damo');
    await expect(page.getByRole('status')).toHaveText('1 of 45 models');
    await expect(page.getByRole('button', { name: 'Download BibTeX' })).toBeDisabled();
  });

  test('Chinese: the same controls carry translated names', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?lang=zh');
    await page.getByRole('button', { name: '引用', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '引用本综述' });
    await expect(dialog.getByRole('status')).toHaveText('已复制到剪贴板。');
    await expect(dialog.getByRole('button', { name: '复制', exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: '下载 BibTeX' })).toBeEnabled();
  });
});
