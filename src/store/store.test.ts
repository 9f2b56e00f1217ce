import { beforeEach, describe, expect, it } from 'vitest';
import { deriveView } from '../lib/derive';
import { useAppStore } from './store';

const initial = useAppStore.getInitialState();
beforeEach(() => useAppStore.setState(initial, true));

describe('the store', () => {
  it('toggles facet values on and off', () => {
    const { toggleFacetValue } = useAppStore.getState();
    toggleFacetValue('year', '2023');
    toggleFacetValue('group', 'Meta');
    expect(useAppStore.getState().filters).toMatchObject({ year: ['2023'], group: ['Meta'] });
    toggleFacetValue('year', '2023');
    expect(useAppStore.getState().filters.year).toEqual([]);
  });

  it('clears every filter at once', () => {
    const s = useAppStore.getState();
    s.toggleFacetValue('backbone', 'Diffusion');
    s.setQuery('video');
    s.setTaskMode('all');
    s.clearFilters();
    expect(useAppStore.getState().filters).toEqual(initial.filters);
  });

  it('derives the visible rows once per state, shared by every reader', () => {
    const { models, filters, sorting } = useAppStore.getState();
    const a = deriveView(models, filters, sorting);
    expect(deriveView(models, filters, sorting)).toBe(a);
    useAppStore.getState().toggleFacetValue('year', '2024');
    const s = useAppStore.getState();
    const b = deriveView(s.models, s.filters, s.sorting);
    expect(b).not.toBe(a);
    expect(b.rows.map((m) => m.name)).toEqual(['LGVI', 'Lumiere', 'Sora']);
  });
});

describe('imported collections in the store', () => {
  const mine = {
    ...initial.models[0]!,
    id: 'imp-x-1',
    name: 'Mine',
    backbone: 'DiT',
    source: 'imported' as const,
  };
  const collection = (id: string, importedAt: number, rows = [mine]) => ({
    id,
    name: `${id}.csv`,
    importedAt,
    rows,
  });

  it('adds imported rows after the paper rows, and never removes a paper row', () => {
    useAppStore.getState().addCollection(collection('imp-x', 1));
    expect(useAppStore.getState().models).toHaveLength(46);
    useAppStore.getState().dropRow('sora');
    expect(useAppStore.getState().models).toHaveLength(46);
    useAppStore.getState().dropRow('imp-x-1');
    expect(useAppStore.getState().models).toHaveLength(45);
    // A collection whose last row went goes too.
    expect(useAppStore.getState().collections).toEqual([]);
  });

  it('lists collections oldest first, whatever order they arrive in', () => {
    const s = useAppStore.getState();
    s.receiveCollections({ put: [collection('b', 2, [{ ...mine, id: 'b-1', name: 'B' }])] });
    s.addCollection(collection('a', 1, [{ ...mine, id: 'a-1', name: 'A' }]));
    expect(useAppStore.getState().imported.map((m) => m.name)).toEqual(['A', 'B']);
  });

  it('another tab’s reset keeps what only this tab holds', () => {
    const s = useAppStore.getState();
    s.addCollection(collection('kept', 1, [{ ...mine, id: 'kept-1' }]));
    s.addCollection(collection('mine-only', 2, [{ ...mine, id: 'mine-only-1' }]));
    s.setKeeping('mine-only', 'tabOnly');
    useAppStore.getState().receiveCollections({ clearKept: true });
    expect(useAppStore.getState().collections.map((c) => c.id)).toEqual(['mine-only']);
  });

  it('drops filters on values that leave with the rows, and closes a detail whose row left', () => {
    const s = useAppStore.getState();
    s.addCollection(collection('imp-x', 1));
    s.toggleFacetValue('backbone', 'DiT');
    s.toggleFacetValue('year', '2022');
    s.openModel('imp-x-1');
    useAppStore.getState().dropAllCollections();
    expect(useAppStore.getState().filters).toMatchObject({ backbone: [], year: ['2022'] });
    expect(useAppStore.getState().models).toHaveLength(45);
    expect(useAppStore.getState().modelId).toBeNull();
  });
});

describe('saving preferences', () => {
  it('keeps what the reader chose, through one mechanism, and not what a link set', async () => {
    localStorage.clear();
    const { persistState } = await import('./persist');
    const { loadSaved } = await import('../lib/storage');
    const stop = persistState();
    try {
      useAppStore.setState({ locale: 'zh' }); // as a link's lang=zh does
      expect(loadSaved().status).toBe('empty');
      useAppStore.getState().chooseTheme('dark');
      useAppStore.getState().chooseLocale('zh');
      const saved = loadSaved();
      expect(saved.status === 'ok' && saved.saved.prefs).toEqual({ locale: 'zh', theme: 'dark' });
    } finally {
      stop();
      localStorage.clear();
    }
  });
});
