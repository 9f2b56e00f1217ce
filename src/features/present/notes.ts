import { paperTexts, partText } from '../../data/paper/texts';
import { REFERENCES, ITEM_CITATIONS } from '../../data/paper/citations';
import type { Model } from '../../data/schema';
import { SURVEY_ARXIV_ID } from '../../data/survey';
import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { plainText } from '../../lib/rich-text';
import type { Slide } from '../../lib/slides';
import { chartHeadline } from './headlines';

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => plainText(p).trim())
    .filter(Boolean);

/**
 * What the speaker reads from, not the audience: the part's prose summary, the points the slide
 * had no room for, the works cited in full; for the figures, their numbers year by year.
 */
export function speakerNotes(
  slide: Slide,
  rows: readonly Model[],
  locale: Locale,
  t: Translate,
  shownPoints: number,
): string[] {
  const texts = paperTexts(locale);
  switch (slide.kind) {
    case 'title':
      return paragraphs(texts.intro.overview.summary);
    case 'map':
    case 'chart': {
      const years = [...new Set(rows.map((m) => m.year))].sort((a, b) => a - b);
      const counts = years.map((y) =>
        t('present.notesYear', { year: String(y), count: rows.filter((m) => m.year === y).length }),
      );
      return [
        slide.kind === 'chart'
          ? chartHeadline(slide.chart, rows, t)
          : chartHeadline('share', rows, t),
        counts.join(t('present.listSeparator')),
      ];
    }
    case 'table':
      return [t('table.status', { shown: rows.length, total: rows.length })];
    case 'item': {
      const item = partText(texts, slide.section, slide.id);
      const refs = ITEM_CITATIONS[slide.id] ?? [];
      return [
        ...paragraphs(item.summary),
        ...item.points.slice(shownPoints),
        ...(refs.length
          ? [
              t('present.citesLine', {
                refs: refs
                  .map((r) => {
                    const ref = REFERENCES[r];
                    const parts = [ref?.label, ref?.venue, ref?.arxiv && `arXiv:${ref.arxiv}`];
                    return `[${r}] ${parts.filter(Boolean).join(', ')}`;
                  })
                  .join('; '),
              }),
            ]
          : []),
      ];
    }
    case 'closing':
      return [t('present.citeLine', { id: SURVEY_ARXIV_ID })];
  }
}
