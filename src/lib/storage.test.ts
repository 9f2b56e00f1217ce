import { beforeEach, describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../data/models';
import { checkLegacyRows } from './saved-collections';
import {
  clearLegacyRows,
  loadSaved,
  removeUnreadable,
  savePrefs,
  STORAGE_KEY,
  unreadableValue,
} from './storage';

beforeEach(() => localStorage.clear());

describe('saved preferences', () => {
  it('round-trips under one versioned key', () => {
    expect(loadSaved()).toEqual({ status: 'empty' });
    expect(savePrefs({ locale: 'zh' })).toBe(true);
    savePrefs({ theme: 'dark' });
    expect(loadSaved()).toEqual({
      status: 'ok',
      saved: { version: 1, prefs: { locale: 'zh', theme: 'dark' }, imported: [] },
    });
    expect(Object.keys(localStorage)).toEqual([STORAGE_KEY]);
  });

  it('sets a corrupted or outdated value aside and starts clean', () => {
    localStorage.setItem(STORAGE_KEY, '{"version":1,"prefs":{"locale":"fr"');
    const result = loadSaved();
    expect(result.status).toBe('corrupt');
    if (result.status !== 'corrupt') return;
    expect(localStorage.getItem(result.backupKey!)).toBe('{"version":1,"prefs":{"locale":"fr"');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 0 }));
    expect(loadSaved().status).toBe('corrupt');
  });

  it('with no room for a copy, leaves an unreadable value where it is and never writes over it', () => {
    const unreadable = '{"version":1,"prefs":';
    const values = new Map([[STORAGE_KEY, unreadable]]);
    const full = {
      getItem: (key: string) => values.get(key) ?? null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: (key: string) => values.delete(key),
    } as unknown as Storage;
    expect(loadSaved(full)).toEqual({ status: 'corrupt', backupKey: null });
    expect(values.get(STORAGE_KEY)).toBe(unreadable);
    expect(unreadableValue(full)).toBe(unreadable);
    // A preference saved now would write over the reader's only copy: refused instead.
    values.set = () => {
      throw new Error('must not write');
    };
    expect(savePrefs({ theme: 'dark' }, full)).toBe(false);
    expect(values.get(STORAGE_KEY)).toBe(unreadable);
    removeUnreadable(full);
    expect(values.has(STORAGE_KEY)).toBe(false);
  });

  it('reports a refusal to save instead of throwing', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    } as unknown as Storage;
    expect(savePrefs({ locale: 'en' }, full)).toBe(false);
  });
});

describe('rows an older version saved', () => {
  const mine = { ...PAPER_MODELS[0]!, id: 'imp-1-1', source: 'imported' as const, name: 'Mine' };

  it('are read, checked one by one, and can be forgotten without touching the preferences', () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 1, prefs: { locale: 'en' }, imported: [mine, { name: 'x' }] }),
    );
    const loaded = loadSaved();
    const checked = loaded.status === 'ok' ? checkLegacyRows(loaded.saved.imported) : null;
    expect(checked?.good.map((m) => m.name)).toEqual(['Mine']);
    expect(checked?.bad).toEqual([{ name: 'x' }]);
    expect(clearLegacyRows()).toBe(true);
    expect(loadSaved()).toEqual({
      status: 'ok',
      saved: { version: 1, prefs: { locale: 'en' }, imported: [] },
    });
  });

  it('refuses unknown preference values', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, prefs: { theme: 'sepia' } }));
    expect(loadSaved().status).toBe('corrupt');
  });
});
