import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';
import { loadLocale, translator } from '.';

describe('message catalogues', () => {
  it('have the same keys, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(en), ...Object.entries(zh)])
      expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(zh[key]), key).toEqual(names(en[key]));
    }
  });

  it('fills placeholders, once a language has loaded', async () => {
    await loadLocale('zh');
    expect(translator('en')('table.status', { shown: 3, total: 45 })).toBe('3 of 45 models');
    expect(translator('zh')('table.status', { shown: 3, total: 45 })).toBe('显示 3 / 45 个模型');
  });
});
