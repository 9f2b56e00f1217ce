import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { buildSlides } from '../../lib/slides';
import { useT } from '../../store/use-t';
import { useDerived } from '../../store/derived';
import { useAppStore } from '../../store/store';
import { KeysDialog } from './keys-dialog';
import { PresenterView } from './presenter-view';
import { PrintDeck } from './print-deck';
import { Overview } from './overview';
import { SlideContent } from './slide-content';
import { usePeerWindow } from './use-peer-window';
import './present.css';

// The optional full table: rows per slide that fit 1280x720 at 24px and up.
const ROWS_PER_SLIDE = 7;

const STEP: Record<string, number> = {
  ArrowRight: 1,
  PageDown: 1,
  ' ': 1,
  ArrowLeft: -1,
  PageUp: -1,
};

/** The deck: full screen where allowed, one slide at a time, driven by keys or a clicker. */
export function Presentation() {
  const t = useT();
  const slideNumber = useAppStore((s) => s.slide);
  const goToSlide = useAppStore((s) => s.goToSlide);
  const stop = useAppStore((s) => s.stopPresentation);
  const { rows } = useDerived();
  const root = useRef<HTMLElement>(null);

  const deck = useAppStore((s) => s.deck);
  const slides = useMemo(() => buildSlides(deck, rows.length, ROWS_PER_SLIDE), [deck, rows.length]);

  const index = Math.min(Math.max(slideNumber, 1), slides.length) - 1;
  const slide = slides[index]!;

  // In: focus the deck so keys and clickers drive it. Out: back to the Present button.
  useEffect(() => {
    root.current?.focus();
    return () => {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('[data-present-button]')?.focus(),
      );
    };
  }, []);

  const presenter = useAppStore((s) => s.presenter);
  const peer = usePeerWindow(index + 1, goToSlide);
  const [black, setBlack] = useState(false);
  const [typed, setTyped] = useState('');
  const [keysOpen, setKeysOpen] = useState(false);
  const [overview, setOverview] = useState(false);
  const [blocked, setBlocked] = useState(false);
  // 'asked': the button was pressed, print once the deck is drawn; 'browser': Ctrl+P is printing.
  const [printing, setPrinting] = useState<'asked' | 'browser' | null>(null);
  const printWhenReady = useCallback(() => {
    window.print();
    setPrinting(null);
  }, []);

  // The browser's own Print (Ctrl+P) gets every slide too: rendered before it lays the pages out.
  useEffect(() => {
    const before = () => flushSync(() => setPrinting((p) => p ?? 'browser'));
    const after = () => setPrinting((p) => (p === 'browser' ? null : p));
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (document.querySelector('dialog[open]') || overview) return;
      // Space and Enter on a button or link are that control's own (Previous, Exit, a model link).
      if ((e.key === ' ' || e.key === 'Enter') && (e.target as Element).closest?.('button, a'))
        return;
      const go = (n: number) => {
        e.preventDefault();
        setTyped('');
        goToSlide(Math.min(Math.max(n, 1), slides.length));
      };
      // Go to a slide: its number, then Enter (as in PowerPoint and reveal.js).
      if (/^[0-9]$/.test(e.key)) {
        setTyped((t) => (t + e.key).slice(-3));
        return;
      }
      if (e.key === 'Enter' && typed) return go(Number(typed));
      if (e.key === 'Backspace' && typed) return setTyped((t) => t.slice(0, -1));
      const step = STEP[e.key];
      if (step !== undefined) return go(index + 1 + (e.key === ' ' && e.shiftKey ? -1 : step));
      if (e.key === 'Home') return go(1);
      if (e.key === 'End') return go(slides.length);
      const key = e.key.toLowerCase();
      if (key === 'b' || e.key === '.') {
        e.preventDefault();
        setBlack((b) => !b);
      } else if (key === 'o' && !presenter) {
        e.preventDefault();
        setOverview(true);
      } else if (e.key === '?') {
        e.preventDefault();
        setKeysOpen(true);
      } else if (key === 's' && !presenter) {
        e.preventDefault();
        setBlocked(!peer.open());
      } else if (e.key === 'Escape') {
        e.preventDefault();
        if (typed) setTyped('');
        else if (black) setBlack(false);
        else if (!presenter) stop();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, slides.length, goToSlide, stop, typed, black, presenter, peer, overview]);

  // Leaving full screen (the browser's own Escape) leaves the presentation too.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && !useAppStore.getState().presenter) stop();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, [stop]);

  const counter = t('present.counter', { n: index + 1, total: slides.length });
  return (
    <main
      ref={root}
      className={`presentation${presenter ? ' presentation--presenter' : ''}`}
      aria-label={t(presenter ? 'present.presenterLabel' : 'present.label')}
      tabIndex={-1}
    >
      <h1 className="sr-only">
        {t(presenter ? 'present.presenterLabel' : 'present.label')}: {t('app.title')}
      </h1>
      {presenter ? (
        <PresenterView slides={slides} index={index} rows={rows} counter={counter} />
      ) : (
        <section
          className="presentation__slide"
          aria-roledescription={t('present.slide')}
          aria-label={counter}
        >
          <SlideContent slide={slide} rows={rows} />
        </section>
      )}
      {black && !presenter && (
        <div className="presentation__black" role="status">
          <span className="sr-only">{t('present.blackout')}</span>
        </div>
      )}
      <div className="presentation__bar">
        <div className="presentation__progress" aria-hidden="true">
          <span style={{ width: `${((index + 1) / slides.length) * 100}%` }} />
        </div>
        <div className="presentation__controls">
          {blocked && (
            <p role="alert" className="presentation__alert">
              {t('present.popupBlocked')}
            </p>
          )}
          {typed && (
            <span className="presentation__goto" aria-live="polite">
              {t('present.goTo', { n: typed })}
            </span>
          )}
          {!presenter && (
            <button type="button" className="button" onClick={() => setBlocked(!peer.open())}>
              {t('present.openPresenter')}
            </button>
          )}
          <button type="button" className="button" onClick={() => setKeysOpen(true)}>
            {t('present.keys')}
          </button>
          {!presenter && (
            <button type="button" className="button" onClick={() => setPrinting('asked')}>
              {t('present.savePdf')}
            </button>
          )}
          <button
            type="button"
            className="button"
            onClick={() => index > 0 && goToSlide(index)}
            // aria-disabled, not disabled: the focused button keeps focus at either end.
            aria-disabled={index === 0}
          >
            {t('present.previous')}
          </button>
          <span className="presentation__counter" aria-live="polite">
            {counter}
          </span>
          <button
            type="button"
            className="button"
            onClick={() => index < slides.length - 1 && goToSlide(index + 2)}
            aria-disabled={index === slides.length - 1}
          >
            {t('present.next')}
          </button>
          {!presenter && (
            <button type="button" className="button" onClick={stop}>
              {t('present.exit')}
            </button>
          )}
        </div>
      </div>
      {keysOpen && <KeysDialog onClose={() => setKeysOpen(false)} />}
      {overview && (
        <Overview
          slides={slides}
          rows={rows}
          current={index}
          onPick={(n) => {
            setOverview(false);
            goToSlide(n);
            root.current?.focus();
          }}
          onClose={() => {
            setOverview(false);
            root.current?.focus();
          }}
        />
      )}
      {printing && !presenter && (
        <PrintDeck
          slides={slides}
          rows={rows}
          onReady={printing === 'asked' ? printWhenReady : undefined}
        />
      )}
    </main>
  );
}
