import type { Model } from '../data/schema';
import { YEAR_RANGE } from '../data/years';

/**
 * Months as whole numbers, `year * 12 + (month - 1)`: January 2023 is 24276. Spans and release
 * dates compare as plain integers, and a span's bounds are whole months.
 */
export type Month = number;

export const monthOf = (year: number, month: number): Month => year * 12 + (month - 1);
export const yearOfMonth = (m: Month) => Math.floor(m / 12);
export const formatMonth = (m: Month) =>
  `${yearOfMonth(m)}-${String((m % 12) + 1).padStart(2, '0')}`;

/** `2023-03` to a month; anything else (`2023-3`, `2023-13`, `x`) is null. */
export function parseMonth(raw: string | null | undefined): Month | null {
  const match = /^(\d{4})-(\d{2})$/.exec(raw?.trim() ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max || month < 1 || month > 12) return null;
  return monthOf(year, month);
}

/**
 * When a model came out: the month of its cited work's first arXiv version (the id's first four
 * digits, `2303.…` is March 2023); where there is none, only the Year cell is known and the
 * release stands for the whole year.
 */
export interface Release {
  first: Month;
  last: Month;
  precision: 'month' | 'year';
}

export function releaseOf(model: Model): Release {
  const id = model.work?.arxiv;
  if (id) {
    const m = monthOf(2000 + Number(id.slice(0, 2)), Number(id.slice(2, 4)));
    return { first: m, last: m, precision: 'month' };
  }
  return { first: monthOf(model.year, 1), last: monthOf(model.year, 12), precision: 'year' };
}

/** A span of release months, both ends included; an open end is null. */
export interface Span {
  from: Month | null;
  to: Month | null;
}

/** Bounds put in order (a reversed span is the same span); null when neither end is set. */
export function makeSpan(from: Month | null, to: Month | null): Span | null {
  if (from === null && to === null) return null;
  if (from !== null && to !== null && from > to) return { from: to, to: from };
  return { from, to };
}

/** A release overlaps the span: a year-only row counts when any month of its year is inside. */
export function releasedIn(release: Pick<Release, 'first' | 'last'>, span: Span): boolean {
  return (
    (span.from === null || release.last >= span.from) &&
    (span.to === null || release.first <= span.to)
  );
}

export const sameSpan = (a: Span | null, b: Span | null) =>
  a === b || (!!a && !!b && a.from === b.from && a.to === b.to);
