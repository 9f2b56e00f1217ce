import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ModelDetail } from '../features/details/model-detail';
import { registerCatalogue, translator } from '../i18n';
import { en, type Catalogue, type MessageKey } from '../i18n/en';
import { facetOptions } from './facets';
import { facetFields, FIELDS, single, type FacetField, type Field } from './fields';
import { applyFilters, EMPTY_FILTERS, type Filters } from './filter';
import { parseImport } from './import';
import { toCsv } from './table-export';

/** A field a new engineer adds: one declaration, and its label in the catalogue. */
const resolution: FacetField = {
  id: 'resolution',
  label: 'field.resolution' as MessageKey,
  kind: 'text',
  text: (m) => String(m.extra?.resolution ?? ''),
  column: true,
  facet: {
    values: (m) => (m.extra?.resolution ? single(String(m.extra.resolution)) : []),
    order: 'frequency',
    fileName: { rank: 5 },
  },
  csv: true,
  import: { aliases: ['resolution', '分辨率'], as: 'text' },
  detail: 'main',
};
const registry: readonly Field[] = [...FIELDS, resolution];

const FILE = [
  'Model,Year,Backbone,Task,Group,Resolution',
  'Veo,2024,Diffusion,Generation,Google DeepMind,4K',
  'Kling,2024,Diffusion,Generation,Kuaishou,1080p',
  'Hunyuan,2024,Diffusion,Generation,Tencent,4K',
].join('\n');

function imported() {
  const result = parseImport(FILE, 'mine.csv', 'r', 'utf-8', undefined, registry);
  if (!result.ok) throw new Error(result.failure);
  expect(result.bad).toEqual([]);
  return result.good;
}

beforeAll(() => registerCatalogue('en', { ...en, 'field.resolution': 'Resolution' } as Catalogue));

describe('a field added to the registry, and nothing else', () => {
  it('is read from an imported file by its header', () => {
    expect(imported().map((m) => m.extra?.resolution)).toEqual(['4K', '1080p', '4K']);
  });

  it('is a facet with counts that filters the rows', () => {
    const rows = imported();
    expect(facetOptions(rows, resolution)).toEqual([
      { value: '4K', total: 2 },
      { value: '1080p', total: 1 },
    ]);
    const filters = { ...EMPTY_FILTERS, resolution: ['4K'] } as Filters;
    const { rows: shown, counts } = applyFilters(rows, filters, facetFields(registry));
    expect(shown.map((m) => m.name)).toEqual(['Veo', 'Hunyuan']);
    // A facet's counts ignore its own selection; the others count the rows it lets through.
    expect(counts['resolution' as keyof typeof counts]).toEqual(
      new Map([
        ['4K', 2],
        ['1080p', 1],
      ]),
    );
    expect(counts.group.get('Kuaishou')).toBeUndefined();
  });

  it('is a column of the CSV export, with its label as the header', () => {
    const [header, first] = toCsv(imported(), translator('en'), registry).split('\r\n');
    expect(header!.split(',').at(-1)).toBe('Resolution');
    expect(first!.split(',').at(-1)).toBe('4K');
  });

  it('is shown in the model detail', () => {
    render(<ModelDetail model={imported()[0]!} onClose={() => {}} fields={registry} />);
    const list = screen.getAllByRole('definition');
    const term = screen.getByText('Resolution', { selector: 'dt' });
    expect(term.nextElementSibling).toHaveTextContent('4K');
    expect(list.length).toBeGreaterThan(0);
    expect(within(term.parentElement!).getByText('Year')).toBeInTheDocument();
  });
});
