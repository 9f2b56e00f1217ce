import { paperTexts, partText, deckTexts } from '../../data/paper/texts';
import { REFERENCES, ITEM_CITATIONS } from '../../data/paper/citations';
import type { Model } from '../../data/schema';
import { SURVEY_ARXIV_ID } from '../../data/survey';
import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { plainText } from '../../lib/rich-text';
import type { Slide } from '../../lib/slides';
import { valueLabel } from '../../lib/value-label';
import { crossNotes } from './cross-notes';
import { ACT_LABEL, partLabel } from './part-label';

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => plainText(p).trim())
    .filter(Boolean);

const countBy = <K>(rows: readonly Model[], key: (m: Model) => K) => {
  const counts = new Map<K, number>();
  for (const m of rows) counts.set(key(m), (counts.get(key(m)) ?? 0) + 1);
  return counts;
};

/** The numbers behind a figure, which its slide shows only as a drawing and one headline. */
function figureNotes(slide: Slide, rows: readonly Model[], t: Translate): string[] {
  const sep = t('present.listSeparator');
  const byYear = [...countBy(rows, (m) => m.year)].sort(([a], [b]) => a - b);
  if (slide.kind === 'map') {
    const backbones = [...countBy(rows, (m) => m.backbone)].sort((a, b) => b[1] - a[1]);
    const groups = new Set(rows.flatMap((m) => m.groups));
    return [
      t('present.notesMap', {
        parts: backbones.map(([b, n]) => `${valueLabel('backbone', b, t)} ${n}`).join(sep),
        groups: groups.size,
      }),
    ];
  }
  if (slide.kind === 'chart' && slide.chart === 'per-year')
    return [
      byYear
        .map(([year, count]) => t('present.notesYear', { year: String(year), count }))
        .join(sep),
    ];
  // The share figure: each year, each backbone's count and share of that year.
  return byYear.map(([year, total]) => {
    const inYear = rows.filter((m) => m.year === year);
    const cells = [...countBy(inYear, (m) => m.backbone)]
      .sort((a, b) => b[1] - a[1])
      .map(([b, count]) =>
        t('present.notesShareCell', {
          backbone: valueLabel('backbone', b, t),
          count,
          pct: Math.round((count / total) * 100),
        }),
      );
    return t('present.notesShare', { year: String(year), parts: cells.join(sep) });
  });
}

/**
 * What the speaker reads from, not the audience: more than the slide says. A part's prose summary
 * and its points in full sentences, the works cited in full; for the figures, their numbers.
 */
export function speakerNotes(
  slide: Slide,
  rows: readonly Model[],
  locale: Locale,
  t: Translate,
): string[] {
  const texts = paperTexts(locale);
  switch (slide.kind) {
    case 'title':
      return paragraphs(texts.intro.overview.summary);
    case 'agenda':
      return slide.acts.map((act, i) => `${i + 1}. ${t(ACT_LABEL[act])}`);
    case 'divider':
      return slide.parts.map((p) => partLabel(p, locale, t));
    case 'map':
    case 'chart':
      return figureNotes(slide, rows, t);
    case 'table':
      return [t('table.status', { shown: rows.length, total: rows.length })];
    case 'cross':
      return crossNotes(slide.pair, rows, t);
    case 'item': {
      const item = partText(texts, slide.section, slide.id);
      const refs = ITEM_CITATIONS[slide.id] ?? [];
      return [
        ...paragraphs(item.summary),
        ...item.points,
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
    case 'conclusion':
      return paragraphs(deckTexts(locale).conclusion.notes);
    case 'closing':
      return [t('present.citeLine', { id: SURVEY_ARXIV_ID })];
  }
}
