import { useLayoutEffect, useRef, useState } from 'react';
import type { Model } from '../../data/schema';
import type { Slide } from '../../lib/slides';
import { SlideContent } from './slide-content';
import './slide-frame.css';

/** A slide drawn at 1280x720 and scaled to fit its box: the presenter's current and next slides. */
export function SlideFrame({ slide, rows }: { slide: Slide; rows: readonly Model[] }) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.5);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setScale(element.clientWidth / 1280));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className="slide-frame">
      <div className="slide-frame__inner" style={{ transform: `scale(${scale})` }}>
        <SlideContent slide={slide} rows={rows} screenHeight={720} />
      </div>
    </div>
  );
}
