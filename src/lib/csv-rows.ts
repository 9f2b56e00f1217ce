import Papa from 'papaparse';

/** Rows of a CSV with the line each starts on; line endings of any kind (\r\n, \r, \n) end a line. */
export function csvRows(source: string): { cells: string[]; line: number }[] {
  const text = source.replace(/\r\n?/g, '\n');
  const rows: { cells: string[]; line: number }[] = [];
  let line = 1;
  let scanned = 0;
  let start = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step: ({ data, meta }) => {
      // The row began after the newlines that ended the previous one (and any blank lines).
      while (text[start] === '\n') start++;
      for (; scanned < start; scanned++) if (text[scanned] === '\n') line++;
      rows.push({ cells: data, line });
      start = meta.cursor;
    },
  });
  return rows;
}
