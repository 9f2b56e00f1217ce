import { forwardRef, useEffect, useImperativeHandle, useRef, type ReactNode } from 'react';
import './dialog.css';

/**
 * A native modal `<dialog>` that opens as it mounts (focus trapped, Escape closes, the page
 * behind inert) and reports its closing; its body holds the content. The parent unmounts it in
 * `onClose`. The ref closes it from a button inside.
 */
export const ModalDialog = forwardRef<
  { close: () => void },
  { className: string; labelledBy: string; onClose: () => void; children: ReactNode }
>(function ModalDialog({ className, labelledBy, onClose, children }, ref) {
  const dialog = useRef<HTMLDialogElement>(null);
  useImperativeHandle(ref, () => ({ close: () => dialog.current?.close() }), []);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={`model-dialog ${className}`}
      aria-labelledby={labelledBy}
      onClose={onClose}
    >
      <div className="model-dialog__body">{children}</div>
    </dialog>
  );
});
