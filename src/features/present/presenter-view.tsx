import type { Model } from '../../data/schema';
import { comingNext } from '../../lib/deck-steps';
import type { Slide } from '../../lib/slides';
import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';
import { speakerNotes } from './notes';
import { PresenterTimer } from './presenter-timer';
import { SlideFrame } from './slide-frame';
import { slidePoints } from './slide-points';
import type { useDeckMoves } from './use-deck-moves';
import './presenter-view.css';

/**
 * The speaker's window: the slide now (as the audience sees it), what comes next (the next point
 * or the next slide), the notes, and the time. Its keys drive the audience's screen too.
 */
export function PresenterView({
  slides,
  rows,
  counter,
  moves,
}: {
  slides: readonly Slide[];
  rows: readonly Model[];
  counter: string;
  moves: ReturnType<typeof useDeckMoves>;
}) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const black = useAppStore((s) => s.black);
  const { index, shown } = moves;
  const slide = slides[index]!;
  const next = comingNext({ index, step: shown }, slides.length, moves.pointsOf, moves.build);
  const notes = speakerNotes(slide, rows, locale, t);
  return (
    <div className="presenter">
      <section className="presenter__now" aria-label={t('present.now')}>
        <h2 className="presenter__label">
          {t('present.now')} · {counter}
          {black && <span className="presenter__black"> · {t('present.blackout')}</span>}
        </h2>
        <SlideFrame slide={slide} rows={rows} shown={shown} />
      </section>
      <section className="presenter__next" aria-label={t('present.nextSlide')}>
        {next.kind === 'point' ? (
          <>
            <h2 className="presenter__label">{t('present.nextPoint')}</h2>
            <p className="presenter__next-point">{slidePoints(slide, locale)[next.point]}</p>
          </>
        ) : next.kind === 'slide' ? (
          <>
            <h2 className="presenter__label">{t('present.nextSlide')}</h2>
            <SlideFrame slide={slides[next.index]!} rows={rows} shown={0} />
          </>
        ) : (
          <p className="presenter__end">{t('present.end')}</p>
        )}
      </section>
      <PresenterTimer />
      {/* Focusable: the notes scroll, and the keyboard must be able to scroll them too. */}
      <section
        className="presenter__notes"
        aria-label={t('present.notes')}
        tabIndex={0}
        data-scrolls
      >
        <h2 className="presenter__label">{t('present.notes')}</h2>
        {notes.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </section>
    </div>
  );
}
