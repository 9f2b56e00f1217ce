import { useRef } from 'react';
import { CopyButton } from '../../components/copy-button';
import { ModalDialog } from '../../components/modal-dialog';
import { useT } from '../../store/use-t';
import { surveyBibtex } from '../../lib/bibtex';
import type { CopyResult } from '../../lib/clipboard';
import './cite.css';

/** The survey's BibTeX: the copy the Cite click started is told here, and Copy copies again. */
export function CiteDialog({
  copying,
  onClose,
}: {
  copying: Promise<CopyResult>;
  onClose: () => void;
}) {
  const t = useT();
  const dialog = useRef<{ close: () => void }>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const bibtex = surveyBibtex();
  return (
    <ModalDialog ref={dialog} className="cite-dialog" labelledBy="cite-title" onClose={onClose}>
      {/* Close at the top, as in a model's detail; the copy's outcome then has the row below. */}
      <div className="model-dialog__head">
        <h2 id="cite-title">{t('cite.title')}</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t('cite.close')}
        </button>
      </div>
      <p className="cite-dialog__intro">{t('cite.intro')}</p>
      <label htmlFor="cite-bibtex" className="cite-dialog__label">
        {t('cite.bibtex')}
      </label>
      <textarea
        id="cite-bibtex"
        ref={field}
        className="cite-dialog__bibtex"
        readOnly
        spellCheck={false}
        rows={9}
        value={bibtex}
      />
      <div className="cite-dialog__actions">
        <CopyButton
          text={bibtex}
          target={field}
          started={copying}
          className="button button--primary"
        >
          {t('cite.copy')}
        </CopyButton>
      </div>
    </ModalDialog>
  );
}
