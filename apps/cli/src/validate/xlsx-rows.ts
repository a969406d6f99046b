/** The rows of one sheet of an xlsx file (used in the xlsx worker, or in-thread), read by xlsx-reader.ts. */
import type { RawCell } from '@formapro/core';
import { readXlsxBatches, XlsxError } from './xlsx-reader.js';

export class UnreadableFile extends Error {}

export interface SheetRow {
  /** Sheet row number (1-based, as Excel shows it). */
  number: number;
  values: RawCell[];
}

/** The sheet's rows in the batches the reader gives (the rows of one inflated chunk each). */
export async function* xlsxBatches(path: string, sheet: string | undefined, onSheet: (name: string) => void): AsyncGenerator<SheetRow[]> {
  try {
    yield* readXlsxBatches(path, { sheet, onSheet });
  } catch (e) {
    if (e instanceof XlsxError && /^no sheet named|^the workbook has no sheet/.test(e.message)) throw new UnreadableFile(e.message);
    throw new UnreadableFile(`xlsx unreadable (${(e as Error).message}): is the file complete and a real .xlsx?`);
  }
}
