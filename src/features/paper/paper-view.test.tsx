import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../store/store';
import { PaperView } from './paper-view';

const initial = useAppStore.getInitialState();
beforeEach(() => useAppStore.setState({ ...initial, view: 'applications' }, true));

const tab = (name: string) => screen.getByRole('tab', { name });

describe('a section of the paper', () => {
  it('has a tab per part, the first shown in a tabpanel named after it', () => {
    render(<PaperView view="applications" />);
    const tabs = within(screen.getByRole('tablist', { name: 'Applications' })).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual([
      'Film-making',
      'Education',
      'Gaming',
      'Healthcare',
      'Robotics',
    ]);
    const panel = screen.getByRole('tabpanel', { name: 'Film-making' });
    expect(within(panel).getByRole('heading', { name: 'Film-making' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Key points' })).toBeInTheDocument();
  });

  it('shows the part chosen by click or arrow key, and keeps it in the store (the link’s tab)', async () => {
    render(<PaperView view="applications" />);
    await userEvent.click(tab('Gaming'));
    expect(useAppStore.getState().tab).toBe('gaming');
    expect(screen.getByRole('tabpanel', { name: 'Gaming' })).toBeInTheDocument();
    await userEvent.keyboard('{ArrowRight}');
    expect(useAppStore.getState().tab).toBe('healthcare');
    expect(tab('Healthcare')).toHaveFocus();
    // The first part is the default: the link then says nothing of it.
    await userEvent.keyboard('{Home}');
    expect(useAppStore.getState().tab).toBeNull();
    expect(screen.getByRole('tabpanel', { name: 'Film-making' })).toBeInTheDocument();
  });

  it('opens on the part a link names, and falls back to the first for an unknown one', () => {
    useAppStore.setState({ view: 'opportunities', tab: 'industry' });
    render(<PaperView view="opportunities" />);
    expect(tab('Industry')).toHaveAttribute('aria-selected', 'true');
    act(() => useAppStore.setState({ tab: 'nonsense' }));
    expect(tab('Academia')).toHaveAttribute('aria-selected', 'true');
  });

  it('leads the limitations with what Sora does well, folded', async () => {
    useAppStore.setState({ view: 'limitations' });
    render(<PaperView view="limitations" />);
    const summary = screen.getByText('What Sora does well', { selector: 'summary strong' });
    const lead = summary.closest('details')!;
    expect(lead).not.toHaveAttribute('open');
    await userEvent.click(summary);
    expect(lead).toHaveAttribute('open');
    expect(within(lead).getByRole('heading', { name: 'What Sora does well' })).toBeInTheDocument();
    expect(screen.getByRole('tabpanel', { name: 'Physical realism' })).toBeInTheDocument();
  });
});
