import { useEffect, useMemo, useRef } from 'react';
import { paperTexts, partText } from '../../data/paper/texts';
import { ITEM_CITATIONS } from '../../data/paper/citations';
import { SECTION_TABS, type SectionView } from '../../data/sections';
import { plainText } from '../../lib/rich-text';
import { buildSlides } from '../../lib/slides';
import { useT } from '../../i18n/use-t';
import { useDerived } from '../../store/derived';
import { useAppStore } from '../../store/store';
import { SlideContent } from './slide-content';
import './present.css';

// What fits on a 1280x720 slide at 24px and up: about 110 English words or 385 Chinese characters, beside the takeaway.
const MEASURE = {
  en: (text: string) => plainText(text).split(/\s+/).length,
  zh: (text: string) => plainText(text).replace(/\s/g, '').length / 3.5,
};
const TEXT_BUDGET = 110;
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
  const locale = useAppStore((s) => s.locale);
  const slideNumber = useAppStore((s) => s.slide);
  const goToSlide = useAppStore((s) => s.goToSlide);
  const stop = useAppStore((s) => s.stopPresentation);
  const { rows } = useDerived();
  const root = useRef<HTMLElement>(null);

  const slides = useMemo(() => {
    const texts = paperTexts(locale);
    const section = (name: SectionView) => ({
      section: name,
      items: SECTION_TABS[name].map((id) => ({
        id,
        summary: partText(texts, name, id).summary,
        citeCount: ITEM_CITATIONS[id].length,
      })),
    });
    const intro = (id: 'overview' | 'strengths') => ({
      section: 'intro' as const,
      items: [{ id, summary: texts.intro[id].summary, citeCount: 0 }],
    });
    return buildSlides({
      rowCount: rows.length,
      rowsPerSlide: ROWS_PER_SLIDE,
      textBudget: TEXT_BUDGET,
      measure: MEASURE[locale],
      sections: [
        intro('overview'),
        section('applications'),
        intro('strengths'),
        section('limitations'),
        section('opportunities'),
      ],
    });
  }, [locale, rows.length]);

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

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (document.querySelector('dialog[open]')) return;
      // Space and Enter on a button or link are that control's own (Previous, Exit, a model link).
      if ((e.key === ' ' || e.key === 'Enter') && (e.target as Element).closest?.('button, a'))
        return;
      const step = STEP[e.key];
      let target: number | null = null;
      if (step !== undefined) target = index + 1 + (e.key === ' ' && e.shiftKey ? -1 : step);
      else if (e.key === 'Home') target = 1;
      else if (e.key === 'End') target = slides.length;
      else if (e.key === 'Escape') {
        e.preventDefault();
        stop();
        return;
      }
      if (target === null) return;
      e.preventDefault();
      goToSlide(Math.min(Math.max(target, 1), slides.length));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, slides.length, goToSlide, stop]);

  // Leaving full screen (the browser's own Escape) leaves the presentation too.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) stop();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, [stop]);

  const counter = t('present.counter', { n: index + 1, total: slides.length });
  return (
    <main ref={root} className="presentation" aria-label={t('present.label')} tabIndex={-1}>
      <h1 className="sr-only">
        {t('present.label')}: {t('app.title')}
      </h1>
      <section
        className="presentation__slide"
        aria-roledescription={t('present.slide')}
        aria-label={counter}
      >
        <SlideContent slide={slide} rows={rows} />
      </section>
      <div className="presentation__bar">
        <div className="presentation__progress" aria-hidden="true">
          <span style={{ width: `${((index + 1) / slides.length) * 100}%` }} />
        </div>
        <div className="presentation__controls">
          <button
            type="button"
            className="button"
            onClick={() => goToSlide(index)}
            disabled={index === 0}
          >
            {t('present.previous')}
          </button>
          <span className="presentation__counter" aria-live="polite">
            {counter}
          </span>
          <button
            type="button"
            className="button"
            onClick={() => goToSlide(index + 2)}
            disabled={index === slides.length - 1}
          >
            {t('present.next')}
          </button>
          <button type="button" className="button" onClick={stop}>
            {t('present.exit')}
          </button>
        </div>
      </div>
    </main>
  );
}
