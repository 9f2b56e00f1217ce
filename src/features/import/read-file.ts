import { newCollectionId } from '../../lib/collections';
import { decodeText, type TextEncoding } from '../../lib/decode';
import { parseImport } from '../../lib/import';
import { MAX_BYTES, type ImportResult, type OnProgress } from '../../lib/import-result';
import ImportWorker from './import.worker?worker&inline';

// Large files go to a worker; small ones are parsed at once.
const WORKER_THRESHOLD = 200_000;

export interface ParseRequest {
  text: string;
  name: string;
  idPrefix: string;
  encoding: TextEncoding;
}

export type WorkerMessage =
  { kind: 'progress'; done: number; total: number } | { kind: 'done'; result: ImportResult };

const parseNow = ({ text, name, idPrefix, encoding }: ParseRequest) =>
  parseImport(text, name, idPrefix, encoding);

function inWorker(request: ParseRequest, onProgress: OnProgress): Promise<ImportResult> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new ImportWorker();
    } catch {
      resolve(parseNow(request));
      return;
    }
    worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      if (data.kind === 'progress') {
        onProgress(data.done, data.total);
        return;
      }
      resolve(data.result);
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
export async function readImportFile(
  file: File,
  onProgress: OnProgress = () => undefined,
): Promise<ImportResult> {
  if (file.size > MAX_BYTES) return { ok: false, failure: 'tooLarge' };
  const { text, encoding } = decodeText(await file.arrayBuffer());
  // The id is unique across tabs: two tabs importing the same file keep two collections.
  const request = { text, name: file.name, idPrefix: newCollectionId(), encoding };
  return text.length > WORKER_THRESHOLD ? inWorker(request, onProgress) : parseNow(request);
}
