import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CopyResult } from '../../lib/clipboard';
import { copyText } from '../../lib/clipboard';
import { surveyBibtex } from '../../lib/bibtex';
import { useT } from '../../store/use-t';
// In the page's script (half a kilobyte): a chunk of its own also split the modules it shares
// with the page (React among them) into extra requests before the first paint.
import { CiteDialog } from './cite-dialog';

/**
 * The header's Cite: copies the survey's BibTeX and shows it; focus comes back here after. The
 * copy starts in the click itself, as some browsers allow the clipboard only there.
 */
export function CiteButton() {
  const t = useT();
  const [copying, setCopying] = useState<Promise<CopyResult> | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button cite-button"
        aria-haspopup="dialog"
        onClick={() => setCopying(copyText(surveyBibtex()))}
      >
        <span aria-hidden="true" className="cite-button__icon">
          ❝
        </span>{' '}
        {t('cite.button')}
      </button>
      {/* In the body, not the header: the banner's row layout and its styles stay out of it. */}
      {copying &&
        createPortal(
          <CiteDialog
            copying={copying}
            onClose={() => {
              setCopying(null);
              button.current?.focus();
            }}
          />,
          document.body,
        )}
    </>
  );
}
