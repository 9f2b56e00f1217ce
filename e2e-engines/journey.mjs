/**
 * The reader's journey, the same in every engine: steps written against toolkit.mjs (waits and a
 * reader's actions over a small driver: firefox.mjs, webkit.mjs) and the page questions of
 * page-lib.mjs. Steps wait for states, never for fixed times.
 */
import { is } from './toolkit.mjs';

const IMPORT_CSV = [
  'Model,Year,Backbone,Task,Group,Ref,Link,Notes',
  'Veo,2024,Diffusion,"Generation, Editing",Google DeepMind,,https://example.org/veo,From my reading list',
  'Kling,2024,DiT,Generation,Kuaishou,,,',
  'Broken,20x4,,Generation,Lab,,,',
].join('\n');
export const IMPORT_FILE = { name: 'engines-import.csv', text: IMPORT_CSV };

// Page questions (sent as source: each uses only its arguments).
const rowCount = (l) => l.modelRows().length;
const yearHeader = (l) => !!l.one('columnheader', { re: '^Year' }, l.modelTable() ?? document);
const yearSortButton = (l) =>
  l.one('columnheader', { re: '^Year' }, l.modelTable() ?? document)?.querySelector('button');
const yearSort = (l) =>
  l.one('columnheader', { re: '^Year' }, l.modelTable() ?? document)?.getAttribute('aria-sort');
const firstRowYear = (l) => {
  const header = l.one('columnheader', { re: '^Year' }, l.modelTable() ?? document);
  return header ? l.text(l.modelRows()[0]?.cells[header.cellIndex]) : null;
};
const firstRowHeader = (l) => l.modelRows()[0]?.querySelector('[role=rowheader]') ?? null;
/** The model's name as the row shows it first (its notes mark and badge come after). */
const firstRowName = (l) =>
  l.text(l.modelRows()[0]?.querySelector('[role=rowheader]')?.firstElementChild);
const dialogNamed = (l, name) => l.one('dialog', name) !== null;
const anyDialog = (l) => l.all('dialog').length;
const focusInFirstRow = (l) => l.modelRows()[0]?.contains(document.activeElement) ?? false;
const deck = (l) => !!l.one('main', 'Presentation');
const deckCounter = (l) =>
  l.text(
    [...(l.one('main', 'Presentation')?.querySelectorAll('[aria-live]') ?? [])].find((el) =>
      /^\d+ \/ \d+$/.test(l.text(el)),
    ),
  ) || null;

/** [name, run(t)] in order; Back builds on the filter step before it, the others start afresh. */
export const STEPS = [
  [
    'load and first paint: 45 rows, "45 of 45 models"',
    async (t) => {
      await t.goto('/');
      await t.status('45 of 45 models');
      await t.until('45 model rows', rowCount, [], is(45));
    },
  ],
  [
    'filter: tick "2023 (33)" → 33 of 45, year=2023 in the URL',
    async (t) => {
      await t.click('the checkbox "2023 (33)"', (l) =>
        l.one('checkbox', '2023 (33)', l.one('group', 'Year') ?? document),
      );
      await t.status('33 of 45 models');
      await t.until('33 model rows', rowCount, [], is(33));
      await t.search('the URL has year=2023', (s) => /[?&]year=2023(&|$)/.test(s));
    },
  ],
  [
    'Back: history.back → 45 of 45, year gone from the URL',
    async (t) => {
      await t.ask(() => void history.back());
      await t.status('45 of 45 models');
      await t.search('the URL has no year', (s) => !/year=/.test(s));
    },
  ],
  [
    'sort: the Year header’s button twice → aria-sort descending, a 2024 model first',
    async (t) => {
      await t.goto('/');
      await t.until('the Year header', yearHeader);
      await t.click('the Year sort button', yearSortButton);
      await t.until('Year sorted ascending', yearSort, [], is('ascending'));
      await t.click('the Year sort button again', yearSortButton);
      await t.until('Year sorted descending', yearSort, [], is('descending'));
      await t.search('the URL has sort=-year', (s) => /[?&]sort=-year/.test(s));
      await t.until('the first row’s year is 2024', firstRowYear, [], is('2024'));
    },
  ],
  [
    'model detail: click a row → dialog named after it; Escape closes; Enter reopens',
    async (t) => {
      await t.goto('/');
      const name = await t.until('the first row’s model name', firstRowName);
      await t.click('the first row', firstRowHeader);
      await t.until(`a dialog named "${name}"`, dialogNamed, [name]);
      await t.press('Escape');
      await t.until('no dialog', anyDialog, [], is(0));
      await t.until('focus back on the row', focusInFirstRow);
      await t.press('Enter');
      await t.until(`the dialog "${name}" again, by Enter`, dialogNamed, [name]);
      await t.search('the URL names the model', (s) => /[?&]model=/.test(s));
      await t.press('Escape');
      await t.until('no dialog', anyDialog, [], is(0));
    },
  ],
  [
    'a tab: Applications → a tabpanel with text',
    async (t) => {
      await t.goto('/');
      await t.click('the tab "Applications"', (l) => l.one('tab', 'Applications'));
      await t.until(
        'Applications selected',
        (l) => l.one('tab', 'Applications')?.getAttribute('aria-selected') === 'true',
      );
      await t.until('a tabpanel with text', (l) =>
        l.all('tabpanel').some((panel) => l.text(panel).length > 40),
      );
      await t.search('the URL has view=applications', (s) => /view=applications/.test(s));
    },
  ],
  [
    'Chinese: ?lang=zh → <html lang="zh-CN">, "显示 45 / 45 个模型"',
    async (t) => {
      await t.goto('/?lang=zh');
      await t.until('html lang zh-CN', () => document.documentElement.lang, [], is('zh-CN'));
      await t.status('显示 45 / 45 个模型');
      await t.until('45 model rows', rowCount, [], is(45));
    },
  ],
  [
    'import a CSV, reload: the imported rows are still there (IndexedDB)',
    async (t, { importPath }) => {
      await t.goto('/');
      await t.status('45 of 45 models');
      await t.upload(
        'the file input "Import models"',
        (l) =>
          [...document.querySelectorAll('input[type=file]')].find(
            (input) => l.nameOf(input) === 'Import models',
          ) ?? null,
        [],
        importPath,
      );
      await t.until('the import preview', (l) =>
        l.text(l.one('dialog', 'Import preview')).includes('Ready to import: 2 of 3.'),
      );
      await t.click('the button "Import 2 rows"', (l) =>
        l.one('button', 'Import 2 rows', l.one('dialog', 'Import preview') ?? document),
      );
      await t.status('47 of 47 models');
      await t.reload();
      await t.status('47 of 47 models');
      await t.until('the row "Veo"', (l) =>
        l
          .modelRows()
          .some(
            (row) => l.text(row.querySelector('[role=rowheader]')?.firstElementChild) === 'Veo',
          ),
      );
      // Leaves the engine's storage as it found it.
      await t.click('the button "Reset to paper data"', (l) =>
        l.one('button', 'Reset to paper data'),
      );
      await t.status('45 of 45 models');
    },
  ],
  [
    'the deck: Present → slide 1; ArrowRight → slide 2; Escape leaves',
    async (t) => {
      await t.goto('/');
      await t.click('the button "Present"', (l) => l.one('button', 'Present'));
      await t.until('the presentation', deck);
      const first = await t.until('slide 1 of N', deckCounter, [], (s) => /^1 \//.test(s ?? ''));
      await t.press('ArrowRight');
      await t.until('slide 2', deckCounter, [], is(first.replace(/^1 /, '2 ')));
      await t.search('the URL has slide=2', (s) => /[?&]slide=2(&|$)/.test(s));
      await t.press('Escape');
      await t.until('the presentation gone', (l) => !l.one('main', 'Presentation'));
      await t.until('the button "Present" back', (l) => !!l.one('button', 'Present'));
    },
  ],
  [
    'the single file from file://: 45 rows',
    async (t, { singleFileUrl }) => {
      await t.goto(singleFileUrl);
      await t.status('45 of 45 models');
      await t.until('45 model rows', rowCount, [], is(45));
    },
  ],
];

/** What the page may lack in this engine (each is feature-detected by the app, or only cosmetic). */
export const probeFeatures = () => {
  const css = (property, value) => CSS.supports(property, value);
  return {
    'CSS Custom Highlight API (search marks)': typeof CSS.highlights !== 'undefined',
    requestIdleCallback: typeof requestIdleCallback === 'function',
    'Intl.Segmenter (Chinese line breaks on slides)': 'Segmenter' in Intl,
    'field-sizing: content': css('field-sizing', 'content'),
    'light-dark()': css('color', 'light-dark(#000, #fff)'),
    'text-wrap: balance': css('text-wrap', 'balance'),
    'content-visibility': css('content-visibility', 'auto'),
    'container queries': css('container-type', 'inline-size'),
    'color-mix()': css('color', 'color-mix(in srgb, red, blue)'),
    'Fullscreen API': typeof document.documentElement.requestFullscreen === 'function',
    BroadcastChannel: typeof BroadcastChannel === 'function',
  };
};
