import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PAPER_MODELS } from '../../data/models';
import { useAppStore } from '../../store/store';
import { TableDownloads } from './table-downloads';

const downloads = vi.hoisted(() => [] as { blob: Blob; name: string }[]);
vi.mock('../../lib/download', () => ({
  downloadBlob: (blob: Blob, name: string) => downloads.push({ blob, name }),
}));

const initial = useAppStore.getInitialState();
beforeEach(() => {
  useAppStore.setState(initial, true);
  downloads.length = 0;
});

// The rows as the table shows them: 2024's, sorted by name.
const ROWS = PAPER_MODELS.filter((m) => m.year === 2024).toSorted((a, b) =>
  a.name.localeCompare(b.name),
);

async function download(button: string) {
  useAppStore.getState().toggleFacetValue('year', '2024');
  render(<TableDownloads rows={ROWS} />);
  await userEvent.click(screen.getByRole('button', { name: button }));
  await vi.waitFor(() => expect(downloads).toHaveLength(1));
  return downloads[0]!;
}

describe('the table’s downloads', () => {
  it('write the rows shown as CSV, in their order, named after the filters', async () => {
    const { blob, name } = await download('Download CSV');
    expect(name).toBe('models-2024.csv');
    const lines = (await blob.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toMatch(/^Model,Year,Backbone,Task,Group/);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['LGVI', 'Lumiere', 'Sora']);
  });

  it('write the rows shown as JSON, with the filters', async () => {
    const { blob, name } = await download('Download JSON');
    expect(name).toBe('models-2024.json');
    const json = JSON.parse(await blob.text());
    expect(json.count).toBe(3);
    expect(json.filters.year).toEqual(['2024']);
    expect(json.models.map((m: { name: string }) => m.name)).toEqual(['LGVI', 'Lumiere', 'Sora']);
  });

  it('write the works the rows cite as BibTeX', async () => {
    const { blob, name } = await download('Download BibTeX');
    expect(name).toBe('cited-works-2024.bib');
    expect((await blob.text()).match(/^@\w+\{/gm)).toHaveLength(3);
  });

  it('offer no BibTeX when no row cites a work', () => {
    render(<TableDownloads rows={[{ ...PAPER_MODELS[0]!, work: null }]} />);
    expect(screen.getByRole('button', { name: 'Download BibTeX' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeEnabled();
  });
});
