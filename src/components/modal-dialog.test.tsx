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

  it('calls onClose when the browser closes it (Escape)', async () => {
    const onClose = vi.fn();
    const dialog = await open({ onClose });
    // A browser closes a modal dialog on Escape by itself, firing `close`.
    act(() => dialog.close());
    expect(onClose).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus();
  });

  it('gives focus where returnFocus says', async () => {
    const elsewhere = () => screen.getByRole('button', { name: 'Somewhere else' });
    const returnFocus = vi.fn(() => elsewhere());
    await open({ returnFocus });
    await userEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(returnFocus).toHaveBeenCalledWith(screen.getByRole('button', { name: 'Open' }));
    expect(elsewhere()).toHaveFocus();
  });

  it('closes on a click on the backdrop where allowed, not on one inside its box', async () => {
    const onClose = vi.fn();
    const dialog = await open({ onClose, dismissOnBackdrop: true });
    vi.spyOn(dialog, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: 100, y: 100, width: 400, height: 300 }),
    );
    // The dialog's own padding: the target is the dialog, but the point is inside its box.
    fireEvent.click(dialog, { clientX: 150, clientY: 150 });
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'First' }));
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(dialog, { clientX: 20, clientY: 20 });
    expect(onClose).toHaveBeenCalledOnce();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('stays open on a click on the backdrop unless allowed', async () => {
    const onClose = vi.fn();
    const dialog = await open({ onClose });
    vi.spyOn(dialog, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: 100, y: 100, width: 400, height: 300 }),
    );
    fireEvent.click(dialog, { clientX: 20, clientY: 20 });
    expect(onClose).not.toHaveBeenCalled();
    expect(dialog.open).toBe(true);
  });
});
