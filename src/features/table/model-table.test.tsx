import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../../data/models';
import { useAppStore } from '../../store/store';
import { ModelTable } from './model-table';

const initial = useAppStore.getInitialState();
beforeEach(() => useAppStore.setState(initial, true));

const rows = PAPER_MODELS.slice(0, 5);
const bodyRows = () => within(screen.getAllByRole('rowgroup')[1]!).getAllByRole('row');

function renderTable() {
  render(
    <>
      <h2 id="model-table-title">Table 1 models</h2>
      <ModelTable rows={rows} />
    </>,
  );
}

describe('the model table from the keyboard', () => {
  it('keeps one row in the tab order and moves between rows with the arrows, Home and End', async () => {
    renderTable();
    const [first, second, , , last] = bodyRows();
    expect(bodyRows().filter((r) => r.tabIndex === 0)).toEqual([first]);
    first!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(second).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(last).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(last).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(first).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(first).toHaveFocus();
  });

  it('opens the focused model with Enter', async () => {
    renderTable();
    bodyRows()[2]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(useAppStore.getState().modelId).toBe(rows[2]!.id);
  });

  it('sorts from a header button, and Shift adds a second key', async () => {
    const user = userEvent.setup();
    renderTable();
    await user.click(screen.getByRole('button', { name: /^Year/ }));
    expect(useAppStore.getState().sorting).toEqual([{ id: 'year', desc: false }]);
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('button', { name: /^Model/ }));
    await user.keyboard('{/Shift}');
    expect(useAppStore.getState().sorting).toEqual([
      { id: 'year', desc: false },
      { id: 'name', desc: false },
    ]);
  });
});

describe('the cells’ text for search marks', () => {
  it('puts every value in an element of its own, never bare text in a cell or the backbone badge', () => {
    // The cards' cells are grids and the badge a flex box; WebKit marks no text that is their item.
    renderTable();
    const containers = bodyRows().flatMap((row) => [
      ...row.querySelectorAll('td'),
      ...row.querySelectorAll('.backbone'),
    ]);
    expect(containers.length).toBeGreaterThan(rows.length);
    for (const container of containers) {
      const bare = [...container.childNodes].filter(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim(),
      );
      expect(bare.map((node) => node.textContent)).toEqual([]);
    }
  });
});
