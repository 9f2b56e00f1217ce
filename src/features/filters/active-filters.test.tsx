import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { monthOf } from '../../lib/release-span';
import { useAppStore } from '../../store/store';
import { ActiveFilters } from './active-filters';

const initial = useAppStore.getInitialState();
beforeEach(() => useAppStore.setState(initial, true));

const filters = () => useAppStore.getState().filters;
const clearButton = () => screen.getByRole('button', { name: 'Clear filters' });
const chips = () =>
  within(screen.getByRole('list', { name: 'Active filters' }))
    .getAllByRole('button')
    .map((b) => b.getAttribute('aria-label'));

describe('the active filters', () => {
  it('shows no chips without filters, and Clear filters then does nothing', async () => {
    render(<ActiveFilters />);
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
    expect(clearButton()).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(clearButton());
    expect(filters()).toBe(initial.filters);
  });

  it('names a chip per ticked value after its facet, in the facets’ order', () => {
    const { toggleFacetValue } = useAppStore.getState();
    toggleFacetValue('backbone', '-');
    toggleFacetValue('year', '2023');
    toggleFacetValue('year', '2022');
    render(<ActiveFilters />);
    expect(chips()).toEqual([
      'Remove filter Year: 2023',
      'Remove filter Year: 2022',
      // The paper's `-` reads as words.
      'Remove filter Backbone: Not stated',
    ]);
    expect(clearButton()).toHaveAttribute('aria-disabled', 'false');
  });

  it('removes a value when its chip is pressed, and focus moves to Clear filters', async () => {
    const { toggleFacetValue } = useAppStore.getState();
    toggleFacetValue('year', '2023');
    toggleFacetValue('task', 'Editing');
    render(<ActiveFilters />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter Year: 2023' }));
    expect(filters().year).toEqual([]);
    expect(filters().task).toEqual(['Editing']);
    expect(clearButton()).toHaveFocus();
    expect(chips()).toEqual(['Remove filter Task: Editing']);

    // From the keyboard, the last chip too; Clear filters keeps focus and says it has nothing left.
    screen.getByRole('button', { name: 'Remove filter Task: Editing' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(filters().task).toEqual([]);
    expect(clearButton()).toHaveFocus();
    expect(clearButton()).toHaveAttribute('aria-disabled', 'true');
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
  });

  it('has a chip for the search, which empties it', async () => {
    useAppStore.getState().setQuery('magic');
    render(<ActiveFilters />);
    const chip = screen.getByRole('button', { name: 'Remove filter Search models: magic' });
    expect(chip).toHaveTextContent('Search: “magic”');
    await userEvent.click(chip);
    expect(filters().q).toBe('');
    expect(clearButton()).toHaveFocus();
  });

  it('has no chip for a search of blanks', () => {
    useAppStore.getState().setQuery('   ');
    render(<ActiveFilters />);
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
  });

  it('has a chip for the release span, in words, which opens it again', async () => {
    useAppStore.getState().setSpan({ from: monthOf(2023, 3), to: monthOf(2023, 9) });
    render(<ActiveFilters />);
    const chip = screen.getByRole('button', {
      name: 'Remove filter Released: Mar 2023 – Sep 2023',
    });
    expect(chip).toHaveTextContent('Released: Mar 2023 – Sep 2023');
    act(() => useAppStore.getState().setSpan({ from: monthOf(2023, 3), to: null }));
    await userEvent.click(
      screen.getByRole('button', { name: 'Remove filter Released: from Mar 2023' }),
    );
    expect(filters().span).toBeNull();
    expect(clearButton()).toHaveFocus();
  });

  it('clears every filter at once with Clear filters', async () => {
    const state = useAppStore.getState();
    state.toggleFacetValue('group', 'Meta');
    state.setQuery('video');
    state.setSpan({ from: null, to: monthOf(2023, 1) });
    render(<ActiveFilters />);
    expect(chips()).toHaveLength(3);
    await userEvent.click(clearButton());
    expect(filters()).toEqual(initial.filters);
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
    expect(clearButton()).toHaveAttribute('aria-disabled', 'true');
  });
});
