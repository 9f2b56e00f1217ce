import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDerived } from '../../store/derived';
import { useAppStore } from '../../store/store';
import { ModelTable } from '../table/model-table';
import { ModelDialog } from './model-dialog';

beforeAll(() => {
  // The table's virtualiser scrolls the window, which jsdom does not do.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});

const initial = useAppStore.getInitialState();
beforeEach(() => useAppStore.setState(initial, true));

/** The Models page as far as the detail sees it: the table's rows, and the dialog. */
function Page() {
  const { rows } = useDerived();
  return (
    <>
      <button type="button">Elsewhere</button>
      <h2 id="model-table-title">Table 1 models</h2>
      <ModelTable rows={rows} />
      <ModelDialog />
    </>
  );
}

const open = (id: string) => act(() => useAppStore.getState().openModel(id));
const dialog = (name: string) => screen.getByRole('dialog', { name });
const step = (where: HTMLElement, name: 'Previous' | 'Next') =>
  within(where).getByRole('button', { name });

/** The year 2024, by name from Z to A: Sora, Lumiere, LGVI. */
function show2024ByNameDescending() {
  useAppStore.getState().toggleFacetValue('year', '2024');
  useAppStore.getState().setSorting([{ id: 'name', desc: true }]);
}

describe('the model detail', () => {
  it('opens from the store as a dialog named after the model, focus on Close', () => {
    render(<Page />);
    expect(screen.queryByRole('dialog')).toBeNull();
    open('lumiere');
    const detail = dialog('Lumiere');
    expect(within(detail).getByRole('button', { name: 'Close' })).toHaveFocus();
    expect(detail).toHaveTextContent('2024');
  });

  it('steps with Previous and Next through the rows in the table’s order, and says where', async () => {
    show2024ByNameDescending();
    render(<Page />);
    open('lumiere');
    expect(within(dialog('Lumiere')).getByText('2 of 3 in the table')).toBeInTheDocument();

    await userEvent.click(step(dialog('Lumiere'), 'Previous'));
    expect(useAppStore.getState().modelId).toBe('sora');
    const sora = dialog('Sora');
    expect(within(sora).getByText('1 of 3 in the table')).toBeInTheDocument();
    // At the first row Previous stays focusable but does nothing.
    expect(step(sora, 'Previous')).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(step(sora, 'Previous'));
    expect(useAppStore.getState().modelId).toBe('sora');

    await userEvent.click(step(sora, 'Next'));
    await userEvent.click(step(dialog('Lumiere'), 'Next'));
    const lgvi = dialog('LGVI');
    expect(within(lgvi).getByText('3 of 3 in the table')).toBeInTheDocument();
    expect(step(lgvi, 'Next')).toHaveAttribute('aria-disabled', 'true');
    expect(step(lgvi, 'Previous')).toHaveAttribute('aria-disabled', 'false');
  });

  it('steps with ArrowLeft and ArrowRight, but not with Alt (the browser’s Back)', async () => {
    show2024ByNameDescending();
    render(<Page />);
    open('sora');
    await userEvent.keyboard('{ArrowRight}');
    expect(dialog('Lumiere')).toHaveTextContent('2 of 3 in the table');
    await userEvent.keyboard('{ArrowRight}');
    expect(dialog('LGVI')).toHaveTextContent('3 of 3 in the table');
    await userEvent.keyboard('{ArrowRight}');
    expect(useAppStore.getState().modelId).toBe('lgvi');
    await userEvent.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(useAppStore.getState().modelId).toBe('lgvi');
    await userEvent.keyboard('{ArrowLeft}');
    expect(dialog('Lumiere')).toBeInTheDocument();
  });

  it('follows a change of sort made while it is open', async () => {
    useAppStore.getState().toggleFacetValue('year', '2024');
    render(<Page />);
    open('lgvi');
    // Unsorted, the paper's order: LGVI, Lumiere, Sora.
    expect(dialog('LGVI')).toHaveTextContent('1 of 3 in the table');
    act(() => useAppStore.getState().setSorting([{ id: 'name', desc: true }]));
    expect(dialog('LGVI')).toHaveTextContent('3 of 3 in the table');
    await userEvent.keyboard('{ArrowLeft}');
    expect(dialog('Lumiere')).toBeInTheDocument();
  });

  it('has no place for a model the filters hide, and its buttons then do nothing', async () => {
    useAppStore.getState().toggleFacetValue('year', '2022');
    render(<Page />);
    open('sora');
    const sora = dialog('Sora');
    expect(sora).toHaveTextContent('Not among the rows in view');
    expect(step(sora, 'Previous')).toHaveAttribute('aria-disabled', 'true');
    expect(step(sora, 'Next')).toHaveAttribute('aria-disabled', 'true');
    await userEvent.keyboard('{ArrowRight}');
    expect(useAppStore.getState().modelId).toBe('sora');
  });

  it('gives focus back to what had it when Close is pressed', async () => {
    render(<Page />);
    const opener = screen.getByRole('button', { name: 'Elsewhere' });
    opener.focus();
    open('sora');
    await userEvent.click(within(dialog('Sora')).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useAppStore.getState().modelId).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('after stepping, gives focus to the row of the last model shown', async () => {
    show2024ByNameDescending();
    render(<Page />);
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    open('sora');
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.click(within(dialog('Lumiere')).getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('row', { name: /^Lumiere/ })).toHaveFocus();
  });

  it('closes when the native dialog closes (Escape), and focus goes back', async () => {
    render(<Page />);
    const row = screen.getByRole('row', { name: /^Sora/ });
    row.focus();
    await userEvent.keyboard('{Enter}');
    const sora = dialog('Sora');
    // What a browser does on Escape in a modal dialog: it closes it, firing `close`.
    act(() => (sora as HTMLDialogElement).close());
    expect(useAppStore.getState().modelId).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(row).toHaveFocus();
  });

  it("opened by a link (nothing had focus), gives focus to the model's row on closing", async () => {
    render(<Page />);
    (document.activeElement as HTMLElement | null)?.blur();
    open('imagen-video');
    await userEvent.click(within(dialog('Imagen Video')).getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('row', { name: /^Imagen Video/ })).toHaveFocus();
  });
});
