import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { KeysHelp } from './keys-help';

function Page() {
  return (
    <>
      <button type="button">Sort by Year</button>
      <label>
        Search models <input type="search" />
      </label>
      <KeysHelp />
    </>
  );
}

const help = () => screen.queryByRole('dialog', { name: 'Keys of the explorer' });

describe('the list of keys', () => {
  it('opens on ?, lists the keys by place, and gives focus back on Close', async () => {
    render(<Page />);
    const before = screen.getByRole('button', { name: 'Sort by Year' });
    before.focus();
    await userEvent.keyboard('?');
    const dialog = help()!;
    expect(dialog).toBeInTheDocument();
    const detail = within(dialog).getByRole('table', { name: "In a model's detail" });
    expect(within(detail).getByRole('row', { name: /Previous model/ })).toHaveTextContent('←');
    expect(
      within(dialog).getByRole('table', { name: 'Keys while presenting' }),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('table', { name: 'On the Released sliders (From, To)' }),
    ).toHaveTextContent('PageUpPageDown');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(help()).toBeNull();
    expect(before).toHaveFocus();
  });

  it('is not opened by a ? typed into a field, with Ctrl, or while a dialog is open', async () => {
    render(<Page />);
    const search = screen.getByRole('searchbox', { name: 'Search models' });
    await userEvent.type(search, 'what?');
    expect(search).toHaveValue('what?');
    expect(help()).toBeNull();

    screen.getByRole('button', { name: 'Sort by Year' }).focus();
    await userEvent.keyboard('{Control>}?{/Control}');
    expect(help()).toBeNull();

    await userEvent.keyboard('?');
    expect(help()).toBeInTheDocument();
    // Another ? inside the list is not a second list.
    await userEvent.keyboard('?');
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
  });
});
