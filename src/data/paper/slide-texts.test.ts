import { describe, expect, it } from 'vitest';
import { INTRO_IDS, SECTION_TABS } from '../sections';
import { DECK_EN, PAPER_EN } from './en';
import { DECK_ZH, PAPER_ZH } from './zh';
import type { ItemText, PaperTexts } from './types';

type Slide = ItemText['slide'];

const sections = Object.keys(SECTION_TABS) as (keyof typeof SECTION_TABS)[];

/** Every part's slide, keyed `section/id`, in the order of the tabs, then the intro parts. */
function slides(texts: PaperTexts): [string, Slide][] {
  const parts: [string, ItemText][] = [
    ...sections.flatMap((s) =>
      Object.entries(texts[s] as Record<string, ItemText>).map(([id, item]): [string, ItemText] => [
        `${s}/${id}`,
        item,
      ]),
    ),
    ...INTRO_IDS.map((id): [string, ItemText] => [`intro/${id}`, texts.intro[id]]),
  ];
  return parts.map(([key, item]) => [key, item.slide]);
}

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * The length of a Chinese line as it shows on a slide, in full-width characters: each Han
 * character (or other non-ASCII letter or digit) counts 1, each ASCII letter or digit counts ½
 * (it is half as wide), and spaces and punctuation (`\p{P}`, `\p{S}`) are not counted.
 */
function zhLength(text: string): number {
  let length = 0;
  for (const ch of text) {
    if (/[\s\p{P}\p{S}]/u.test(ch)) continue;
    length += /[A-Za-z0-9]/.test(ch) ? 0.5 : 1;
  }
  return length;
}

function checkEn(key: string, slide: Slide) {
  expect(slide.headline.trim(), key).not.toBe('');
  expect(words(slide.headline), `${key} headline words`).toBeLessThanOrEqual(12);
  for (const p of slide.points) {
    expect(p.trim(), key).not.toBe('');
    expect(words(p), `${key} point "${p}"`).toBeLessThanOrEqual(10);
  }
  const total = words(slide.headline) + slide.points.reduce((n, p) => n + words(p), 0);
  expect(total, `${key} words on the slide`).toBeLessThanOrEqual(32);
}

function checkZh(key: string, slide: Slide) {
  expect(slide.headline.trim(), key).not.toBe('');
  expect(zhLength(slide.headline), `${key} headline length`).toBeLessThanOrEqual(30);
  for (const p of slide.points) {
    expect(p.trim(), key).not.toBe('');
    expect(zhLength(p), `${key} point "${p}"`).toBeLessThanOrEqual(22);
  }
}

function checkShape(key: string, slide: Slide) {
  expect(slide.points.length, `${key} points`).toBeGreaterThanOrEqual(2);
  expect(slide.points.length, `${key} points`).toBeLessThanOrEqual(4);
  expect(new Set(slide.points).size, `${key} distinct points`).toBe(slide.points.length);
  for (const p of slide.points) {
    expect(slide.headline.includes(p.trim()), `${key}: "${p}" repeats the headline`).toBe(false);
  }
  for (const text of [slide.headline, ...slide.points]) {
    expect(text, key).not.toContain('\n');
    expect(text, key).not.toMatch(/\[\[|<\w/);
  }
}

describe('slide texts', () => {
  const en = slides(PAPER_EN);
  const zh = slides(PAPER_ZH);

  it('exist for all 14 parts in both languages', () => {
    expect(en).toHaveLength(14);
    expect(zh.map(([key]) => key)).toEqual(en.map(([key]) => key));
  });

  it('are short enough in English', () => {
    for (const [key, slide] of en) {
      checkShape(key, slide);
      checkEn(key, slide);
    }
  });

  it('are short enough in Chinese', () => {
    for (const [key, slide] of zh) {
      checkShape(key, slide);
      checkZh(key, slide);
    }
  });

  it('have as many points in Chinese as in English', () => {
    zh.forEach(([key, slide], i) => {
      expect(slide.points.length, key).toBe(en[i]![1].points.length);
    });
  });
});

describe('conclusion slide', () => {
  const en = DECK_EN.conclusion;
  const zh = DECK_ZH.conclusion;

  it('has 3–4 short points in both languages, as many in each', () => {
    for (const slide of [en, zh]) {
      expect(slide.points.length).toBeGreaterThanOrEqual(3);
      expect(slide.points.length).toBeLessThanOrEqual(4);
    }
    checkShape('en/conclusion', en);
    checkEn('en/conclusion', en);
    checkShape('zh/conclusion', zh);
    checkZh('zh/conclusion', zh);
    expect(zh.points.length).toBe(en.points.length);
  });

  it('has speaker notes of 60–120 English words and 120–220 Chinese characters', () => {
    expect(words(en.notes)).toBeGreaterThanOrEqual(60);
    expect(words(en.notes)).toBeLessThanOrEqual(120);
    const zhChars = zh.notes.replace(/\s/g, '').length;
    expect(zhChars).toBeGreaterThanOrEqual(120);
    expect(zhChars).toBeLessThanOrEqual(220);
  });
});
