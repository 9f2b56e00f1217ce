import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../store/store';
import { ViewTabs } from './view-tabs';

const initial = useAppStore.getInitialState();
beforeEach(() => useAppStore.setState(initial, true));

const tab = (name: string) => screen.getByRole('tab', { name });

describe('the view tabs', () => {
  it('name the four views in a navigation landmark, the store’s view selected', () => {
    render(<ViewTabs />);
    const nav = screen.getByRole('navigation', { name: 'Views' });
    const tabs = within(nav).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual([
      'Models',
      'Applications',
      'Limitations',
      'Opportunities',
    ]);
    expect(tab('Models')).toHaveAttribute('aria-selected', 'true');
    for (const t of tabs) expect(t).toHaveAttribute('aria-controls', 'main');
  });

  it('change the view on a click, leaving any open detail and the previous view’s tab', async () => {
    useAppStore.setState({ view: 'applications', tab: 'gaming', modelId: 'sora' });
    render(<ViewTabs />);
    await userEvent.click(tab('Limitations'));
    const { view, tab: item, modelId } = useAppStore.getState();
    expect([view, item, modelId]).toEqual(['limitations', null, null]);
    expect(tab('Limitations')).toHaveAttribute('aria-selected', 'true');
    expect(tab('Applications')).toHaveAttribute('aria-selected', 'false');
  });

  it('change the view with the arrow keys, and follow a view set elsewhere', async () => {
    render(<ViewTabs />);
    tab('Models').focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(useAppStore.getState().view).toBe('opportunities');
    expect(tab('Opportunities')).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(useAppStore.getState().view).toBe('models');
    act(() => useAppStore.getState().setView('applications'));
    expect(tab('Applications')).toHaveAttribute('aria-selected', 'true');
    expect(tab('Applications')).toHaveAttribute('tabindex', '0');
  });
});
