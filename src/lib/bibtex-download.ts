import type { Model } from '../data/schema';
import { bibtexFile } from './bibtex';
import { downloadBlob } from './download';
import type { Filters } from './filter';
import { exportFileName } from './file-names';

/** Every work the rows cite, once each, as a `.bib` file named after the filters. */
export function downloadBibtex(rows: readonly Model[], filters: Filters): void {
  downloadBlob(
    new Blob([bibtexFile(rows)], { type: 'application/x-bibtex;charset=utf-8' }),
    exportFileName('cited-works', filters, 'bib'),
  );
}
