// The reference page's Year facet: a checkbox per year, with how many of the searched rows have it.
import { useMemo } from 'react';
import { type Row, useRows } from './rows';

export function YearFacet({
  rows,
  ticked,
  onToggle,
}: {
  rows: readonly Row[];
  ticked: readonly number[];
  onToggle: (year: number) => void;
}) {
  const all = useRows((s) => s.rows);
  const years = useMemo(() => [...new Set(all.map((m) => m.year))].sort(), [all]);
  return (
    <fieldset>
      <legend>Year</legend>
      {years.map((year) => (
        <label key={year}>
          <input type="checkbox" checked={ticked.includes(year)} onChange={() => onToggle(year)} />
          {year} ({rows.filter((m) => m.year === year).length})
        </label>
      ))}
    </fieldset>
  );
}
