import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import './stage.css';

/** The size a slide is laid out at; every screen shows it scaled, never reflowed. */
export const SLIDE_WIDTH = 1280;
export const SLIDE_HEIGHT = 720;

/** How a 1280x720 slide fits a box: the largest scale that shows all of it, centred. */
export function fitSlide(width: number, height: number) {
  const scale = Math.max(0.05, Math.min(width / SLIDE_WIDTH, height / SLIDE_HEIGHT));
  return {
    scale,
    x: (width - SLIDE_WIDTH * scale) / 2,
    y: (height - SLIDE_HEIGHT * scale) / 2,
  };
}

/**
 * A 16:9 stage: the slide is drawn at 1280x720 and scaled to the room its box has, letterboxed,
 * so a 1366x768 laptop, a 1920x1080 projector and a phone held sideways show the same slide.
 */
export function Stage({ children, className = '' }: { children: ReactNode; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState(() => fitSlide(SLIDE_WIDTH, SLIDE_HEIGHT));
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setFit(fitSlide(element.clientWidth, element.clientHeight));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className={`stage ${className}`}>
      <div
        className="stage__slide"
        style={{ transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.scale})` }}
      >
        {children}
      </div>
    </div>
  );
}
