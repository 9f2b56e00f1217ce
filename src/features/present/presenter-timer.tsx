import { useEffect, useId, useState } from 'react';
import { useT } from '../../store/use-t';
import { useAppStore } from '../../store/store';

const clockTime = (ms: number) => {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
};

/** The talk's default length, in minutes: a seminar slot. */
export const DEFAULT_TALK_MINUTES = 10;

/** The elapsed time of the talk, which the speaker can pause and reset. */
function useTimer() {
  const [now, setNow] = useState(() => Date.now());
  const [started, setStarted] = useState(() => Date.now());
  const [pausedAt, setPausedAt] = useState<number | null>(null);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return {
    now,
    elapsed: (pausedAt ?? now) - started,
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

/**
 * How the time goes: a countdown for the talk's length (amber in its last fifth or two minutes,
 * red in its last minute and over), the time elapsed, the clock; pause and reset.
 */
export function PresenterTimer() {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const timer = useTimer();
  const [minutes, setMinutes] = useState(DEFAULT_TALK_MINUTES);
  const id = useId();
  const length = minutes * 60_000;
  const left = length - timer.elapsed;
  const stage = left <= 60_000 ? 'red' : left <= Math.max(length / 5, 120_000) ? 'amber' : 'ok';
  return (
    <div className="presenter__time">
      <p className={`presenter__countdown presenter__countdown--${stage}`}>
        <span>{t(left < 0 ? 'present.overtime' : 'present.remaining')}</span>{' '}
        <strong>{clockTime(left)}</strong>
      </p>
      <p>
        {t('present.elapsed')}{' '}
        <strong className="presenter__elapsed">{clockTime(timer.elapsed)}</strong>
      </p>
      <p>
        <label htmlFor={id}>{t('present.talkLength')}</label>{' '}
        <input
          id={id}
          type="number"
          min={1}
          max={240}
          // Not held to the state: the speaker may clear the box and type a new length.
          defaultValue={minutes}
          onChange={(e) => {
            const n = Math.round(Number(e.target.value));
            if (n >= 1 && n <= 240) setMinutes(n);
          }}
          className="presenter__minutes"
        />{' '}
        {t('present.minutes')}
      </p>
      <p className="presenter__timer-buttons">
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
      </p>
    </div>
  );
}
