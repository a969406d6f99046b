/** The rows of one sheet of an xlsx file (used in the xlsx worker, or in-thread), read by xlsx-reader.ts. */
import type { RawCell } from '@formapro/core';
import { readXlsxRows, XlsxError } from './xlsx-reader.js';

export class UnreadableFile extends Error {}

export interface SheetRow {
  /** Sheet row number (1-based, as Excel shows it). */
  number: number;
  values: RawCell[];
}

export async function* xlsxRows(path: string, sheet: string | undefined, onSheet: (name: string) => void): AsyncGenerator<SheetRow> {
  try {
    yield* readXlsxRows(path, { sheet, onSheet });
  } catch (e) {
    if (e instanceof XlsxError && /^no sheet named|^the workbook has no sheet/.test(e.message)) throw new UnreadableFile(e.message);
    throw new UnreadableFile(`xlsx unreadable (${(e as Error).message}): is the file complete and a real .xlsx?`);
  }
}
