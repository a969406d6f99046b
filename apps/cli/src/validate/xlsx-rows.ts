/** The rows of one sheet of an xlsx file, streamed by exceljs (used in the xlsx worker, or in-thread). */
import type { RawCell } from '@formapro/core';

export class UnreadableFile extends Error {}

export interface SheetRow {
  /** Sheet row number (1-based, as Excel shows it). */
  number: number;
  values: RawCell[];
}

/** exceljs cell values → what the engine reads (dates as ISO text, formulas as their result). */
function plain(v: unknown): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('result' in o) return plain(o.result);
    if ('richText' in o && Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join('');
    if ('text' in o) return plain(o.text);
    if ('error' in o) return String(o.error);
    if ('formula' in o || 'sharedFormula' in o) return null;
  }
  return String(v);
}

export async function* xlsxRows(path: string, sheet: string | undefined, onSheet: (name: string) => void): AsyncGenerator<SheetRow> {
  const ExcelJS = (await import('exceljs')).default;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'emit' });
  let found = false;
  const names: string[] = [];
  // exceljs leaves its promises pending, with nothing left to run, on some corrupt compressed data (an entry
  // stream's inflate error has no listener): the event loop empties instead of an error. Turn that into one.
  let stalled: ((e: Error) => void) | undefined;
  const onIdle = () => stalled?.(new UnreadableFile('xlsx unreadable (its compressed data stops short): is the file complete and a real .xlsx?'));
  process.on('beforeExit', onIdle);
  const step = <T>(it: AsyncIterator<T>) => Promise.race([it.next(), new Promise<never>((_, reject) => (stalled = reject))]);
  async function* guarded<T>(iterable: AsyncIterable<T>): AsyncGenerator<T> {
    const it = iterable[Symbol.asyncIterator]();
    for (let r = await step(it); !r.done; r = await step(it)) yield r.value;
  }
  try {
    for await (const ws of guarded(reader as AsyncIterable<AsyncIterable<{ number: number; values: unknown[] }> & { name?: string; id?: number }>)) {
      const name = (ws as { name?: string }).name ?? `Sheet${names.length + 1}`;
      names.push(name);
      if (found || (sheet !== undefined && name !== sheet)) {
        for await (const _ of guarded(ws)) void _; // drain the sheets we skip
        continue;
      }
      found = true;
      onSheet(name);
      for await (const row of guarded(ws)) {
        const vals = row.values as unknown[];
        const values: RawCell[] = new Array(Math.max(0, vals.length - 1));
        for (let i = 1; i < vals.length; i++) values[i - 1] = plain(vals[i]);
        yield { number: row.number, values };
      }
    }
  } catch (e) {
    if (e instanceof UnreadableFile) throw e;
    throw new UnreadableFile(`xlsx unreadable (${(e as Error).message}): is the file complete and a real .xlsx?`);
  } finally {
    process.off('beforeExit', onIdle);
  }
  if (!found) throw new UnreadableFile(sheet !== undefined ? `no sheet named "${sheet}" (sheets: ${names.join(', ') || 'none'})` : 'the workbook has no sheet');
}
