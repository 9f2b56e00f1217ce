import type { Model } from '../../data/schema';
import type { Slide } from '../../lib/slides';
import { CrossSlide } from './slides/cross-slide';
import { ChartSlide, MapSlide, TableSlide } from './slides/figure-slides';
import { ConclusionSlide, ItemSlide } from './slides/points-slide';
import { AgendaSlide, ClosingSlide, DividerSlide, TitleSlide } from './slides/story-slides';
import './slides.css';

/**
 * One slide's content, laid out at 1280x720 (the stage scales it to the screen). `shown`: how
 * many of its points are out while the talk builds; all when not given.
 */
export function SlideContent({
  slide,
  rows,
  shown,
}: {
  slide: Slide;
  rows: readonly Model[];
  shown?: number;
}) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlide />;
    case 'agenda':
      return <AgendaSlide acts={slide.acts} />;
    case 'divider':
      return (
        <DividerSlide act={slide.act} number={slide.number} of={slide.of} parts={slide.parts} />
      );
    case 'map':
      return <MapSlide rows={rows} />;
    case 'table':
      return <TableSlide rows={rows} {...slide} />;
    case 'chart':
      return <ChartSlide chart={slide.chart} rows={rows} />;
    case 'cross':
      return <CrossSlide pair={slide.pair} rows={rows} />;
    case 'item':
      return <ItemSlide section={slide.section} id={slide.id} shown={shown} />;
    case 'conclusion':
      return <ConclusionSlide shown={shown} />;
    case 'closing':
      return <ClosingSlide />;
  }
}
