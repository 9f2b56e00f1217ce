import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseImport } from '../../lib/import';
import type { ImportResult } from '../../lib/import-result';
import { ImportPreview } from './import-preview';

const CSV = [
  'Model,Year,Backbone,Task,Group',
  'Veo,2024,Diffusion,Generation,Google DeepMind',
  'Broken,20x4,,Generation,Lab',
].join('\n');

function preview(source: string) {
  const result = parseImport(source, 'mine.csv', 'p') as Extract<ImportResult, { ok: true }>;
  expect(result.ok).toBe(true);
  const onImport = vi.fn();
  const onCancel = vi.fn();
  render(
    <ImportPreview fileName="mine.csv" result={result} onImport={onImport} onCancel={onCancel} />,
  );
  return { onImport, onCancel, dialog: screen.getByRole('dialog', { name: 'Import preview' }) };
}

describe('the import preview', () => {
  it('counts the good rows and lists each problem by row, column and reason', async () => {
    const { dialog, onImport } = preview(CSV);
    expect(dialog).toHaveTextContent('Ready to import: 1 of 2. With problems, to be left out: 1.');
    const problems = within(dialog).getByRole('table', { name: 'Rows with problems' });
    const cells = within(problems)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    // Rows are numbered as data rows, the header not counted.
    expect(cells).toEqual([
      ['2', 'Year', 'not a year (four digits, 1900–2100)'],
      ['2', 'Backbone', 'empty'],
    ]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import 1 row' }));
    expect(onImport).toHaveBeenCalledOnce();
  });

  it('offers nothing to import when no row is good, and Cancel changes nothing', async () => {
    const { dialog, onImport, onCancel } = preview(
      'Model,Year,Backbone,Task,Group\nA,soon,D,G,L\n',
    );
    const confirm = within(dialog).getByRole('button', { name: 'Import 0 rows' });
    expect(confirm).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onImport).not.toHaveBeenCalled();
  });
});
