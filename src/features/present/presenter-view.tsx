import { useEffect, useState } from 'react';
import type { Model } from '../../data/schema';
import type { Slide } from '../../lib/slides';
import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';
import { speakerNotes } from './notes';
import { MAX_POINTS } from './slide-content';
import { SlideFrame } from './slide-frame';
import './presenter-view.css';

const clockTime = (ms: number) => {
  const seconds = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
};

/** The elapsed time of the talk, which the speaker can pause and reset. */
function useTimer() {
  const [now, setNow] = useState(() => Date.now());
  const [started, setStarted] = useState(() => Date.now());
  const [pausedAt, setPausedAt] = useState<number | null>(null);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const elapsed = (pausedAt ?? now) - started;
  return {
    now,
    elapsed,
    paused: pausedAt !== null,
    toggle: () => {
      if (pausedAt === null) setPausedAt(Date.now());
      else {
        setStarted((s) => s + (Date.now() - pausedAt));
        setPausedAt(null);
      }
    },
    reset: () => {
      setStarted(Date.now());
      setPausedAt(pausedAt === null ? null : Date.now());
    },
  };
}

/** The speaker's window: the slide now, the next one, the notes, the timer, the clock. */
export function PresenterView({
  slides,
  index,
  rows,
  counter,
}: {
  slides: readonly Slide[];
  index: number;
  rows: readonly Model[];
  counter: string;
}) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const timer = useTimer();
  const next = slides[index + 1];
  const notes = speakerNotes(slides[index]!, rows, locale, t, MAX_POINTS);
  return (
    <div className="presenter">
      <section className="presenter__now" aria-label={t('present.now')}>
        <h2 className="presenter__label">
          {t('present.now')} · {counter}
        </h2>
        <SlideFrame slide={slides[index]!} rows={rows} />
      </section>
      <div className="presenter__side">
        <section aria-label={t('present.nextSlide')}>
          <h2 className="presenter__label">{t('present.nextSlide')}</h2>
          {next ? (
            <SlideFrame slide={next} rows={rows} />
          ) : (
            <p className="presenter__end">{t('present.end')}</p>
          )}
        </section>
        <div className="presenter__time">
          <span>
            {t('present.elapsed')}{' '}
            <strong className="presenter__elapsed">{clockTime(timer.elapsed)}</strong>
          </span>
          <button type="button" className="button button--small" onClick={timer.toggle}>
            {t(timer.paused ? 'present.resume' : 'present.pause')}
          </button>
          <button type="button" className="button button--small" onClick={timer.reset}>
            {t('present.reset')}
          </button>
          <span>
            {t('present.clock')}{' '}
            <strong>
              {new Date(timer.now).toLocaleTimeString(locale === 'zh' ? 'zh-CN' : 'en-GB', {
                hour: '2-digit',
                minute: '2-digit',
              })}
            </strong>
          </span>
        </div>
        <section className="presenter__notes" aria-label={t('present.notes')}>
          <h2 className="presenter__label">{t('present.notes')}</h2>
          {notes.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      </div>
    </div>
  );
}
