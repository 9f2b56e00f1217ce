import { describe, expect, it } from 'vitest';
import { yearsLabel } from './years-label';

describe('a selection of years, named', () => {
  it('names one year, a run, or a list', () => {
    expect(yearsLabel(['2023'])).toBe('2023');
    expect(yearsLabel(['2022', '2023'])).toBe('2022–2023');
    expect(yearsLabel(['2022', '2023', '2024'])).toBe('2022–2024');
    expect(yearsLabel(['2022', '2024'])).toBe('2022, 2024');
    expect(yearsLabel([])).toBe('');
  });
});
