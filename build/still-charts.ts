const PLACEHOLDER = /<div class="chart-drawing-placeholder"([^>]*)><\/div>/g;

/**
 * Writes each still chart into its place in the prerendered page, in a declarative shadow root:
 * drawn with the page's first paint (and without JavaScript), invisible to hydration (React sees
 * the placeholder's own, empty, children), replaced by the live drawing once recharts has loaded.
 * The picture is drawn by src/lib/still-bars.ts, at any width.
 */
export function writeStillCharts(html: string, stills: readonly string[], css: string): string {
  const style = `<style>${css}</style>`;
  let i = 0;
  return html.replace(PLACEHOLDER, (whole, attributes: string) => {
    const still = stills[i++];
    if (!still) return whole;
    return `<div class="chart-drawing-placeholder"${attributes}><template shadowrootmode="open">${style}${still}</template></div>`;
  });
}
