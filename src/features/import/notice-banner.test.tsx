import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../store/store';
import { NoticeBanner } from './notice-banner';

const initial = useAppStore.getInitialState();
beforeEach(() => useAppStore.setState(initial, true));

describe('the notice banner', () => {
  it('shows nothing without a notice, and no status of its own (the result count is the one)', () => {
    render(<NoticeBanner />);
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tells what happened in words, counted, and Dismiss clears it', async () => {
    render(<NoticeBanner />);
    act(() =>
      useAppStore
        .getState()
        .setNotice({ kind: 'info', key: 'notice.imported', vars: { count: 1 } }),
    );
    expect(screen.getByText('1 row imported.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(useAppStore.getState().notice).toBeNull();
    expect(screen.queryByText('1 row imported.')).toBeNull();
  });

  it('makes an error an alert, with its reason in words', () => {
    useAppStore.getState().setNotice({
      kind: 'error',
      key: 'notice.notKept',
      vars: { count: 3, name: 'mine.csv' },
      reason: 'storage.problem.quota',
    });
    render(<NoticeBanner />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The 3 rows of “mine.csv” will not be kept after this tab closes: storage is full.',
    );
  });
});
