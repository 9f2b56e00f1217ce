import { CHART_HEIGHT, countTicks, type YearRow } from './chart-series';

/** What a still picture of the stacked year bars needs (components/charts/stacked-year-bars.tsx). */
export interface StillBars {
  rows: readonly YearRow[];
  backbones: readonly string[];
  percent?: boolean;
  totalLabel?: (total: number) => string;
  /** Each backbone's colour, e.g. `var(--bb-diffusion)`. */
  color: (backbone: string) => string;
  height?: number;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const round = (n: number) => Math.round(n * 100) / 100;

// The live drawing's margins and axis sizes (stacked-year-bars.tsx), in px.
const [TOP, RIGHT, BOTTOM, X_AXIS] = [24, 12, 8, 36];
/** The bars' drawing is 1,000 units wide, stretched to the width it is given. */
const UNITS = 1000;

/** The still's own styles: it lives in a shadow root, where the page's rules do not reach. */
export const STILL_BARS_CSS = `:host{display:block}
.still{position:relative;height:100%;font-variant-numeric:tabular-nums}
.still svg{position:absolute;display:block;overflow:visible}
.still span{position:absolute;white-space:nowrap;line-height:1}
.still__y{right:calc(100% - var(--axis) + 8px);transform:translateY(-50%);font-size:14px;color:var(--chart-axis)}
.still__x{transform:translateX(-50%);font-size:15px;font-weight:600;color:var(--text)}
.still__total{transform:translate(-50%,-100%);font-size:15px;font-weight:700;color:var(--text)}`;

/**
 * The bars as HTML and SVG, laid out as recharts lays out the live drawing (its margins and axis
 * sizes, a band per year with 10% gaps, the grid at the ticks, totals over the bars) at any width:
 * the bars stretch, the words do not. The build writes it into the page (build/still-charts.ts), so
 * the charts are in the first paint, and the live drawing takes its place once it has loaded.
 */
export function stillBarsHtml({
  rows,
  backbones,
  percent,
  totalLabel,
  color,
  height = CHART_HEIGHT,
}: StillBars): string {
  const axis = percent ? 48 : 36;
  const bottom = height - BOTTOM - X_AXIS;
  const plot = bottom - TOP;
  const ticks = percent
    ? [0, 25, 50, 75, 100]
    : countTicks(Math.max(1, ...rows.map((r) => r.total)));
  const max = ticks.at(-1)!;
  /** Height above the plot's top for a value, px. */
  const y = (value: number) => round(plot - (value / max) * plot);
  const band = UNITS / Math.max(1, rows.length);
  /** Across the plot, as a share of its width (for the words, placed in HTML). */
  const across = (i: number) =>
    `calc(${axis}px + (100% - ${axis + RIGHT}px) * ${round((i + 0.5) / rows.length)})`;
  const shapes: string[] = [];
  const words: string[] = [];
  for (const tick of ticks) {
    shapes.push(
      `<line x1="0" x2="${UNITS}" y1="${y(tick)}" y2="${y(tick)}" stroke="var(--chart-grid)" vector-effect="non-scaling-stroke"/>`,
    );
    words.push(
      `<span class="still__y" style="top:${round(TOP + y(tick))}px">${tick}${percent ? '%' : ''}</span>`,
    );
  }
  shapes.push(
    `<line x1="0" x2="0" y1="0" y2="${plot}" stroke="var(--chart-axis)" vector-effect="non-scaling-stroke"/>`,
    `<line x1="0" x2="${UNITS}" y1="${plot}" y2="${plot}" stroke="var(--chart-axis)" vector-effect="non-scaling-stroke"/>`,
  );
  rows.forEach((row, i) => {
    let base = 0;
    let top = plot;
    for (const backbone of backbones) {
      const value = row.counts[backbone] ?? 0;
      if (value <= 0) continue;
      const [from, to] = [y(base), y(base + value)];
      shapes.push(
        `<rect x="${round((i + 0.1) * band)}" y="${to}" width="${round(band * 0.8)}" height="${round(from - to)}" fill="${color(backbone)}"/>`,
      );
      base += value;
      top = to;
    }
    if (totalLabel && base > 0)
      words.push(
        `<span class="still__total" style="left:${across(i)};top:${round(TOP + top - 6)}px">${escape(totalLabel(row.total))}</span>`,
      );
    words.push(
      `<span class="still__x" style="left:${across(i)};top:${bottom + 16}px">${escape(row.year)}</span>`,
    );
  });
  const svg = `<svg viewBox="0 0 ${UNITS} ${plot}" preserveAspectRatio="none" style="left:${axis}px;right:${RIGHT}px;top:${TOP}px;width:calc(100% - ${axis + RIGHT}px);height:${plot}px">${shapes.join('')}</svg>`;
  return `<div class="still" style="--axis:${axis}px">${svg}${words.join('')}</div>`;
}
