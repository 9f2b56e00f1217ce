import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../../data/models';
import { deriveOptions, deriveView } from '../../lib/derive';
import { useAppStore } from '../../store/store';
import { FacetFieldset, FOLDED_OPTIONS } from './facet-fieldset';

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

describe('values at zero under the other filters', () => {
  const names = () => screen.getAllByRole('checkbox').map((c) => c.getAttribute('value'));

  it('sink below the rest and fold behind Show all; a ticked one stays, in reach', async () => {
    useAppStore.getState().toggleFacetValue('year', '2024');
    render(<Facet facet="group" />);
    expect(names()).toEqual(['Google', 'NTU', 'OpenAI', 'PKU']);
    const more = screen.getByRole('button', { name: 'Show all 35 groups' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(more).toHaveAccessibleName('Show fewer');
    expect(names()).toHaveLength(35);
    expect(names().slice(4, 6)).toEqual(['Meta', 'ByteDance']);
    const meta = screen.getByRole('checkbox', { name: 'Meta (0)' });
    await userEvent.click(meta);
    expect(names().slice(0, 5)).toEqual(['Google', 'Meta', 'NTU', 'OpenAI', 'PKU']);
    expect(meta).toHaveFocus();
    // Unticked, it keeps its place and the focus while the pointer or keyboard is still here.
    await userEvent.click(meta);
    expect(meta).not.toBeChecked();
    expect(meta).toHaveFocus();
    expect(names()[1]).toBe('Meta');
    await userEvent.keyboard(' ');
    await userEvent.click(more);
    // Folded again, the ticked group at zero is still there to be unticked.
    expect(names()).toEqual(['Google', 'Meta', 'NTU', 'OpenAI', 'PKU']);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Meta (0)' }));
    // Once focus leaves the facet, the unticked value folds away with the other zeros.
    await userEvent.click(document.body);
    expect(names()).toEqual(['Google', 'NTU', 'OpenAI', 'PKU']);
  });

  it('stay in sight, dimmed, when they are few; the years keep their order', () => {
    useAppStore.getState().toggleFacetValue('group', 'OpenAI');
    render(<Facet facet="year" />);
    expect(names()).toEqual(['2022', '2023', '2024']);
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
  });
});

describe('a facet with thousands of values (an import can bring them)', () => {
  const many = Array.from({ length: 5_000 }, (_, i) => ({ value: `Lab ${i}`, total: 1 }));
  const counts = new Map(many.map(({ value }) => [value, 1]));

  it('draws the first few hundred, says so, finds the others by typing, and keeps a ticked one in sight', async () => {
    useAppStore.getState().toggleFacetValue('backbone', 'Lab 4321');
    render(<FacetFieldset facet="backbone" options={many} counts={counts} />);
    const group = screen.getByRole('group', { name: 'Backbone' });
    // Folded: the first few, and the ticked value beyond them.
    expect(within(group).getAllByRole('checkbox')).toHaveLength(FOLDED_OPTIONS + 1);
    await userEvent.click(within(group).getByRole('button', { name: 'Show all (5,000)' }));
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
