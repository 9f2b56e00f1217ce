import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../../data/models';
import { deriveOptions, deriveView } from '../../lib/derive';
import { useAppStore } from '../../store/store';
import { FacetFieldset } from './facet-fieldset';

const initial = useAppStore.getInitialState();
beforeEach(() => useAppStore.setState(initial, true));

/** The fieldset as the filter panel shows it, with counts from the store's current filters. */
function Facet({ facet }: { facet: 'year' | 'group' }) {
  const filters = useAppStore((s) => s.filters);
  const { counts } = deriveView(PAPER_MODELS, filters, []);
  const options = deriveOptions(PAPER_MODELS)[facet];
  return <FacetFieldset facet={facet} options={options} counts={counts[facet]} />;
}

describe('a facet fieldset', () => {
  it('labels each value with its count and filters by it when ticked', async () => {
    render(<Facet facet="year" />);
    const group = screen.getByRole('group', { name: 'Year' });
    const y2024 = within(group).getByRole('checkbox', { name: '2024 (3)' });
    await userEvent.click(y2024);
    expect(useAppStore.getState().filters.year).toEqual(['2024']);
    expect(y2024).toBeChecked();
    // A facet's own counts ignore its own selection: 2022 still offers its rows.
    expect(within(group).getByRole('checkbox', { name: /^2022 \(\d+\)$/ })).not.toBeChecked();
    await userEvent.click(y2024);
    expect(useAppStore.getState().filters.year).toEqual([]);
  });

  it('works from the keyboard: Tab to a value, Space to tick it', async () => {
    render(<Facet facet="year" />);
    await userEvent.tab();
    expect(screen.getByRole('checkbox', { name: /^2022/ })).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(useAppStore.getState().filters.year).toEqual(['2022']);
  });

  it('narrows a long list with its own filter box, and says when nothing matches', async () => {
    render(<Facet facet="group" />);
    const box = screen.getByRole('textbox', { name: 'Filter groups' });
    await userEvent.type(box, 'goo');
    const names = screen.getAllByRole('checkbox').map((c) => c.getAttribute('value'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name!.toLowerCase()).toContain('goo');
    await userEvent.clear(box);
    await userEvent.type(box, 'zzz');
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getByText('No group matches “zzz”.')).toBeInTheDocument();
  });
});

describe('a facet with thousands of values (an import can bring them)', () => {
  const many = Array.from({ length: 5_000 }, (_, i) => ({ value: `Lab ${i}`, total: 1 }));
  const counts = new Map(many.map(({ value }) => [value, 1]));

  it('draws the first few hundred, says so, finds the others by typing, and keeps a ticked one in sight', async () => {
    useAppStore.getState().toggleFacetValue('backbone', 'Lab 4321');
    render(<FacetFieldset facet="backbone" options={many} counts={counts} />);
    const group = screen.getByRole('group', { name: 'Backbone' });
    // The first 200, and the ticked value beyond them.
    expect(within(group).getAllByRole('checkbox')).toHaveLength(201);
    expect(within(group).getByRole('checkbox', { name: 'Lab 4321 (1)' })).toBeChecked();
    expect(group).toHaveTextContent(
      'Showing the first 200 of 5,000: type above to find the others.',
    );
    await userEvent.type(
      within(group).getByRole('textbox', { name: 'Filter Backbone values' }),
      '4999',
    );
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('value')),
    ).toEqual(['Lab 4999']);
    expect(group).not.toHaveTextContent('Showing the first');
  });
});
