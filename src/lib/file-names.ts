import type { Filters } from './filter';
import { formatMonth } from './release-span';
import { isNotStated } from '../data/backbones';

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * A file name that says what is in it: `models-per-year-diffusion-2023.png`. Backbones come first,
 * then years, tasks, groups, the release span and the search; long selections are cut, never the extension.
 */
export function exportFileName(base: string, filters: Filters, extension: string): string {
  const parts = [
    ...filters.backbone.map((b) => (isNotStated(b) ? 'not-stated' : b)),
    ...filters.year,
    ...filters.task,
    ...filters.group,
    ...filters.source,
    ...(filters.span?.from != null ? [`from-${formatMonth(filters.span.from)}`] : []),
    ...(filters.span?.to != null ? [`to-${formatMonth(filters.span.to)}`] : []),
    ...(filters.q.trim() ? [`q-${filters.q.trim()}`] : []),
  ]
    .map(slug)
    .filter(Boolean);
  const name = [slug(base), ...parts].join('-').slice(0, 100).replace(/-+$/, '');
  return `${name}.${extension}`;
}
