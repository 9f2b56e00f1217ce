// Loaded when "Save as PowerPoint" is pressed (pptxgenjs and its zip stay out of the page).
import PptxGenJS from 'pptxgenjs';
import { REFERENCES, ITEM_CITATIONS } from '../../data/paper/citations';
import { deckTexts, paperTexts, partText } from '../../data/paper/texts';
import type { Model } from '../../data/schema';
import { SURVEY_ARXIV_ID, SURVEY_TITLE, SURVEY_URL } from '../../data/survey';
import { backboneColorVar } from '../../components/backbone-colors';
import type { Translate } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import type { ChartData } from '../../lib/derive';
import { downloadBlob } from '../../lib/download';
import { exportFileName } from '../../lib/file-names';
import type { Filters } from '../../lib/filter';
import type { Slide } from '../../lib/slides';
import { speakerNotes } from './notes';
import { ACT_LABEL, partLabel } from './part-label';
import { drawFigure } from './pptx-figures';
import { FONT, MARGIN, MUTED, W, writers } from './pptx-text';

/** What the deck is made of, as it is shown: its slides, rows, figures, language and filters. */
export interface DeckShown {
  slides: readonly Slide[];
  rows: readonly Model[];
  charts: ChartData;
  locale: Locale;
  filters: Filters;
  t: Translate;
}

/** A backbone's colour as the page draws it in the light theme, as PowerPoint's hex. */
function hexOf(variable: string): string {
  const probe = document.createElement('span');
  probe.style.cssText = `color-scheme: light; color: var(${variable})`;
  document.body.append(probe);
  const rgb =
    getComputedStyle(probe)
      .color.match(/\d+(\.\d+)?/g)
      ?.slice(0, 3)
      .map(Number) ?? [];
  probe.remove();
  return rgb.length === 3
    ? rgb.map((n) => Math.round(n).toString(16).padStart(2, '0')).join('')
    : '888888';
}

/** The deck as a .pptx: the same slides with real text, native charts and the notes. */
export async function buildPptx(deck: DeckShown): Promise<Blob> {
  const { slides, rows, charts, locale, t } = deck;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = SURVEY_TITLE;
  const face = FONT[locale];
  const { text, kicker, headline, bullets } = writers(locale);
  const colors = charts.backbones.map((b) => hexOf(backboneColorVar(b, charts.backbones)));

  for (const slide of slides) {
    const s = pptx.addSlide();
    s.background = { color: 'FFFFFF' };
    switch (slide.kind) {
      case 'title':
        kicker(s, t('app.title'));
        // Four lines at 30 pt: the authors' line below them.
        s.addText(
          SURVEY_TITLE,
          text({
            x: MARGIN,
            y: 0.9,
            w: W - 2 * MARGIN,
            h: 2.6,
            fontSize: 30,
            bold: true,
            valign: 'top',
          }),
        );
        s.addText(
          t('present.authors', { id: SURVEY_ARXIV_ID }),
          text({ x: MARGIN, y: 3.7, w: 8.8, h: 0.5, fontSize: 16, color: MUTED }),
        );
        break;
      case 'agenda':
        headline(s, t('present.part.agenda'));
        bullets(
          s,
          slide.acts.map((a) => t(ACT_LABEL[a])),
          true,
        );
        break;
      case 'divider':
        kicker(s, t('present.actNumber', { n: slide.number, total: slide.of }));
        headline(s, t(ACT_LABEL[slide.act]), 1.8, 36);
        s.addText(
          slide.parts.map((p) => partLabel(p, locale, t)).join(' · '),
          text({ x: MARGIN, y: 3.3, w: 8.8, h: 0.8, fontSize: 16, color: MUTED }),
        );
        break;
      case 'item': {
        const item = partText(paperTexts(locale), slide.section, slide.id);
        kicker(
          s,
          slide.section === 'intro' ? item.title : `${t(`view.${slide.section}`)} · ${item.title}`,
        );
        headline(s, item.slide.headline);
        bullets(s, item.slide.points);
        const refs = ITEM_CITATIONS[slide.id] ?? [];
        if (refs.length)
          s.addText(
            t('present.citesLine', {
              refs: refs.map((r) => `[${r}] ${REFERENCES[r]?.label ?? ''}`.trim()).join(' · '),
            }),
            text({ x: MARGIN, y: 5.0, w: 8.8, h: 0.45, fontSize: 10, color: MUTED }),
          );
        break;
      }
      case 'conclusion': {
        const { conclusion } = deckTexts(locale);
        kicker(s, t('present.part.conclusion'));
        headline(s, conclusion.headline);
        bullets(s, conclusion.points);
        break;
      }
      case 'chart':
      case 'cross':
      case 'map':
      case 'table':
        drawFigure(pptx, s, slide, { rows, charts, locale, t, face, colors });
        break;
      case 'closing':
        headline(s, t('present.thanks'), 0.8, 36);
        s.addText(
          [
            {
              text: t('present.howToCite'),
              options: { bold: true, color: MUTED, breakLine: true },
            },
            { text: t('present.citeLine', { id: SURVEY_ARXIV_ID }), options: { breakLine: true } },
            { text: SURVEY_URL },
          ],
          text({ x: MARGIN, y: 2.2, w: W - 2 * MARGIN, h: 2, fontSize: 16, valign: 'top' }),
        );
        break;
    }
    s.addNotes(speakerNotes(slide, rows, locale, t).join('\n\n'));
  }
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}

/** Builds the deck's .pptx and hands it to the browser's download. */
export async function savePptx(deck: DeckShown): Promise<void> {
  downloadBlob(await buildPptx(deck), exportFileName('sora-survey-talk', deck.filters, 'pptx'));
}
