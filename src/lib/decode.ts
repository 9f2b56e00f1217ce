export type TextEncoding = 'utf-8' | 'windows-1252';

// Windows-1252's bytes 0x80–0x9F (the rest matches Latin-1). Browsers decode them so already;
// Node's TextDecoder gives C1 control codes instead, so they are mapped here the same everywhere.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * A file's bytes as text, never with replacement characters: strict UTF-8 first (a BOM is
 * dropped); bytes that are not valid UTF-8 are read as Windows-1252, the encoding older Excel
 * writes, and the caller is told, so the reader can check accented letters before anything is kept.
 */
export function decodeText(bytes: ArrayBuffer | Uint8Array): {
  text: string;
  encoding: TextEncoding;
} {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252')
      .decode(bytes)
      .replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
    return { text, encoding: 'windows-1252' };
  }
}
