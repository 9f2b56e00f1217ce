import type PptxGenJS from 'pptxgenjs';
import type { Locale } from '../../i18n/locales';

// A 16:9 slide is 10 x 5.625 inches; type sizes in points, as PowerPoint counts them.
export const W = 10;
export const MARGIN = 0.6;
export const TEXT = '1F2328';
export const MUTED = '5A6270';
export const FONT = { en: 'Calibri', zh: 'Microsoft YaHei' } as const;

/** The deck's text boxes in PowerPoint: a kicker, a headline (1.5x the points and more), points. */
export function writers(locale: Locale) {
  const text = (o: PptxGenJS.TextPropsOptions): PptxGenJS.TextPropsOptions => ({
    lang: locale === 'zh' ? 'zh-CN' : 'en-GB',
    fontFace: FONT[locale],
    color: TEXT,
    margin: 0,
    ...o,
  });
  return {
    text,
    kicker: (s: PptxGenJS.Slide, words: string) =>
      s.addText(
        words,
        text({
          x: MARGIN,
          y: 0.35,
          w: W - 2 * MARGIN,
          h: 0.4,
          fontSize: 14,
          color: MUTED,
          bold: true,
        }),
      ),
    headline: (s: PptxGenJS.Slide, words: string, y = 0.8, size = 28) =>
      s.addText(
        words,
        text({
          x: MARGIN,
          y,
          w: W - 2 * MARGIN,
          h: 1.2,
          fontSize: size,
          bold: true,
          valign: 'top',
        }),
      ),
    bullets: (s: PptxGenJS.Slide, points: readonly string[], numbered = false) =>
      s.addText(
        points.map((p) => ({
          text: p,
          options: { bullet: numbered ? { type: 'number' as const } : true, paraSpaceAfter: 10 },
        })),
        text({ x: MARGIN, y: 2.35, w: W - 2 * MARGIN, h: 2.6, fontSize: 18, valign: 'top' }),
      ),
  };
}
