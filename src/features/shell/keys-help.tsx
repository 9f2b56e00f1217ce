import { useEffect, useRef, useState } from 'react';
import { KeyTable } from '../../components/key-table';
import { ModalDialog } from '../../components/modal-dialog';
import { EXPLORER_KEYS } from '../../data/keys';
import { useT } from '../../store/use-t';
import { isPageShortcut } from '../../lib/page-shortcut';
import './shell.css';

/**
 * `?` anywhere in the explorer lists its keys. Not mounted while presenting: the deck's `?` lists
 * the deck's own keys. Closing gives focus back where it was (the native modal does).
 */
export function KeysHelp() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isPageShortcut(e, '?')) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return open ? <KeysHelpDialog onClose={() => setOpen(false)} /> : null;
}

function KeysHelpDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const dialog = useRef<{ close: () => void }>(null);
  return (
    <ModalDialog ref={dialog} className="keys-help" labelledBy="keys-help-title" onClose={onClose}>
      <div className="model-dialog__head">
        <h2 id="keys-help-title">{t('keys.title')}</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t('keys.close')}
        </button>
      </div>
      {EXPLORER_KEYS.map((group) => (
        <KeyTable key={group.title} caption={t(group.title)} bindings={group.bindings} />
      ))}
    </ModalDialog>
  );
}
