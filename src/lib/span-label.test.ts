import { describe, expect, it } from 'vitest';
import { formatMonth, monthOf } from './release-span';
import { translator } from '../i18n';
import { spanLabel } from './span-label';

describe('spanLabel', () => {
  const t = translator('en');
  const [mar, sep] = [monthOf(2023, 3), monthOf(2023, 9)];

  it('words a span with both ends, one end, or a single month', () => {
    expect(spanLabel({ from: mar, to: sep }, 'en', t)).toBe('Mar 2023 – Sep 2023');
    expect(spanLabel({ from: mar, to: null }, 'en', t)).toBe('from Mar 2023');
    expect(spanLabel({ from: null, to: sep }, 'en', t)).toBe('until Sep 2023');
    expect(spanLabel({ from: mar, to: mar }, 'en', t)).toBe('Mar 2023');
  });

  it('writes months as it is told (exports: as the link does)', () => {
    expect(spanLabel({ from: mar, to: sep }, 'en', t, formatMonth)).toBe('2023-03 – 2023-09');
  });
});
