import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PAPER_MODELS } from '../../data/models';
import type { Collection } from '../../lib/collections';
import type * as Collections from '../../store/collections';
import { useAppStore } from '../../store/store';
import { CollectionsPanel } from './collections-panel';

const mocks = vi.hoisted(() => ({
  downloads: [] as { blob: Blob; name: string }[],
  discardSetAside: async () => {},
}));
vi.mock('../../lib/download', () => ({
  downloadBlob: (blob: Blob, name: string) => mocks.downloads.push({ blob, name }),
}));
// What failed the check lies in IndexedDB, which this test does not open.
vi.mock('../../store/collections', async (importOriginal) => ({
  ...(await importOriginal<typeof Collections>()),
  readSetAside: async () => [{ id: 'x', name: 42 }],
  discardSetAside: () => mocks.discardSetAside(),
}));

const initial = useAppStore.getInitialState();
beforeEach(() => {
  useAppStore.setState(initial, true);
  mocks.downloads.length = 0;
});

const collection = (id: string, name: string, count: number): Collection => ({
  id,
  name,
  importedAt: Date.UTC(2025, 0, 15, 12),
  rows: PAPER_MODELS.slice(0, count).map((m, i) => ({
    ...m,
    id: `${id}-${i + 1}`,
    source: 'imported',
  })),
});

function withImports() {
  const state = useAppStore.getState();
  state.setStorage({ status: 'ready' });
  state.addCollection(collection('a', 'mine.csv', 2));
  state.addCollection(collection('b', 'more.json', 1));
  state.setKeeping('b', 'tabOnly');
}

describe('your imports', () => {
  it('say they are loading, then show nothing when there are none', () => {
    render(<CollectionsPanel />);
    expect(screen.getByText('Loading your saved imports…')).toBeInTheDocument();
    act(() => useAppStore.getState().setStorage({ status: 'ready' }));
    expect(screen.queryByText(/Loading/)).toBeNull();
    expect(screen.queryByText(/Your imports/)).toBeNull();
  });

  it('list each import with its rows, date and whether it is kept', async () => {
    withImports();
    render(<CollectionsPanel />);
    await userEvent.click(screen.getByText('Your imports · 3 rows'));
    expect(
      screen.getByText('Kept in this browser, and the same in every tab.'),
    ).toBeInTheDocument();
    const [mine, more] = screen.getAllByRole('listitem');
    expect(mine).toHaveTextContent(/^mine\.csv2 rows · imported .*2025/);
    expect(mine).not.toHaveTextContent('this tab only');
    expect(more).toHaveTextContent(/^more\.json1 row · imported .* · this tab only/);
  });

  it('remove an import by its named button, and say so', async () => {
    withImports();
    render(<CollectionsPanel />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove the import more.json' }));
    expect(useAppStore.getState().collections.map((c) => c.name)).toEqual(['mine.csv']);
    expect(useAppStore.getState().notice).toMatchObject({
      key: 'notice.removedCollection',
      vars: { name: 'more.json' },
    });
    expect(screen.getByText('Your imports · 2 rows')).toBeInTheDocument();
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(1);
  });

  it('say why imports last only for this tab', () => {
    withImports();
    useAppStore.getState().setStorage({ status: 'tabOnly', problem: 'denied' });
    render(<CollectionsPanel />);
    expect(
      screen.getByText(
        'Imports last only for this tab: this browser does not allow storage here (a private window or a policy).',
      ),
    ).toBeInTheDocument();
  });

  it('offer what failed the check on load, to download or discard', async () => {
    const discard = vi.spyOn(mocks, 'discardSetAside');
    useAppStore.getState().setStorage({ status: 'ready' });
    useAppStore.getState().setSetAsideCount(2);
    render(<CollectionsPanel />);
    expect(
      screen.getByText(/2 saved values failed the check and are set aside\./),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Download them (JSON)' }));
    await vi.waitFor(() => expect(mocks.downloads).toHaveLength(1));
    const { blob, name } = mocks.downloads[0]!;
    expect(name).toBe('sora-explorer-set-aside.json');
    expect(JSON.parse(await blob.text())).toEqual([{ id: 'x', name: 42 }]);
    await userEvent.click(screen.getByRole('button', { name: 'Discard them' }));
    expect(discard).toHaveBeenCalledOnce();
  });
});
