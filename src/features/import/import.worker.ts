import { parseImport } from '../../lib/import';

// Parsing a large file here keeps the page responsive while it runs.
self.onmessage = (event: MessageEvent<{ text: string; name: string; idPrefix: string }>) => {
  const { text, name, idPrefix } = event.data;
  self.postMessage(parseImport(text, name, idPrefix));
};
