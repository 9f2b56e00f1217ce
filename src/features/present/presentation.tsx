import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { buildSlides } from '../../lib/slides';
import { useT } from '../../store/use-t';
import { useChartData, useDerived } from '../../store/derived';
import { useAppStore } from '../../store/store';
import { DeckControls } from './deck-controls';
import { KeysDialog } from './keys-dialog';
import { Overview } from './overview';
import { PresenterView } from './presenter-view';
import { PrintDeck } from './print-deck';
import { SlideContent } from './slide-content';
import { Stage } from './stage';
import { useDeckKeys } from './use-deck-keys';
import { useDeckMoves } from './use-deck-moves';
import { useIdle } from './use-idle';
import { usePeerWindow } from './use-peer-window';
import './present.css';

// The optional full table: rows per slide that fit 1280x720 at 24px and up.
const ROWS_PER_SLIDE = 7;

/** The deck: full screen where allowed, one 16:9 slide at a time, driven by keys or a clicker. */
export function Presentation() {
  const t = useT();
  const stop = useAppStore((s) => s.stopPresentation);
  const presenter = useAppStore((s) => s.presenter);
  const black = useAppStore((s) => s.black);
  const { rows } = useDerived();
  const root = useRef<HTMLElement>(null);

  const deck = useAppStore((s) => s.deck);
  const cross = useAppStore((s) => s.cross);
  const slides = useMemo(
    () => buildSlides(deck, rows.length, ROWS_PER_SLIDE, cross),
    [deck, rows.length, cross],
  );
  const moves = useDeckMoves(slides);
  const { index, shown } = moves;
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

  const peer = usePeerWindow();
  const [keysOpen, setKeysOpen] = useState(false);
  const [overview, setOverview] = useState(false);
  const [blocked, setBlocked] = useState(false);
  // Drawn anew on each slide and on Escape: whatever pointing opened in it (a chart's values) goes.
  const [fresh, setFresh] = useState(0);
  const closeOnSlide = () => {
    const slideBox = root.current?.querySelector('.presentation__slide');
    const open =
      !!slideBox?.contains(document.activeElement) ||
      [...(slideBox?.querySelectorAll<HTMLElement>('.recharts-tooltip-wrapper') ?? [])].some(
        (w) => getComputedStyle(w).visibility === 'visible',
      );
    if (open) {
      setFresh((n) => n + 1);
      root.current?.focus();
    }
    return open;
  };
  const { typed } = useDeckKeys({
    moves,
    count: slides.length,
    paused: overview,
    openOverview: () => setOverview(true),
    openKeys: () => setKeysOpen(true),
    openPresenter: () => setBlocked(!peer.open()),
    closeOnSlide,
  });
  const idle = useIdle();

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
  const [pptxError, setPptxError] = useState(false);
  const charts = useChartData();
  const locale = useAppStore((s) => s.locale);
  const filters = useAppStore((s) => s.filters);
  const savePowerPoint = () => {
    setPptxError(false);
    void import('./save-pptx')
      .then(({ savePptx }) => savePptx({ slides, rows, charts, locale, filters, t }))
      .catch(() => setPptxError(true));
  };

  const counter = t('present.counter', { n: index + 1, total: slides.length });
  return (
    <main
      ref={root}
      className={`presentation${presenter ? ' presentation--presenter' : ''}`}
      data-idle={idle && !presenter ? 'true' : undefined}
      aria-label={t(presenter ? 'present.presenterLabel' : 'present.label')}
      tabIndex={-1}
    >
      <h1 className="sr-only">
        {t(presenter ? 'present.presenterLabel' : 'present.label')}: {t('app.title')}
      </h1>
      {presenter ? (
        <PresenterView slides={slides} rows={rows} counter={counter} moves={moves} />
      ) : (
        <Stage className="presentation__stage">
          <section
            key={`${index}-${fresh}`}
            className="presentation__slide"
            aria-roledescription={t('present.slide')}
            aria-label={counter}
          >
            <SlideContent slide={slide} rows={rows} shown={shown} />
          </section>
        </Stage>
      )}
      {black && !presenter && (
        <div className="presentation__black" role="status">
          <span className="sr-only">{t('present.blackout')}</span>
        </div>
      )}
      {pptxError && (
        <p role="alert" className="presentation__alert presentation__alert--floating">
          {t('present.pptxFailed')}
        </p>
      )}
      <DeckControls
        index={index}
        count={slides.length}
        counter={counter}
        presenter={presenter}
        typed={typed}
        blocked={blocked}
        onPresenter={() => setBlocked(!peer.open())}
        onKeys={() => setKeysOpen(true)}
        onPdf={() => setPrinting('asked')}
        onPowerPoint={savePowerPoint}
        onPrevious={moves.back}
        onNext={moves.forward}
        onExit={stop}
      />
      {keysOpen && <KeysDialog onClose={() => setKeysOpen(false)} />}
      {overview && (
        <Overview
          slides={slides}
          rows={rows}
          current={index}
          onPick={(n) => {
            setOverview(false);
            moves.goTo(n);
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
