import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CROSS } from '../lib/cross-pair';
import { isPicked } from './cross-slice';
import { useAppStore } from './store';

const initial = useAppStore.getInitialState();
beforeEach(() => useAppStore.setState(initial, true));

describe('the Compare grid in the store', () => {
  it('starts on backbone by year', () => {
    expect(useAppStore.getState().cross).toEqual(DEFAULT_CROSS);
  });

  it('a cell pressed keeps its pair in one step; pressed again, clears both facets', () => {
    const { setCross, pickCrossCell } = useAppStore.getState();
    setCross({ rows: 'task', columns: 'group' });
    useAppStore.getState().toggleFacetValue('task', 'Editing');
    useAppStore.getState().toggleFacetValue('year', '2023');
    let changes = 0;
    const stop = useAppStore.subscribe(() => changes++);
    pickCrossCell('Generation', 'Google');
    stop();
    expect(changes).toBe(1);
    const { filters, cross } = useAppStore.getState();
    // Both facets are set to the cell's values; the other filters stay.
    expect(filters).toMatchObject({ task: ['Generation'], group: ['Google'], year: ['2023'] });
    expect(isPicked(filters, cross, 'Generation', 'Google')).toBe(true);
    expect(isPicked(filters, cross, 'Editing', 'Google')).toBe(false);

    pickCrossCell('Generation', 'Google');
    expect(useAppStore.getState().filters).toMatchObject({ task: [], group: [], year: ['2023'] });
  });
});
