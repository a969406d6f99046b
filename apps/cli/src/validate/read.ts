/**
 * Reading a contract sheet row by row, in constant memory: CSV (`;`, `,` or tab, detected on the header
 * line; UTF-8 with or without BOM, else Windows-1252 as French Excel exports) through csv-parse, and xlsx
 * through exceljs's streaming reader. Every failure to read is an UnreadableFile (exit 2).
 */
import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import type { RawCell } from '@formapro/core';

export class UnreadableFile extends Error {}

export interface SheetRow {
  /** Sheet row number (1-based, as Excel shows it). */
  number: number;
  values: RawCell[];
}

export interface SheetSource {
  kind: 'csv' | 'xlsx';
  sheetName: string;
  /** Bytes of the file, for a progress bar. */
  size: number;
  /** Bytes read so far (CSV) or undefined (xlsx). */
  bytesRead(): number | undefined;
  rows(): AsyncIterable<SheetRow>;
  /** CSV only: the encoding and delimiter found. */
  detected?: { encoding: string; delimiter: string };
}

function head(path: string, n: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const got = readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** Valid UTF-8 for the whole prefix (a character cut at the end of the prefix is fine). */
function isUtf8(buf: Buffer): boolean {
  let end = buf.length;
  // drop a trailing incomplete multi-byte sequence
  for (let i = Math.max(0, end - 3); i < end; i++) {
    const b = buf[i];
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    if (need > 1 && i + need > end) {
      end = i;
      break;
    }
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

function detectDelimiter(firstLine: string): string {
  const counts: [string, number][] = [';', ',', '\t'].map((d) => {
    let n = 0;
    let quoted = false;
    for (const ch of firstLine) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && ch === d) n++;
    }
    return [d, n];
  });
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ';';
}

export async function openSheet(path: string, options: { sheet?: string } = {}): Promise<SheetSource> {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new UnreadableFile(`${path} is not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof UnreadableFile) throw e;
    throw new UnreadableFile(`cannot open ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  if (size === 0) throw new UnreadableFile(`${path} is empty`);
  const prefix = head(path, 64 * 1024);
  const isZip = prefix[0] === 0x50 && prefix[1] === 0x4b;
  if (isZip) return openXlsx(path, size, options.sheet);
  if (/\.xlsx?$/i.test(path)) throw new UnreadableFile(`${path} is not an xlsx workbook (no zip signature): save it as .xlsx or export it as CSV`);
  if (prefix.includes(0)) throw new UnreadableFile(`${path} looks binary, not a CSV text file`);
  return openCsv(path, size, prefix);
}

async function openCsv(path: string, size: number, prefix: Buffer): Promise<SheetSource> {
  const bom = prefix[0] === 0xef && prefix[1] === 0xbb && prefix[2] === 0xbf;
  const encoding = bom || isUtf8(prefix) ? 'utf-8' : 'windows-1252';
  const iconv = (await import('iconv-lite')).default;
  const text = encoding === 'utf-8' ? prefix.toString('utf8') : iconv.decode(prefix, 'win1252');
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  const delimiter = detectDelimiter(firstLine);
  let read = 0;
  return {
    kind: 'csv',
    sheetName: path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''),
    size,
    detected: { encoding, delimiter },
    bytesRead: () => read,
    async *rows() {
      const { parse } = await import('csv-parse');
      const file = createReadStream(path, { highWaterMark: 256 * 1024 });
      file.on('data', (chunk) => (read += chunk.length));
      const decoded = encoding === 'utf-8' ? file : file.pipe(iconv.decodeStream('win1252'));
      const parser = decoded.pipe(
        parse({ delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, max_record_size: 16 * 1024 * 1024 }),
      );
      let n = 0;
      try {
        for await (const record of parser as AsyncIterable<string[]>) {
          n++;
          yield { number: n, values: record };
        }
      } catch (e) {
        throw new UnreadableFile(`CSV unreadable near line ${n + 1}: ${(e as Error).message}`);
      }
    },
  };
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

async function openXlsx(path: string, size: number, sheet: string | undefined): Promise<SheetSource> {
  const ExcelJS = (await import('exceljs')).default;
  let sheetName = sheet ?? '';
  return {
    kind: 'xlsx',
    get sheetName() {
      return sheetName;
    },
    size,
    bytesRead: () => undefined,
    async *rows() {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'emit' });
      let found = false;
      const names: string[] = [];
      try {
        for await (const ws of reader as AsyncIterable<AsyncIterable<{ number: number; values: unknown[] }> & { name?: string; id?: number }>) {
          const name = (ws as { name?: string }).name ?? `Sheet${names.length + 1}`;
          names.push(name);
          if (found || (sheet !== undefined && name !== sheet)) {
            for await (const _ of ws) void _; // drain the sheets we skip
            continue;
          }
          found = true;
          sheetName = name;
          for await (const row of ws) {
            const vals = row.values as unknown[];
            const values: RawCell[] = new Array(Math.max(0, vals.length - 1));
            for (let i = 1; i < vals.length; i++) values[i - 1] = plain(vals[i]);
            yield { number: row.number, values };
          }
        }
      } catch (e) {
        if (e instanceof UnreadableFile) throw e;
        throw new UnreadableFile(`xlsx unreadable (${(e as Error).message}): is the file complete and a real .xlsx?`);
      }
      if (!found) throw new UnreadableFile(sheet !== undefined ? `no sheet named "${sheet}" (sheets: ${names.join(', ') || 'none'})` : 'the workbook has no sheet');
    },
  };
}
