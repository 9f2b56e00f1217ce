/**
 * Years as a reader names them: `2023`, `2022–2023` for a run of consecutive years, `2022, 2024`
 * otherwise. The years come sorted.
 */
export function yearsLabel(years: readonly string[]): string {
  if (years.length <= 1) return years[0] ?? '';
  const numbers = years.map(Number);
  const consecutive = numbers.every((y, i) => i === 0 || y === numbers[i - 1]! + 1);
  return consecutive ? `${years[0]}–${years.at(-1)}` : years.join(', ');
}
