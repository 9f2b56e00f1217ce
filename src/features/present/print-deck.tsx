import { useEffect } from 'react';
import type { Model } from '../../data/schema';
import type { Slide } from '../../lib/slides';
import { SlideContent } from './slide-content';
import './print-deck.css';

/**
 * Every slide at 1280x720, one printed page each (a named `slide` page, 16:9 landscape), with
 * real text and the charts drawn. Laid out off screen so the charts can measure themselves.
 */
export function PrintDeck({
  slides,
  rows,
  onReady,
}: {
  slides: readonly Slide[];
  rows: readonly Model[];
  /** Called once every chart in the deck has drawn its bars. */
  onReady?: () => void;
}) {
  const charts = slides.filter((s) => s.kind === 'chart').length;
  useEffect(() => {
    if (!onReady) return;
    let frame = 0;
    let tries = 0;
    const check = () => {
      const drawn = document.querySelectorAll('.print-deck .recharts-surface').length;
      // Give up waiting after about two seconds: a PDF without a chart beats no PDF.
      if (drawn >= charts || tries++ > 120) onReady();
      else frame = requestAnimationFrame(check);
    };
    frame = requestAnimationFrame(check);
    return () => cancelAnimationFrame(frame);
  }, [charts, onReady]);
  return (
    <div className="print-deck" aria-hidden="true">
      {slides.map((slide, i) => (
        <div key={i} className="print-deck__page">
          <SlideContent slide={slide} rows={rows} />
        </div>
      ))}
    </div>
  );
}
