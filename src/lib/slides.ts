import type { PartId, PartSection } from '../data/sections';
/** What a presentation shows, slide by slide; built from the current rows, language and texts. */
export type Slide =
  | { kind: 'title' }
  | { kind: 'table'; page: number; pages: number; start: number; end: number }
  | { kind: 'chart'; chart: 'per-year' | 'share' }
  | {
      kind: 'item';
      section: PartSection;
      id: PartId;
      part: 'summary';
      paragraphs: string[];
      continued: boolean;
    }
  | {
      kind: 'item';
      section: PartSection;
      id: PartId;
      part: 'points' | 'cites';
      paragraphs?: undefined;
      continued: boolean;
    }
  | { kind: 'closing' };

export interface SlideSource {
  rowCount: number;
  /** Sections in order, each with its items' summaries and citation counts. */
  sections: {
    section: PartSection;
    items: { id: PartId; summary: string; citeCount: number }[];
  }[];
  /** How much text fits on one slide, in the units of `measure`. */
  textBudget: number;
  measure: (text: string) => number;
  rowsPerSlide: number;
}

/** Packs paragraphs into slides without exceeding the budget (a lone long paragraph gets its own). */
export function packParagraphs(
  paragraphs: string[],
  budget: number,
  measure: (t: string) => number,
): string[][] {
  const pages: string[][] = [];
  let current: string[] = [];
  let used = 0;
  for (const paragraph of paragraphs) {
    const size = measure(paragraph);
    if (current.length && used + size > budget) {
      pages.push(current);
      current = [];
      used = 0;
    }
    current.push(paragraph);
    used += size;
  }
  if (current.length) pages.push(current);
  return pages;
}

/**
 * Title and overview; the table as filtered, split over slides; the two charts; each part of the
 * paper (summary, key points, works cited when there are any); a closing slide with the citation.
 * Nothing scrolls within a slide: long content continues on the next.
 */
export function buildSlides(source: SlideSource): Slide[] {
  const slides: Slide[] = [{ kind: 'title' }];
  const pages = Math.max(1, Math.ceil(source.rowCount / source.rowsPerSlide));
  for (let page = 0; page < pages; page++) {
    const start = page * source.rowsPerSlide;
    slides.push({
      kind: 'table',
      page: page + 1,
      pages,
      start,
      end: Math.min(source.rowCount, start + source.rowsPerSlide),
    });
  }
  slides.push({ kind: 'chart', chart: 'per-year' }, { kind: 'chart', chart: 'share' });
  for (const { section, items } of source.sections) {
    for (const item of items) {
      const paragraphs = item.summary.split(/\n\s*\n/).filter((p) => p.trim());
      packParagraphs(paragraphs, source.textBudget, source.measure).forEach((group, i) =>
        slides.push({
          kind: 'item',
          section,
          id: item.id,
          part: 'summary',
          paragraphs: group,
          continued: i > 0,
        }),
      );
      slides.push({ kind: 'item', section, id: item.id, part: 'points', continued: true });
      if (item.citeCount > 0)
        slides.push({ kind: 'item', section, id: item.id, part: 'cites', continued: true });
    }
  }
  slides.push({ kind: 'closing' });
  return slides;
}
