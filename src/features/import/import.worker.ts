import { parseImport } from '../../lib/import';
import type { ParseRequest, WorkerMessage } from './read-file';

// Parsing a large file here keeps the page responsive while it runs; progress is posted as it goes.
self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { text, name, idPrefix, encoding } = event.data;
  const post = (message: WorkerMessage) => self.postMessage(message);
  const result = parseImport(text, name, idPrefix, encoding, (done, total) =>
    post({ kind: 'progress', done, total }),
  );
  post({ kind: 'done', result });
};
