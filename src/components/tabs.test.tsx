import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Tabs, tabPanelProps } from './tabs';

const ITEMS = [
  { id: 'film', label: 'Film-making' },
  { id: 'education', label: 'Education' },
  { id: 'gaming', label: 'Gaming' },
] as const;
type Id = (typeof ITEMS)[number]['id'];

function Tabbed() {
  const [selected, setSelected] = useState<Id>('film');
  return (
    <>
      <Tabs
        idBase="t"
        label="Applications"
        items={ITEMS}
        selected={selected}
        onSelect={setSelected}
      />
      <div {...tabPanelProps('t', selected)}>The text of {selected}</div>
    </>
  );
}

const tab = (name: string) => screen.getByRole('tab', { name });
const selectedTab = () => screen.getByRole('tab', { selected: true });

describe('tabs', () => {
  it('are a named tablist with one tab in the tab order, its panel named after it', async () => {
    render(<Tabbed />);
    expect(screen.getByRole('tablist', { name: 'Applications' })).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    expect(screen.getByRole('tabpanel', { name: 'Film-making' })).toHaveTextContent('film');
    expect(tab('Film-making')).toHaveAttribute('aria-controls', screen.getByRole('tabpanel').id);
    await userEvent.tab();
    expect(tab('Film-making')).toHaveFocus();
  });

  it('select a tab on click', async () => {
    render(<Tabbed />);
    await userEvent.click(tab('Gaming'));
    expect(selectedTab()).toBe(tab('Gaming'));
    expect(screen.getByRole('tabpanel', { name: 'Gaming' })).toHaveTextContent('gaming');
    expect(tab('Film-making')).toHaveAttribute('tabindex', '-1');
  });

  it('move and select with the arrows, round the ends, and with Home and End', async () => {
    render(<Tabbed />);
    tab('Film-making').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(tab('Education')).toHaveFocus();
    expect(selectedTab()).toBe(tab('Education'));
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(tab('Film-making')).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(tab('Gaming')).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Gaming' })).toBeInTheDocument();
    await userEvent.keyboard('{Home}');
    expect(selectedTab()).toBe(tab('Film-making'));
    await userEvent.keyboard('{End}');
    expect(selectedTab()).toBe(tab('Gaming'));
    expect(tab('Gaming')).toHaveFocus();
  });

  it('control one shared element when told to', () => {
    render(
      <Tabs
        idBase="v"
        label="Views"
        items={ITEMS}
        selected="film"
        onSelect={() => {}}
        controls="main"
      />,
    );
    for (const t of screen.getAllByRole('tab')) expect(t).toHaveAttribute('aria-controls', 'main');
  });
});
