import { describe, expect, it } from 'vitest';
import { exportFileName } from './file-names';
import { EMPTY_FILTERS } from './filter';
import { monthOf } from './release-span';

describe('exportFileName', () => {
  it('names what the file holds', () => {
    expect(exportFileName('models-per-year', EMPTY_FILTERS, 'png')).toBe('models-per-year.png');
    expect(
      exportFileName(
        'models-per-year',
        { ...EMPTY_FILTERS, backbone: ['Diffusion'], year: ['2023'] },
        'png',
      ),
    ).toBe('models-per-year-diffusion-2023.png');
    expect(
      exportFileName(
        'models',
        { ...EMPTY_FILTERS, backbone: ['-'], group: ['Google Brain'], q: 'Video!' },
        'csv',
      ),
    ).toBe('models-not-stated-google-brain-q-video.csv');
    expect(
      exportFileName(
        'cited-works',
        { ...EMPTY_FILTERS, span: { from: monthOf(2023, 3), to: monthOf(2023, 9) } },
        'bib',
      ),
    ).toBe('cited-works-from-2023-03-to-2023-09.bib');
  });

  it('keeps names short and safe whatever the filters', () => {
    const name = exportFileName(
      'models',
      { ...EMPTY_FILTERS, group: Array(40).fill('University of Maryland'), q: '../../etc' },
      'json',
    );
    expect(name.length).toBeLessThanOrEqual(105);
    expect(name).toMatch(/^[a-z0-9-]+\.json$/);
  });
});
