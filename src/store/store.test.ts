import { beforeEach, describe, expect, it, vi } from 'vitest';
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

describe('imported rows in the store', () => {
  const mine = {
    ...initial.models[0]!,
    id: 'imp-x-1',
    name: 'Mine',
    backbone: 'DiT',
    source: 'imported' as const,
  };

  it('adds imported rows after the paper rows, and never removes a paper row', () => {
    useAppStore.getState().addImported([mine]);
    expect(useAppStore.getState().models).toHaveLength(46);
    useAppStore.getState().removeImported('sora');
    expect(useAppStore.getState().models).toHaveLength(46);
  });

  it('drops filters on values that leave with the rows', () => {
    const s = useAppStore.getState();
    s.addImported([mine]);
    s.toggleFacetValue('backbone', 'DiT');
    s.toggleFacetValue('year', '2022');
    useAppStore.getState().resetToPaperData();
    expect(useAppStore.getState().filters).toMatchObject({ backbone: [], year: ['2022'] });
    expect(useAppStore.getState().models).toHaveLength(45);
  });
});

describe('saving', () => {
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
      useAppStore
        .getState()
        .addImported([{ ...initial.models[0]!, id: 'imp-1', source: 'imported' }]);
      const after = loadSaved();
      expect(after.status === 'ok' && after.saved.imported).toHaveLength(1);
    } finally {
      stop();
      localStorage.clear();
    }
  });
});

describe('notices that report a change', () => {
  it('say the change, unless saving it failed: then the alert stays', async () => {
    const { persistState } = await import('./persist');
    const stop = persistState();
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      const row = { ...initial.models[0]!, id: 'imp-2', source: 'imported' as const };
      useAppStore.getState().addImported([row], { kind: 'info', key: 'notice.imported' });
      expect(useAppStore.getState().notice).toMatchObject({ kind: 'error', key: 'notice.quota' });
      full.mockRestore();
      useAppStore.getState().resetToPaperData({ kind: 'info', key: 'notice.reset' });
      expect(useAppStore.getState().notice).toMatchObject({ kind: 'info', key: 'notice.reset' });
    } finally {
      full.mockRestore();
      stop();
      localStorage.clear();
    }
  });
});
