import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ModalDialog } from './modal-dialog';

interface Options {
  onClose?: () => void;
  dismissOnBackdrop?: boolean;
  returnFocus?: (opener: HTMLElement | null) => HTMLElement | null;
}

/** A page with a button that opens the dialog; the dialog closes itself through its ref. */
function Page({ onClose, dismissOnBackdrop, returnFocus }: Options) {
  const [open, setOpen] = useState(false);
  const dialog = useRef<{ close: () => void }>(null);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <button type="button">Somewhere else</button>
      {open && (
        <ModalDialog
          ref={dialog}
          className="test-dialog"
          labelledBy="test-title"
          dismissOnBackdrop={dismissOnBackdrop}
          returnFocus={returnFocus}
          onClose={() => {
            onClose?.();
            setOpen(false);
          }}
        >
          <h2 id="test-title">Settings</h2>
          <button type="button">First</button>
          <button type="button" data-autofocus>
            Preferred
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Done
          </button>
        </ModalDialog>
      )}
    </>
  );
}

async function open(options: Options = {}) {
  render(<Page {...options} />);
  await userEvent.click(screen.getByRole('button', { name: 'Open' }));
  return screen.getByRole('dialog', { name: 'Settings' }) as HTMLDialogElement;
}

describe('a modal dialog', () => {
  it('opens as a modal named by its heading, focus on the element marked data-autofocus', async () => {
    const dialog = await open();
    expect(dialog.open).toBe(true);
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByRole('button', { name: 'Preferred' })).toHaveFocus();
  });

  it('closes from a button inside, calls onClose, and gives focus back to its opener', async () => {
    const onClose = vi.fn();
    await open({ onClose });
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });

  it('closes on Escape, calls onClose, and gives focus back to its opener', async () => {
    const onClose = vi.fn();
    await open({ onClose });
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });

  it('calls onClose when the browser closes it', async () => {
    const onClose = vi.fn();
    const dialog = await open({ onClose });
    act(() => dialog.close());
    expect(onClose).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps Tab inside: from the last control to the first, and back with Shift+Tab', async () => {
    await open();
    expect(screen.getByRole('button', { name: 'Preferred' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Done' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'First' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Done' })).toHaveFocus();
  });

  it('brings focus that lands on the page back inside', async () => {
    await open();
    act(() => screen.getByRole('button', { name: 'Somewhere else', hidden: true }).focus());
    expect(screen.getByRole('button', { name: 'Preferred' })).toHaveFocus();
  });

  it('hides the app from assistive technology while open, and shows it again after', async () => {
    const app = document.body.appendChild(
      Object.assign(document.createElement('div'), { id: 'root' }),
    );
    render(<Page />, { container: app });
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(app).toHaveAttribute('aria-hidden', 'true');
    // The dialog is beside the app, not in it, so it stays in the accessibility tree.
    expect(screen.getByRole('dialog', { name: 'Settings' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Open' })).toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(app).not.toHaveAttribute('aria-hidden');
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
    app.remove();
  });

  it('gives focus where returnFocus says', async () => {
    const elsewhere = () => screen.getByRole('button', { name: 'Somewhere else' });
    const returnFocus = vi.fn(() => elsewhere());
    await open({ returnFocus });
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(returnFocus).toHaveBeenCalledWith(screen.getByRole('button', { name: 'Open' }));
    expect(elsewhere()).toHaveFocus();
  });

  it('closes on a click on the backdrop where allowed, not on one inside', async () => {
    const onClose = vi.fn();
    await open({ onClose, dismissOnBackdrop: true });
    await userEvent.click(screen.getByRole('button', { name: 'First' }));
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(document.querySelector('.modal-backdrop')!);
    expect(onClose).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('stays open on a click on the backdrop unless allowed', async () => {
    const onClose = vi.fn();
    const dialog = await open({ onClose });
    fireEvent.click(document.querySelector('.modal-backdrop')!);
    expect(onClose).not.toHaveBeenCalled();
    expect(dialog.open).toBe(true);
  });
});
