import type { Model } from '../data/schema';
import type { TextEncoding } from './decode';
import type { RowReason } from './field-import';

// What reading a user's file ends in, shared by the parser, its worker and the import's dialogs.

export const MAX_BYTES = 20 * 1024 * 1024;
export const MAX_ROWS = 100_000;

export type ImportFailure =
  | 'tooLarge'
  | 'empty'
  | 'binary'
  | 'badJson'
  | 'notRows'
  | 'headerOnly'
  | 'tooManyRows'
  | 'missingColumns';

export interface RowProblem {
  /** 1-based data row (a CSV's header is row 0). */
  row: number;
  /** The field at fault (its id); null when the row as a whole is (a wrong number of fields). */
  column: string | null;
  reason: RowReason;
  /** Where the row starts in the file (CSV), for a problem with the row's shape. */
  line?: number;
  /** For `fieldCount`: the fields the row has, and the header's. */
  found?: number;
  expected?: number;
}
export type { RowReason };

export type ImportResult =
  | {
      ok: true;
      format: 'csv' | 'json';
      /** The id of the collection these rows make, and the prefix of their ids. */
      batch: string;
      good: Model[];
      bad: RowProblem[];
      rows: number;
      /** How the bytes were read: Windows-1252 when they were not valid UTF-8. */
      encoding: TextEncoding;
    }
  | { ok: false; failure: ImportFailure; detail?: string };

/** Told now and then how many rows have been checked, so a long import shows it is moving. */
export type OnProgress = (done: number, total: number) => void;
