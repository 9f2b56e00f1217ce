import { useEffect, useRef } from 'react';
import type { Model } from '../../data/schema';
import type { Slide } from '../../lib/slides';
import { useT } from '../../store/use-t';
import { SlideFrame } from './slide-frame';
import './overview.css';

const COLUMNS = 4;

/**
 * O: every slide as a thumbnail. Arrows move between them (four to a row), Enter or a click jumps
 * to one, Escape or O goes back to the slide that was showing.
 */
export function Overview({
  slides,
  rows,
  current,
  onPick,
  onClose,
}: {
  slides: readonly Slide[];
  rows: readonly Model[];
  current: number;
  onPick: (n: number) => void;
  onClose: () => void;
}) {
  const t = useT();
  const grid = useRef<HTMLDivElement>(null);
  const button = (i: number) =>
    grid.current?.querySelectorAll<HTMLButtonElement>('.overview__slide')[i];
  useEffect(() => button(current)?.focus(), [current]);
  return (
    <div
      ref={grid}
      className="overview"
      role="group"
      aria-label={t('present.overview')}
      onKeyDown={(e) => {
        const at = Number((e.target as HTMLElement).dataset.index ?? current);
        const by = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: COLUMNS, ArrowUp: -COLUMNS }[e.key];
        if (by !== undefined) {
          e.preventDefault();
          e.stopPropagation();
          button(Math.min(Math.max(at + by, 0), slides.length - 1))?.focus();
        } else if (e.key === 'Escape' || e.key.toLowerCase() === 'o') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      {slides.map((slide, i) => (
        <button
          key={i}
          type="button"
          className="overview__slide"
          data-index={i}
          aria-current={i === current ? 'true' : undefined}
          aria-label={t('present.goTo', { n: i + 1 })}
          onClick={() => onPick(i + 1)}
        >
          <span aria-hidden="true" className="overview__number">
            {i + 1}
          </span>
          <span aria-hidden="true" className="overview__frame">
            <SlideFrame slide={slide} rows={rows} />
          </span>
        </button>
      ))}
    </div>
  );
}
