import { beforeEach, describe, expect, it } from 'vitest';
import { opensOnPrerenderedView } from './first-view';
import { useAppStore } from './store';

const initial = useAppStore.getInitialState();
beforeEach(() => useAppStore.setState(initial, true));

describe('opensOnPrerenderedView', () => {
  it('holds for the store as it starts, and for a chosen deck or theme (no view shows them)', () => {
    expect(opensOnPrerenderedView()).toBe(true);
    useAppStore.setState({ deck: ['title', 'closing'], theme: 'dark' });
    expect(opensOnPrerenderedView()).toBe(true);
  });

  it('fails for another view, a filter, a sort, an open model, Chinese or a notice', () => {
    const changes = [
      { view: 'limitations' as const },
      { filters: { ...initial.filters, year: ['2023'] } },
      { sorting: [{ id: 'year' as const, desc: true }] },
      { modelId: 'sora' },
      { locale: 'zh' as const },
      { present: true },
      { notice: { kind: 'error' as const, key: 'notice.corrupt' as const, vars: { key: 'k' } } },
    ];
    for (const change of changes) {
      useAppStore.setState(initial, true);
      useAppStore.setState(change);
      expect(opensOnPrerenderedView(), JSON.stringify(change)).toBe(false);
    }
  });
});
