import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useT } from '../store/use-t';
import { copyText, type CopyResult } from '../lib/clipboard';
import './copy-button.css';

type Status = 'idle' | 'copied' | 'failed';
const statusOf = (result: CopyResult): Status => (result.copied ? 'copied' : 'failed');

type CopyButtonProps = {
  text: string;
  /** A copy already asked for, by the click that showed this button: its outcome is told too. */
  started?: Promise<CopyResult>;
  className?: string;
  children: ReactNode;
} & (
  | {
      /** Where the text is shown: selected when the clipboard refuses, so Ctrl+C copies it. */
      target: RefObject<HTMLElement | null>;
      fallbackLabel?: never;
    }
  | {
      target?: never;
      /** Without a target, the text appears in a field of its own on failure, named so. */
      fallbackLabel: string;
    }
);

/** Copies text and says in a polite live region whether it did; a failure is never silent. */
export function CopyButton({
  text,
  target,
  fallbackLabel,
  started,
  className = 'button',
  children,
}: CopyButtonProps) {
  const t = useT();
  const [status, setStatus] = useState<Status>('idle');
  const ownField = useRef<HTMLTextAreaElement>(null);
  const copy = async () => {
    // Cleared first, so a second copy with the same outcome is announced again.
    setStatus('idle');
    setStatus(statusOf(await copyText(text)));
  };

  useEffect(() => {
    void started?.then((result) => setStatus(statusOf(result)));
  }, [started]);
  // After the failure is drawn: the field of its own exists only from then on.
  useEffect(() => {
    if (status === 'failed') selectContents((target ?? ownField).current);
  }, [status, target]);

  return (
    <>
      <button type="button" className={className} onClick={() => void copy()}>
        {children}
      </button>
      <span role="status" className={`copy-status copy-status--${status}`}>
        {status === 'copied' && t('cite.copied')}
        {status === 'failed' && t('cite.copyFailed')}
      </span>
      {!target && status === 'failed' && (
        <textarea
          ref={ownField}
          className="copy-fallback"
          aria-label={fallbackLabel}
          readOnly
          spellCheck={false}
          value={text}
        />
      )}
    </>
  );
}

function selectContents(element: HTMLElement | null) {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    element.focus();
    element.select();
  } else if (element) {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
}
