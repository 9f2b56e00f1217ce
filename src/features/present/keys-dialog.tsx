import { useRef } from 'react';
import { KeyTable } from '../../components/key-table';
import { ModalDialog } from '../../components/modal-dialog';
import { PRESENTATION_KEYS } from '../../data/keys';
import { useT } from '../../store/use-t';
import './keys-dialog.css';

/** Every key of the presentation, the same list in both languages. */
export function KeysDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const dialog = useRef<{ close: () => void }>(null);
  return (
    <ModalDialog ref={dialog} className="keys-dialog" labelledBy="keys-title" onClose={onClose}>
      <h2 id="keys-title">{t('present.keysTitle')}</h2>
      <KeyTable bindings={PRESENTATION_KEYS} />
      <button type="button" className="button" onClick={() => dialog.current?.close()}>
        {t('present.close')}
      </button>
    </ModalDialog>
  );
}
