import {
  forwardRef,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  type MouseEvent,
  type ReactNode,
} from 'react';
import './dialog.css';

interface Props {
  className: string;
  labelledBy: string;
  /** Escape, a click on the backdrop (where allowed), or `close()`: the parent unmounts it then. */
  onClose: () => void;
  /** A click beside the dialog closes it (it reaches nothing behind: the page is inert). */
  dismissOnBackdrop?: boolean;
  /**
   * Where focus goes once it has closed, given the element that had it before it opened; by
   * default that element. Runs when the dialog unmounts, so the page has drawn what it shows.
   */
  returnFocus?: (opener: HTMLElement | null) => HTMLElement | null | undefined;
  children: ReactNode;
}

/**
 * Every dialog of the explorer: a native `<dialog>` opened with showModal() as it mounts (focus
 * moves in, or to the element marked `data-autofocus`, and stays; Escape closes; the page behind is
 * inert and tells assistive technology so). The ref closes it from a button inside.
 */
export const ModalDialog = forwardRef<{ close: () => void }, Props>(function ModalDialog(
  { className, labelledBy, onClose, dismissOnBackdrop, returnFocus, children },
  ref,
) {
  const dialog = useRef<HTMLDialogElement>(null);
  const closing = useRef({ onClose, returnFocus });
  useLayoutEffect(() => {
    closing.current = { onClose, returnFocus };
  });
  useImperativeHandle(ref, () => ({ close: () => dialog.current?.close() }), []);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const active = document.activeElement;
    // An HTML control or an SVG mark (the timeline's): anything that had focus (not the page).
    const opener =
      (active instanceof HTMLElement || active instanceof SVGElement) && active !== document.body
        ? (active as HTMLElement)
        : null;
    element.showModal();
    // showModal focuses the first focusable element; a dialog may name a better one.
    element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (element.open) element.close();
      const back = closing.current.returnFocus
        ? closing.current.returnFocus(opener)
        : opener?.isConnected
          ? opener
          : null;
      back?.focus();
    };
  }, []);
  const onClick = (e: MouseEvent<HTMLDialogElement>) => {
    // The backdrop's clicks land on the dialog element itself, outside its box.
    if (!dismissOnBackdrop || e.target !== dialog.current) return;
    const box = dialog.current.getBoundingClientRect();
    const inside =
      e.clientX >= box.left &&
      e.clientX <= box.right &&
      e.clientY >= box.top &&
      e.clientY <= box.bottom;
    if (!inside) dialog.current.close();
  };
  return (
    <dialog
      ref={dialog}
      className={`model-dialog ${className}`}
      aria-labelledby={labelledBy}
      aria-modal="true"
      onClose={() => closing.current.onClose()}
      onClick={onClick}
    >
      <div className="model-dialog__body">{children}</div>
    </dialog>
  );
});
