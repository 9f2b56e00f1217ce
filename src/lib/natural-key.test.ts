import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAPER_MODELS } from '../data/models';
import { naturalCollator, naturalKey } from './natural-key';

const byKey = (a: string, b: string) => {
  const x = naturalKey(a);
  const y = naturalKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

describe('naturalKey', () => {
  it('orders numbers by value, ignoring case and accents', () => {
    expect(['Gen-10', 'gen-2', 'Gen-1'].sort(byKey)).toEqual(['Gen-1', 'gen-2', 'Gen-10']);
    expect(['MAGVIT V2', 'MAGVIT'].sort(byKey)).toEqual(['MAGVIT', 'MAGVIT V2']);
    expect(byKey('Éclair', 'eclair')).toBe(0);
    expect(byKey('v007', 'v7')).toBe(0);
  });

  it('orders the paper’s names as the collator does', () => {
    const names = PAPER_MODELS.map((m) => m.name);
    expect([...names].sort(byKey)).toEqual([...names].sort(naturalCollator.compare));
  });

  it('agrees with the collator on any two printable ASCII strings', () => {
    const text = fc.string({
      unit: fc.constantFrom(...' -_.,:/()+&0123456789aAbBzZ'.split(''), 'x', '9'),
      maxLength: 8,
    });
    const ascii = fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      maxLength: 8,
    });
    for (const arb of [text, ascii]) {
      fc.assert(
        fc.property(arb, arb, (a, b) => {
          expect(Math.sign(byKey(a, b))).toBe(Math.sign(naturalCollator.compare(a, b)));
        }),
        { numRuns: 3000 },
      );
    }
  });
});
