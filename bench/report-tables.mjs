// Printing the benchmark's tables: kilobytes, medians with min–max, ratios, row counts, and a
// titled table of padded columns.

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (s) =>
  s ? `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})` : '—';
export const times = (r) => `${r.toFixed(2)}x`;
const pad = (text, n) => String(text).padEnd(n);
export const size = (n) => Number(n).toLocaleString('en');

export function table(title, head, rows) {
  console.log(`\n${title}`);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  console.log(head.map((h, i) => pad(h, widths[i])).join('  '));
  for (const r of rows) console.log(r.map((c, i) => pad(c, widths[i])).join('  '));
}
