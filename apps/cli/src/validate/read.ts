/**
 * Reading a contract sheet row by row, in constant memory: CSV (`;`, `,` or tab, detected on the header
 * line; UTF-8 with or without BOM, else Windows-1252 as French Excel exports) through csv-parse, and xlsx
 * through the CLI's own sheet reader, in a worker thread when bundled (xlsx-worker.ts). Every failure to read is an UnreadableFile (exit 2).
 */
import { existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { xlsxBatches } from './xlsx-rows.js';
import { csvBatches, type CsvFormat } from './csv-rows.js';
import type { RawCell } from '@formapro/core';

export { UnreadableFile, type SheetRow } from './xlsx-rows.js';
import { UnreadableFile, type SheetRow } from './xlsx-rows.js';

export interface SheetSource {
  kind: 'csv' | 'xlsx';
  sheetName: string;
  /** Bytes of the file, for a progress bar. */
  size: number;
  /** Bytes read so far (CSV) or undefined (xlsx). */
  bytesRead(): number | undefined;
  rows(): AsyncIterable<SheetRow>;
  /** The same rows in the batches they arrive in (the rows of one inflated chunk of an xlsx, a CSV batch). */
  batches(): AsyncIterable<SheetRow[]>;
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
  const format: CsvFormat = { encoding, delimiter };
  return {
    kind: 'csv',
    sheetName: path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''),
    size,
    detected: { encoding, delimiter },
    bytesRead: () => read,
    rows: () => rowsOf(batches()),
    batches,
  };
  function batches(): AsyncIterable<SheetRow[]> {
    // in this thread: a CSV worker's rows cost the main thread about as much to receive as csv-parse to read them (measured)
    return csvBatches(path, format, (n) => (read += n));
  }
}

/**
 * xlsx through the CLI's sheet reader (xlsx-reader.ts), in a worker thread when one can be started: parsing the zip and
 * XML then runs on the second core while this thread validates and writes (rows arrive in batches, at most
 * a few batches ahead, so memory stays bounded). Same rows either way.
 */
async function openXlsx(path: string, size: number, sheet: string | undefined): Promise<SheetSource> {
  let sheetName = sheet ?? '';
  const worker = workerUrl('xlsx-worker');
  return {
    kind: 'xlsx',
    get sheetName() {
      return sheetName;
    },
    size,
    bytesRead: () => undefined,
    rows: () => rowsOf(batches()),
    batches,
  };
  function batches(): AsyncIterable<SheetRow[]> {
    return worker ? batchesFromWorker(worker, { path, sheet }, (n) => (sheetName = n)) : xlsxBatches(path, sheet, (n) => (sheetName = n));
  }
}

/** A bundled worker next to the bundled CLI; from TypeScript sources (tsx) the rows are read in-thread. */
function workerUrl(name: 'xlsx-worker'): URL | undefined {
  if (process.env.FORMAPRO_NO_WORKER) return undefined;
  const url = new URL(`./${name}.js`, import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

type WorkerMessage = { sheetName: string } | { rows: SheetRow[]; done?: boolean } | { error: string; unreadable: boolean };

/** The rows of the batches, one by one. */
async function* rowsOf(batches: AsyncIterable<SheetRow[]>): AsyncGenerator<SheetRow> {
  for await (const batch of batches) yield* batch;
}

async function* batchesFromWorker(url: URL, data: object, onSheet: (name: string) => void): AsyncGenerator<SheetRow[]> {
  const worker = new Worker(url, { workerData: data });
  const queue: WorkerMessage[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  worker.on('message', (m: WorkerMessage) => {
    queue.push(m);
    wake?.();
  });
  worker.on('error', (e) => {
    failure = e;
    wake?.();
  });
  // A worker whose reader is left pending on corrupt data ends with nothing sent: never wait for it forever.
  worker.on('exit', () => {
    failure ??= new Error('its compressed data stops short');
    wake?.();
  });
  try {
    for (;;) {
      while (queue.length === 0 && !failure) await new Promise<void>((resolve) => (wake = resolve));
      if (queue.length === 0 && failure) throw new UnreadableFile(`xlsx unreadable (${(failure as Error).message}): is the file complete and a real .xlsx?`);
      const m = queue.shift()!;
      if ('error' in m) throw new UnreadableFile(m.error);
      if ('sheetName' in m) {
        onSheet(m.sheetName);
        continue;
      }
      worker.postMessage('more'); // a batch consumed: the worker may read one more
      yield m.rows;
      if (m.done) return;
    }
  } finally {
    await worker.terminate();
  }
}
