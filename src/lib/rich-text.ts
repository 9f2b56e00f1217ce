export type Segment = { kind: 'text'; text: string } | { kind: 'model'; id: string; text: string };

const TOKEN = /\[\[([a-z0-9-]+)\|([^\]|]+)\]\]/g;

/**
 * Splits a summary into plain text and model mentions (`[[sora|Sora]]`). Nothing else is
 * interpreted: the result is rendered as text nodes and buttons, never as HTML.
 */
export function parseRichText(source: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    const index = match.index;
    if (index > last) segments.push({ kind: 'text', text: source.slice(last, index) });
    segments.push({ kind: 'model', id: match[1]!, text: match[2]! });
    last = index + match[0].length;
  }
  if (last < source.length) segments.push({ kind: 'text', text: source.slice(last) });
  return segments;
}

/** The text as read aloud or counted: tokens replaced by their shown names. */
export function plainText(source: string): string {
  return source.replace(TOKEN, (_, _id: string, text: string) => text);
}
