import { describe, expect, it } from 'vitest';
import { parseRichText, plainText } from './rich-text';

describe('parseRichText', () => {
  it('splits text and model mentions', () => {
    expect(parseRichText('Use [[sora|Sora]] and [[lfdm|LFDM]].')).toEqual([
      { kind: 'text', text: 'Use ' },
      { kind: 'model', id: 'sora', text: 'Sora' },
      { kind: 'text', text: ' and ' },
      { kind: 'model', id: 'lfdm', text: 'LFDM' },
      { kind: 'text', text: '.' },
    ]);
    expect(plainText('Use [[sora|Sora]].')).toBe('Use Sora.');
  });

  it('leaves anything else as text, HTML included', () => {
    expect(parseRichText('<b>[[Bad|x]]</b> [[ok|]]')).toEqual([
      { kind: 'text', text: '<b>[[Bad|x]]</b> [[ok|]]' },
    ]);
  });
});
