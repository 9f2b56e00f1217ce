import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../../data/models';
import { useAppStore } from '../../store/store';
import { SearchBox } from './search-box';

const initial = useAppStore.getInitialState();
beforeEach(() => useAppStore.setState(initial, true));

// How soon a keystroke reaches the store is the component's choice: these tests wait for it.
const query = () => useAppStore.getState().filters.q;
const box = () => screen.getByRole('searchbox', { name: 'Search models' });

describe('the search box', () => {
  it('searches as the reader types', async () => {
    render(<SearchBox />);
    await userEvent.type(box(), 'magic');
    expect(box()).toHaveValue('magic');
    await waitFor(() => expect(query()).toBe('magic'));
    await userEvent.type(box(), '{Backspace}{Backspace}');
    await waitFor(() => expect(query()).toBe('mag'));
  });

  it('searches at once on Enter, and when focus leaves the box', async () => {
    render(
      <>
        <SearchBox />
        <button type="button">Elsewhere</button>
      </>,
    );
    await userEvent.type(box(), 'sora{Enter}');
    expect(query()).toBe('sora');
    await userEvent.clear(box());
    await userEvent.type(box(), 'veo');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
    expect(query()).toBe('veo');
  });

  it('shows a query set elsewhere (a link, Back, Clear filters), and typing goes on from there', async () => {
    render(<SearchBox />);
    act(() => useAppStore.getState().setQuery('diffusion'));
    expect(box()).toHaveValue('diffusion');

    await userEvent.type(box(), ' video');
    await waitFor(() => expect(query()).toBe('diffusion video'));
    act(() => useAppStore.getState().clearFilters());
    expect(box()).toHaveValue('');
    // Typing starts again from the cleared box, not from the words typed before.
    await userEvent.type(box(), 'veo');
    await waitFor(() => expect(query()).toBe('veo'));
  });

  it('with many rows (a large import), the last words typed still land', async () => {
    const models = Array.from({ length: 8 }, (_, copy) =>
      PAPER_MODELS.map((m) => ({ ...m, id: `${m.id}-${copy}` })),
    ).flat();
    useAppStore.setState({ models });
    render(<SearchBox />);
    await userEvent.type(box(), 'lumiere');
    expect(box()).toHaveValue('lumiere');
    await waitFor(() => expect(query()).toBe('lumiere'));
  });
});
