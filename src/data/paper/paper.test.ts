import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INTRO_IDS, SECTION_TABS } from '../sections';
import { PAPER_MODELS } from '../models';
import { parseRichText, plainText } from '../../lib/rich-text';
import { ITEM_CITATIONS, REFERENCES } from './citations';
import { PAPER_EN } from './en';
import { PAPER_ZH } from './zh';

const PAPER_TEXTS = { en: PAPER_EN, zh: PAPER_ZH };
import type { ItemText } from './types';

const sections = Object.keys(SECTION_TABS) as (keyof typeof SECTION_TABS)[];
const modelIds = new Set(PAPER_MODELS.map((m) => m.id));
// Built from a variable: Vite would otherwise rewrite `new URL('literal', import.meta.url)` as an asset.
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const referencesMd = readFileSync(here('../references.seed.md'), 'utf8');

function allItems(locale: 'en' | 'zh'): [string, ItemText][] {
  const texts = PAPER_TEXTS[locale];
  return [
    ...sections.flatMap((s) => Object.entries(texts[s] as Record<string, ItemText>)),
    ...INTRO_IDS.map((id) => [id, texts.intro[id]] as [string, ItemText]),
  ];
}

describe('summaries of the paper', () => {
  it('cover every tab in both languages, in the order of the tabs', () => {
    for (const locale of ['en', 'zh'] as const) {
      for (const section of sections) {
        expect(Object.keys(PAPER_TEXTS[locale][section])).toEqual(SECTION_TABS[section]);
      }
    }
  });

  for (const locale of ['en', 'zh'] as const) {
    it(`are complete in ${locale}: title, one-line takeaway, summary, 3–5 points`, () => {
      for (const [id, item] of allItems(locale)) {
        expect(item.title.trim(), id).not.toBe('');
        expect(item.takeaway.trim(), id).not.toBe('');
        expect(item.takeaway, id).not.toContain('\n');
        expect(item.points.length, id).toBeGreaterThanOrEqual(3);
        expect(item.points.length, id).toBeLessThanOrEqual(5);
        item.points.forEach((p) => expect(p.trim(), id).not.toBe(''));
        const length =
          locale === 'en'
            ? plainText(item.summary).split(/\s+/).length
            : plainText(item.summary).replace(/\s/g, '').length;
        const [min, max] = locale === 'en' ? [80, 200] : [120, 420];
        expect(length, `${id} summary length`).toBeGreaterThanOrEqual(min);
        expect(length, `${id} summary length`).toBeLessThanOrEqual(max);
      }
    });
  }

  it('link only to models that exist, and only in summaries', () => {
    for (const locale of ['en', 'zh'] as const) {
      for (const [id, item] of allItems(locale)) {
        for (const seg of parseRichText(item.summary)) {
          if (seg.kind === 'model') expect(modelIds.has(seg.id), `${id}: ${seg.id}`).toBe(true);
        }
        for (const text of [item.title, item.takeaway, ...item.points])
          expect(text, id).not.toMatch(/\[\[|<\w/);
      }
    }
  });

  it('cite works that references.md lists, with the same arXiv ids', () => {
    for (const refs of Object.values(ITEM_CITATIONS)) {
      for (const n of refs) {
        const ref = REFERENCES[n];
        expect(ref, `[${n}]`).toBeDefined();
        expect(referencesMd).toContain(`[${n}]`);
        const model = PAPER_MODELS.find((m) => m.id === ref?.modelId);
        if (ref?.modelId) {
          // A Table 1 model: references.md gives its work in the Table 1 section.
          expect(model, ref.modelId).toBeDefined();
          expect(ref.arxiv).toBe(model?.work?.arxiv ?? null);
        } else if (ref?.arxiv) {
          expect(referencesMd).toMatch(
            new RegExp(`\\[${n}\\][^;\\n]*${ref.arxiv.replace('.', '\\.')}`),
          );
        }
      }
    }
  });

  it('name in the summary every reference number the part cites', () => {
    for (const [id, refs] of Object.entries(ITEM_CITATIONS)) {
      const item = allItems('en').find(([i]) => i === id)?.[1];
      for (const n of refs)
        expect(item?.summary, `${id} cites [${n}]`).toMatch(new RegExp(`\\b${n}\\b`));
    }
  });
});
