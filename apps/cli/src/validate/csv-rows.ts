/**
 * The rows of a CSV file, numbered from 1, exactly as csv-parse reads them (the delimiter given, BOM dropped,
 * any number of columns, quotes relaxed, an empty line an empty record, the line end detected on the first
 * line). Regular records — unquoted fields, and quoted fields with "" for a quote, line breaks allowed — are
 * scanned here in one pass over the decoded text: csv-parse took a third of `formapro validate`'s time on a
 * large file. From the first irregular record (a quote inside an unquoted field, text after a closing quote,
 * a record longer than csv-parse's bound, a quote on the first line) the rest of the file goes to csv-parse
 * itself, with the line end already found. Property-tested against csv-parse (tests/cli/csv-rows.test.ts).
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { UnreadableFile, type SheetRow } from './xlsx-rows.js';

export interface CsvFormat {
  encoding: 'utf-8' | 'windows-1252';
  delimiter: string;
}

/** csv-parse refuses a record longer than this (and says so): such a record is left to it. */
const MAX_RECORD = 16 * 1024 * 1024;

export async function* csvRows(path: string, format: CsvFormat, onBytes: (n: number) => void): AsyncGenerator<SheetRow> {
  for await (const batch of csvBatches(path, format, onBytes)) yield* batch;
}

/** The same rows in batches: every record read from one chunk of the file (a step of an async generator per chunk, not per row). */
export async function* csvBatches(path: string, format: CsvFormat, onBytes: (n: number) => void): AsyncGenerator<SheetRow[]> {
  const iconv = (await import('iconv-lite')).default;
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  let decoded: AsyncIterable<string>;
  if (format.encoding === 'utf-8') {
    file.setEncoding('utf8'); // a character split between two chunks is decoded whole
    decoded = file as AsyncIterable<string>;
  } else decoded = file.pipe(iconv.decodeStream('win1252')) as AsyncIterable<string>;
  let counted = 0;
  yield* textBatches(
    (async function* () {
      for await (const chunk of decoded) {
        onBytes(file.bytesRead - counted);
        counted = file.bytesRead;
        yield chunk;
      }
    })(),
    format.delimiter,
  );
}

/** Rows handed over at most at once: larger batches keep more rows alive across a young-generation GC (a larger heap at peak). */
const MAX_BATCH = 512;

const NEED_MORE = 0;
const IRREGULAR = 1;

/**
 * One regular record of `text` from `pos`: its fields and where the next record starts; NEED_MORE when the text
 * ends inside it (and more may come), IRREGULAR when csv-parse must read it.
 */
function scan(text: string, pos: number, delimiter: string, eol: string, ended: boolean): { values: string[]; next: number } | typeof NEED_MORE | typeof IRREGULAR {
  const values: string[] = [];
  let i = pos;
  let e = -1; // the next line end at or after i, outside quotes (found when needed)
  for (;;) {
    if (text.charCodeAt(i) === 34) {
      // a quoted field: up to the quote not doubled
      let field = '';
      let j = i + 1;
      let after: number;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0 || (q === text.length - 1 && !ended)) return ended ? IRREGULAR : NEED_MORE;
        if (text.charCodeAt(q + 1) === 34) {
          field += text.slice(j, q + 1);
          j = q + 2;
          continue;
        }
        field += text.slice(j, q);
        after = q + 1;
        break;
      }
      if (after - pos > MAX_RECORD) return IRREGULAR;
      if (after === text.length) {
        if (!ended) return NEED_MORE;
        values.push(field);
        return { values, next: after };
      }
      if (text.startsWith(delimiter, after)) {
        values.push(field);
        i = after + delimiter.length;
        e = -1;
        continue;
      }
      if (text.startsWith(eol, after)) {
        values.push(field);
        return { values, next: after + eol.length };
      }
      // "\r" at the end of the text may be the start of "\r\n"
      if (!ended && eol.startsWith(text.slice(after))) return NEED_MORE;
      return IRREGULAR;
    }
    if (e < i) e = text.indexOf(eol, i);
    if (e < 0 && !ended) return text.length - pos > MAX_RECORD ? IRREGULAR : NEED_MORE;
    const d = text.indexOf(delimiter, i);
    const last = d < 0 || (e >= 0 && e < d);
    const end = last ? (e < 0 ? text.length : e) : d;
    if (end - pos > MAX_RECORD) return IRREGULAR;
    const field = text.slice(i, end);
    if (field.includes('"')) return IRREGULAR; // csv-parse keeps it (quotes relaxed), and reads what follows its own way
    values.push(field);
    if (last) return { values, next: e < 0 ? text.length : e + eol.length };
    i = d + delimiter.length;
  }
}

/** The records of CSV text given in chunks of whole characters (exported for the tests, which compare it with csv-parse). */
export async function* textRows(chunks: AsyncIterable<string>, delimiter: string): AsyncGenerator<SheetRow> {
  for await (const batch of textBatches(chunks, delimiter)) yield* batch;
}

/** The records of CSV text in batches: the regular records scanned before more text is needed, then csv-parse's one by one. */
export async function* textBatches(chunks: AsyncIterable<string>, delimiter: string): AsyncGenerator<SheetRow[]> {
  const it = chunks[Symbol.asyncIterator]();
  let n = 0;
  let text = '';
  let pos = 0;
  let ended = false;
  const more = async () => {
    const c = await it.next();
    if (c.done) ended = true;
    else {
      text = text.slice(pos) + c.value;
      pos = 0;
    }
  };
  // the first line decides the line end, as csv-parse's detection does: \r\n, \n or \r
  let eol: string | undefined;
  let bomSeen = false;
  for (;;) {
    const r = text.search(/[\r\n]/);
    if (!ended && (r < 0 || r === text.length - 1)) {
      if (text.length > MAX_RECORD) break;
      await more();
      // bom: dropped once, at the start of the file
      if (!bomSeen && text.length > 0) {
        bomSeen = true;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      continue;
    }
    if (r >= 0 && !text.slice(0, r).includes('"')) eol = text[r] === '\n' ? '\n' : text[r + 1] === '\n' ? '\r\n' : '\r';
    break;
  }
  if (eol !== undefined) {
    let batch: SheetRow[] = [];
    for (;;) {
      if (pos >= text.length || batch.length === MAX_BATCH) {
        if (batch.length) {
          yield batch;
          batch = [];
        }
        if (pos < text.length) continue;
        if (ended) return;
        await more();
        continue;
      }
      const s = scan(text, pos, delimiter, eol, ended);
      if (s === NEED_MORE || s === IRREGULAR) {
        if (batch.length) {
          yield batch;
          batch = [];
        }
        if (s === IRREGULAR) break;
        await more();
        continue;
      }
      pos = s.next;
      n++;
      batch.push({ number: n, values: s.values });
    }
  } else if (ended && !/[\r\n"]/.test(text)) {
    // one line without a line end
    if (text) yield [{ number: 1, values: text.split(delimiter) }];
    return;
  }
  // From here csv-parse reads the rest: the text not yet scanned, then the chunks still to come.
  const rest = text.slice(pos);
  const { parse } = await import('csv-parse');
  const source = Readable.from(
    (async function* () {
      if (rest) yield rest;
      for (let c = await it.next(); !c.done; c = await it.next()) yield c.value;
    })(),
  );
  // the line end found on the first line stays the file's, as csv-parse keeps the one it detects first
  const parser = source.pipe(parse({ delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, max_record_size: MAX_RECORD, ...(eol ? { record_delimiter: eol } : {}) }));
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      n++;
      yield [{ number: n, values: record }];
    }
  } catch (e) {
    throw new UnreadableFile(`CSV unreadable near line ${n + 1}: ${(e as Error).message}`);
  }
}
