import { useRef } from 'react';
import { ModalDialog } from '../../components/modal-dialog';
import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/en';

const KEYS: [string, MessageKey][] = [
  ['→ PageDown Space', 'present.key.next'],
  ['← PageUp Shift+Space', 'present.key.previous'],
  ['Home End', 'present.key.firstLast'],
  ['1 2 … Enter', 'present.key.goTo'],
  ['O', 'present.key.overview'],
  ['S', 'present.key.presenter'],
  ['B .', 'present.key.black'],
  ['?', 'present.key.help'],
  ['Esc', 'present.key.exit'],
];

/** Every key of the presentation, the same list in both languages. */
export function KeysDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const dialog = useRef<{ close: () => void }>(null);
  return (
    <ModalDialog ref={dialog} className="keys-dialog" labelledBy="keys-title" onClose={onClose}>
      <h2 id="keys-title">{t('present.keysTitle')}</h2>
      <table>
        <tbody>
          {KEYS.map(([keys, what]) => (
            <tr key={what}>
              <th scope="row">
                {keys.split(' ').map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </th>
              <td>{t(what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" onClick={() => dialog.current?.close()}>
        {t('present.close')}
      </button>
    </ModalDialog>
  );
}
