import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from './en';
import { messageForms, type Message } from './plural';
import { zh } from './zh';
import { translator } from '.';
import { loadLocale } from '../lib/load-locale';

const keys = Object.keys(en) as MessageKey[];
const placeholders = (message: Message) =>
  [
    ...new Set(
      messageForms(message).flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1])),
    ),
  ].sort();

describe('message catalogues', () => {
  it('have the same keys, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of keys)
      for (const form of [...messageForms(en[key]), ...messageForms(zh[key])])
        expect(form.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of keys) expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
  });

  it('count by a variable each plural message uses', () => {
    for (const key of keys) {
      const message = en[key] as Message;
      if (typeof message !== 'string') expect(placeholders(message), key).toContain(message.by);
    }
  });

  it('fills placeholders, once a language has loaded', async () => {
    await loadLocale('zh');
    expect(translator('en')('table.status', { shown: 3, total: 45 })).toBe('3 of 45 models');
    expect(translator('zh')('table.status', { shown: 3, total: 45 })).toBe('显示 3 / 45 个模型');
  });

  it('reads counts correctly: one model, one row, numbers grouped the language’s way', async () => {
    await loadLocale('zh');
    const t = translator('en');
    expect(t('chart.tooltipModels', { count: 1 })).toBe('1 model');
    expect(t('chart.tooltipModels', { count: 2 })).toBe('2 models');
    expect(t('import.confirm', { count: 1 })).toBe('Import 1 row');
    expect(t('notice.imported', { count: 1 })).toBe('1 row imported.');
    expect(t('notice.imported', { count: 100000 })).toBe('100,000 rows imported.');
    expect(t('table.status', { shown: 1, total: 1 })).toBe('1 of 1 model');
    expect(translator('zh')('import.confirm', { count: 1 })).toBe('导入 1 行');
    expect(translator('zh')('notice.imported', { count: 12345 })).toBe('已导入 12,345 行。');
  });

  it('leave text variables as they are', () => {
    expect(translator('en')('chart.yearButton', { year: '2023' })).toBe(
      'Year 2023: filter by this year',
    );
  });
});
