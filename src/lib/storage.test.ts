import { beforeEach, describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../data/models';
import { validateSavedRows } from './saved-rows';
import { loadSaved, saveImported, savePrefs, STORAGE_KEY } from './storage';

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
    expect(localStorage.getItem(result.backupKey)).toBe('{"version":1,"prefs":{"locale":"fr"');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 0 }));
    expect(loadSaved().status).toBe('corrupt');
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

describe('saved imported rows', () => {
  it('keeps imported rows only, beside the preferences', () => {
    const mine = { ...PAPER_MODELS[0]!, id: 'imp-1-1', source: 'imported' as const, name: 'Mine' };
    savePrefs({ locale: 'en' });
    expect(saveImported([...PAPER_MODELS, mine])).toBe(true);
    const loaded = loadSaved();
    const rows = loaded.status === 'ok' ? validateSavedRows(loaded.saved.imported) : null;
    expect(rows?.map((m) => m.name)).toEqual(['Mine']);
    expect(loaded.status === 'ok' && loaded.saved.prefs.locale).toBe('en');
  });

  it('refuses saved rows that no longer pass the schema', () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 1, prefs: {}, imported: [{ name: 'x' }] }),
    );
    const loaded = loadSaved();
    expect(loaded.status === 'ok' && validateSavedRows(loaded.saved.imported)).toBeNull();
  });

  it('refuses unknown preference values', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, prefs: { theme: 'sepia' } }));
    expect(loadSaved().status).toBe('corrupt');
  });
});
