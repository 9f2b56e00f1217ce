import { parseImport } from '../../lib/import';
import type { ParseRequest } from './read-file';

// Parsing a large file here keeps the page responsive while it runs.
self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { text, name, idPrefix, encoding } = event.data;
  self.postMessage(parseImport(text, name, idPrefix, encoding));
};
