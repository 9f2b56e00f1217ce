import { decodeText, type TextEncoding } from '../../lib/decode';
import { MAX_BYTES, parseImport, type ImportResult } from '../../lib/import';
import ImportWorker from './import.worker?worker&inline';

// Large files go to a worker; small ones are parsed at once.
const WORKER_THRESHOLD = 200_000;

export interface ParseRequest {
  text: string;
  name: string;
  idPrefix: string;
  encoding: TextEncoding;
}

const parseNow = ({ text, name, idPrefix, encoding }: ParseRequest) =>
  parseImport(text, name, idPrefix, encoding);

function inWorker(request: ParseRequest): Promise<ImportResult> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new ImportWorker();
    } catch {
      resolve(parseNow(request));
      return;
    }
    worker.onmessage = (e: MessageEvent<ImportResult>) => {
      resolve(e.data);
      worker.terminate();
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(parseNow(request));
    };
    worker.postMessage(request);
  });
}

/**
 * Reads a file the reader chose or dropped: the size limit is checked before reading it, and its
 * bytes are decoded strictly (UTF-8, else Windows-1252, said in the preview), never with `�`.
 */
export async function readImportFile(file: File): Promise<ImportResult> {
  if (file.size > MAX_BYTES) return { ok: false, failure: 'tooLarge' };
  const { text, encoding } = decodeText(await file.arrayBuffer());
  const request = { text, name: file.name, idPrefix: `imp-${Date.now().toString(36)}`, encoding };
  return text.length > WORKER_THRESHOLD ? inWorker(request) : parseNow(request);
}
