import { MAX_BYTES, parseImport, type ImportResult } from '../../lib/import';
import ImportWorker from './import.worker?worker&inline';

// Large files go to a worker; small ones are parsed at once.
const WORKER_THRESHOLD = 200_000;

function inWorker(text: string, name: string, idPrefix: string): Promise<ImportResult> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new ImportWorker();
    } catch {
      resolve(parseImport(text, name, idPrefix));
      return;
    }
    worker.onmessage = (e: MessageEvent<ImportResult>) => {
      resolve(e.data);
      worker.terminate();
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(parseImport(text, name, idPrefix));
    };
    worker.postMessage({ text, name, idPrefix });
  });
}

/** Reads a file the reader chose or dropped; the size limit is checked before reading it. */
export async function readImportFile(file: File): Promise<ImportResult> {
  if (file.size > MAX_BYTES) return { ok: false, failure: 'tooLarge' };
  const text = await file.text();
  const idPrefix = `imp-${Date.now().toString(36)}`;
  return text.length > WORKER_THRESHOLD
    ? inWorker(text, file.name, idPrefix)
    : parseImport(text, file.name, idPrefix);
}
