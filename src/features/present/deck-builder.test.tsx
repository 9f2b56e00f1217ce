import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DECK } from '../../lib/slides';
import { useAppStore } from '../../store/store';
import { DeckBuilderButton } from './deck-builder';

const initial = useAppStore.getInitialState();
beforeEach(() => useAppStore.setState(initial, true));

const TABLE = 'Table 1 in full (one slide per 7 rows)';
const COMPARE = 'Compare: the grid of two facets';
const deck = () => useAppStore.getState().deck;

async function openBuilder() {
  render(<DeckBuilderButton />);
  await userEvent.click(screen.getByRole('button', { name: 'Choose slides' }));
  return screen.getByRole('dialog', { name: 'Choose the slides' });
}
const parts = (dialog: HTMLElement) =>
  within(dialog)
    .getAllByRole('checkbox')
    .map((box) => [box.closest('label')!.textContent!.trim(), (box as HTMLInputElement).checked]);

describe('the deck builder', () => {
  it('lists the talk’s parts in order, then those left out, and counts the slides', async () => {
    const dialog = await openBuilder();
    const listed = parts(dialog);
    expect(listed.slice(0, 5)).toEqual([
      ['Title', true],
      ['Agenda', true],
      ['The field: models, years, backbones (divider)', true],
      ['The field at a glance (map)', true],
      ['Models per year', true],
    ]);
    expect(listed.at(-5)).toEqual(['Conclusion', true]);
    expect(listed.at(-4)).toEqual(['Closing: how to cite', true]);
    expect(listed.slice(-3)).toEqual([
      [TABLE, false],
      [COMPARE, false],
      ['Overview', false],
    ]);
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      `${DEFAULT_DECK.length} slides with the rows in view.`,
    );
  });

  it('adds a part in the story’s place, and the full table takes a slide per 7 rows in view', async () => {
    useAppStore.getState().toggleFacetValue('year', '2024');
    const dialog = await openBuilder();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: TABLE }));
    expect(deck().slice(0, 6)).toEqual([
      'title',
      'agenda',
      'act-field',
      'map',
      'table',
      'per-year',
    ]);
    expect(useAppStore.getState().chosenDeck).toEqual(deck());
    // Three rows in view: one slide of table.
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      `${DEFAULT_DECK.length + 1} slides with the rows in view.`,
    );
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Models per year' }));
    expect(deck()).not.toContain('per-year');
    expect(within(dialog).getByRole('checkbox', { name: 'Models per year' })).not.toBeChecked();
  });

  it('offers the Compare grid, added after the share figure', async () => {
    const dialog = await openBuilder();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: COMPARE }));
    expect(deck().slice(4, 7)).toEqual(['per-year', 'share', 'cross']);
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      `${DEFAULT_DECK.length + 1} slides with the rows in view.`,
    );
  });

  it('moves a part up and down, but not past either end', async () => {
    const dialog = await openBuilder();
    expect(within(dialog).getByRole('button', { name: 'Move Title up' })).toBeDisabled();
    expect(
      within(dialog).getByRole('button', { name: 'Move Closing: how to cite down' }),
    ).toBeDisabled();
    // A part left out has nothing to move.
    expect(within(dialog).queryByRole('button', { name: `Move ${TABLE} up` })).toBeNull();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Move Title down' }));
    expect(deck().slice(0, 2)).toEqual(['agenda', 'title']);
    expect(parts(dialog)[0]).toEqual(['Agenda', true]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Move Film-making up' }));
    const at = deck().indexOf('film');
    expect(deck()[at + 1]).toBe('act-uses');
  });

  it('keeps at least one part, and goes back to the default talk on request', async () => {
    useAppStore.getState().chooseDeck(['closing', 'title']);
    const dialog = await openBuilder();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Closing: how to cite' }));
    expect(deck()).toEqual(['title']);
    const title = within(dialog).getByRole('checkbox', { name: 'Title' });
    expect(title).toBeDisabled();
    expect(within(dialog).getByRole('status')).toHaveTextContent('1 slide with the rows in view.');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Back to the default talk' }));
    expect(deck()).toEqual(DEFAULT_DECK);
  });

  it('closes with Close, and focus goes back to Choose slides', async () => {
    const dialog = await openBuilder();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Choose slides' })).toHaveFocus();
  });
});
