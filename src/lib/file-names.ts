import { selection, type Filters } from './filter';
import { FACET_FIELDS } from './fields';
import { formatMonth } from './release-span';

// Facets in the order their `fileName.rank` gives: backbones, years, tasks, groups, source.
const NAMED = FACET_FIELDS.toSorted((a, b) => a.facet.fileName.rank - b.facet.fileName.rank);

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * A file name that says what is in it: `models-per-year-diffusion-2023.png`: the facets' values
 * (backbones first), the release span and the search; long selections are cut, never the extension.
 */
export function exportFileName(base: string, filters: Filters, extension: string): string {
  const parts = [
    ...NAMED.flatMap((f) => selection(filters, f.id).map((v) => f.facet.fileName.slug?.(v) ?? v)),
    ...(filters.span?.from != null ? [`from-${formatMonth(filters.span.from)}`] : []),
    ...(filters.span?.to != null ? [`to-${formatMonth(filters.span.to)}`] : []),
    ...(filters.q.trim() ? [`q-${filters.q.trim()}`] : []),
  ]
    .map(slug)
    .filter(Boolean);
  const name = [slug(base), ...parts].join('-').slice(0, 100).replace(/-+$/, '');
  return `${name}.${extension}`;
}
