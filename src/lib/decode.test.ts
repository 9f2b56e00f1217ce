import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

describe('decoding a file', () => {
  it('reads UTF-8, dropping a BOM', () => {
    const bytes = new TextEncoder().encode('\uFEFFCafé,模型');
    expect(decodeText(bytes)).toEqual({ text: 'Café,模型', encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, and says so', () => {
    // "Café – naïve" as older Excel saves it: é = E9, – = 96, ï = EF.
    const bytes = new Uint8Array([
      0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65,
    ]);
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe('windows-1252');
    expect(text).toBe('Café – naïve');
    expect(text).not.toContain('\uFFFD');
  });
});
