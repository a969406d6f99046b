/**
 * A streaming reader of one xlsx sheet that never alters a character. The sheet's zip entry is inflated
 * with node:zlib and its XML scanned in place, one character per byte, each value read as UTF-8 once whole
 * (shared strings: decoded across chunk boundaries). A character split between two inflated chunks stays
 * whole, where exceljs's streaming reader turns it into U+FFFD.
 *
 * Read: the zip central directory (zip64 too), the workbook (sheet names, 1900 or 1904 date system), the
 * sheet relationships, the cell styles (which number formats are dates), shared strings (plain and rich),
 * and every cell kind: shared, inline and rich strings, numbers, booleans, errors (`#DIV/0!`), formulas by
 * their cached value, ISO dates (`t="d"`). A number whose style is a date format is given as an ISO date
 * (YYYY-MM-DD), as Excel shows it. Cells without a reference follow the previous one; rows likewise.
 * Not read: formatting other than date-ness, merged ranges (the value sits in the first cell), comments.
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { fromExcelSerial, type RawCell } from '@formapro/core';

export class XlsxError extends Error {}

export interface XlsxRow {
  /** Row number as Excel shows it (1-based). */
  number: number;
  values: RawCell[];
}

export interface XlsxOptions {
  /** Sheet to read by name (default: the first). */
  sheet?: string;
  /** Called with the sheet's name once it is known. */
  onSheet?: (name: string) => void;
  /** Size of the inflated chunks (tests use tiny ones to split characters on purpose). */
  chunkSize?: number;
}

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

// ------------------------------------------------------------------------------------------------ zip

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Largest part read whole (workbook, relationships, styles); the sheet and shared strings are streamed. */
const SMALL_PART_LIMIT = 64 * 1024 * 1024;

function readAt(fd: number, length: number, position: number): Buffer {
  const buf = Buffer.alloc(length);
  const got = readSync(fd, buf, 0, length, position);
  if (got < length) throw new XlsxError('the file stops short (truncated zip)');
  return buf;
}

function centralDirectory(fd: number): Map<string, Entry> {
  const size = fstatSync(fd).size;
  const tailLength = Math.min(size, 65_557);
  const tail = readAt(fd, tailLength, size - tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--)
    if (tail.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new XlsxError('no zip directory: the file is not a complete xlsx');
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || tail.readUInt32LE(locator) !== EOCD64_LOCATOR) throw new XlsxError('zip64 directory not found');
    const rec = readAt(fd, 56, Number(tail.readBigUInt64LE(locator + 8)));
    if (rec.readUInt32LE(0) !== EOCD64) throw new XlsxError('zip64 directory not found');
    count = Number(rec.readBigUInt64LE(32));
    cdSize = Number(rec.readBigUInt64LE(40));
    cdOffset = Number(rec.readBigUInt64LE(48));
  }
  if (cdOffset + cdSize > size) throw new XlsxError('the zip directory points past the end of the file (truncated)');
  const cd = readAt(fd, cdSize, cdOffset);
  const out = new Map<string, Entry>();
  for (let p = 0, i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw new XlsxError('damaged zip directory');
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const name = cd.toString('utf8', p + 46, p + 46 + nameLength).replace(/\\/g, '/');
    let compressed = cd.readUInt32LE(p + 20);
    let uncompressed = cd.readUInt32LE(p + 24);
    let offset = cd.readUInt32LE(p + 42);
    // zip64 extra field: the 64-bit values of the fields set to 0xffffffff, in this order
    for (let e = p + 46 + nameLength, end = e + extraLength; e + 4 <= end; ) {
      const id = cd.readUInt16LE(e);
      const len = cd.readUInt16LE(e + 2);
      if (id === 1) {
        let q = e + 4;
        if (uncompressed === 0xffffffff) (uncompressed = Number(cd.readBigUInt64LE(q))), (q += 8);
        if (compressed === 0xffffffff) (compressed = Number(cd.readBigUInt64LE(q))), (q += 8);
        if (offset === 0xffffffff) offset = Number(cd.readBigUInt64LE(q));
      }
      e += 4 + len;
    }
    out.set(name.replace(/^\//, '').toLowerCase(), { name, method: cd.readUInt16LE(p + 10), compressed, size: uncompressed, offset });
    p += 46 + nameLength + extraLength + cd.readUInt16LE(p + 32);
  }
  return out;
}

function dataStart(fd: number, e: Entry): number {
  const h = readAt(fd, 30, e.offset);
  if (h.readUInt32LE(0) !== LOCAL) throw new XlsxError(`damaged zip entry ${e.name}`);
  return e.offset + 30 + h.readUInt16LE(26) + h.readUInt16LE(28);
}

function checkMethod(e: Entry): void {
  if (e.method !== 0 && e.method !== 8) throw new XlsxError(`zip entry ${e.name} uses an unsupported compression (method ${e.method}); save the workbook again from Excel`);
}

function readSmallPart(fd: number, e: Entry): string {
  checkMethod(e);
  if (e.size > SMALL_PART_LIMIT) throw new XlsxError(`${e.name} is too large (${e.size} bytes)`);
  const raw = readAt(fd, e.compressed, dataStart(fd, e));
  try {
    return (e.method === 8 ? inflateRawSync(raw, { maxOutputLength: SMALL_PART_LIMIT }) : raw).toString('utf8');
  } catch (err) {
    throw new XlsxError(`${e.name} cannot be inflated (${(err as Error).message})`);
  }
}

/**
 * The text of a zip entry, streamed in chunks: decoded as UTF-8 across chunk boundaries, or (`bytes`) one
 * character per byte (latin1), which is much faster to make and to search; such text is read as UTF-8 where
 * it matters, value by value (`utf8`), once a value is whole.
 */
async function* streamPart(path: string, fd: number, e: Entry, chunkSize: number, bytes = false): AsyncGenerator<string> {
  checkMethod(e);
  const start = dataStart(fd, e);
  if (e.compressed === 0) return;
  const raw = createReadStream(path, { start, end: start + e.compressed - 1, highWaterMark: Math.max(chunkSize, 64 * 1024) });
  const stream = e.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: Math.max(64, chunkSize) })) : raw;
  if (e.method === 8) raw.on('error', (err) => stream.destroy(err));
  const decoder = new StringDecoder(bytes ? 'latin1' : 'utf8');
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (chunk.length > chunkSize) {
        for (let i = 0; i < chunk.length; i += chunkSize) yield decoder.write(chunk.subarray(i, i + chunkSize));
      } else yield decoder.write(chunk);
    }
  } catch (err) {
    throw new XlsxError(`${e.name} cannot be inflated (${(err as Error).message})`);
  }
  const end = decoder.end();
  if (end) yield end;
}

const NON_ASCII = /[^\x00-\x7f]/;

/** A whole value of text made one character per byte, read as the UTF-8 it is (ASCII is the same either way). */
function utf8(bytes: string): string {
  return NON_ASCII.test(bytes) ? Buffer.from(bytes, 'latin1').toString('utf8') : bytes;
}

// ------------------------------------------------------------------------------------------------ xml

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML entities, then OOXML's `_xHHHH_` escapes of characters XML cannot hold (`_x000D_` is a CR). */
export function unescapeXml(s: string): string {
  if (s.indexOf('&') >= 0)
    s = s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e: string) => {
      if (e[0] !== '#') return ENTITIES[e] ?? m;
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    });
  if (s.indexOf('_x') >= 0) s = s.replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}

/** Attributes of a start tag's text (`r="A1" s="3" t="s"`), names without their prefix. */
function attributes(head: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(head); m; m = re.exec(head)) out[m[1].replace(/^[\w.-]+:/, '')] = unescapeXml(m[3] ?? m[4] ?? '');
  return out;
}

/** The text of the `<t>` elements of a string item, phonetic runs (`<rPh>`) left out. */
function itemText(xml: string, p: string): string {
  const noPhonetic = xml.indexOf('rPh') >= 0 ? xml.replace(new RegExp(`<${p}rPh\\b[\\s\\S]*?</${p}rPh>`, 'g'), '') : xml;
  let s = '';
  const re = new RegExp(`<${p}t(?:\\s[^>]*)?>([\\s\\S]*?)</${p}t>`, 'g');
  for (let m = re.exec(noPhonetic); m; m = re.exec(noPhonetic)) s += m[1];
  return unescapeXml(s);
}

/** The element prefix the part uses (`x:` in `<x:worksheet>`), or ''. */
function prefixOf(xml: string, root: string): string {
  return rootPrefix(xml, root) ?? '';
}

/** The same, from the start of a streamed part: undefined while its root tag is not whole yet. */
function rootPrefix(xml: string, root: string): string | undefined {
  const m = new RegExp(`<([\\w.-]+:)?${root}[\\s>]`).exec(xml);
  return m ? (m[1] ?? '') : undefined;
}

// --------------------------------------------------------------------------------------- workbook parts

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * A format code shows a date when, outside quotes, brackets, escapes, padding (`_x`), fill (`*x`) and the
 * word General (LibreOffice's default style is a custom "General"), it has d, m, y (or e, g, b).
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/[\\_*]./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/general/gi, '')
    .split(';')[0];
  return /[dmyegb]/i.test(bare) && !/^[#0.,%\sE+-]*$/i.test(bare);
}

function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const p = prefixOf(xml, 'styleSheet');
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(new RegExp(`<${p}numFmt\\b([^>]*)/?>`, 'g'))) {
    const a = attributes(m[1]);
    custom.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  const xfs = new RegExp(`<${p}cellXfs\\b[^>]*>([\\s\\S]*?)</${p}cellXfs>`).exec(xml)?.[1] ?? '';
  const out: boolean[] = [];
  for (const m of xfs.matchAll(new RegExp(`<${p}xf\\b([^>]*?)(/>|>)`, 'g'))) {
    const id = Number(attributes(m[1]).numFmtId ?? 0);
    out.push(custom.has(id) ? isDateFormat(custom.get(id)!) : BUILTIN_DATE_FORMATS.has(id));
  }
  return out;
}

interface Workbook {
  sheets: { name: string; path: string }[];
  date1904: boolean;
}

function workbook(fd: number, parts: Map<string, Entry>): Workbook {
  const wbEntry = parts.get('xl/workbook.xml');
  if (!wbEntry) throw new XlsxError('no workbook part (xl/workbook.xml): the file is not an Excel workbook');
  const xml = readSmallPart(fd, wbEntry);
  const p = prefixOf(xml, 'workbook');
  const rels = new Map<string, string>();
  const relEntry = parts.get('xl/_rels/workbook.xml.rels');
  if (relEntry)
    for (const m of readSmallPart(fd, relEntry).matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)\/?>/g)) {
      const a = attributes(m[1]);
      const target = (a.Target ?? '').replace(/\\/g, '/');
      rels.set(a.Id, target.startsWith('/') ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, '/'));
    }
  const sheets: { name: string; path: string }[] = [];
  let index = 0;
  for (const m of xml.matchAll(new RegExp(`<${p}sheet\\b([^>]*)/?>`, 'g'))) {
    index++;
    const a = attributes(m[1]);
    sheets.push({ name: a.name ?? `Sheet${index}`, path: rels.get(a.id) ?? `xl/worksheets/sheet${index}.xml` });
  }
  const pr = new RegExp(`<${p}workbookPr\\b([^>]*)/?>`).exec(xml);
  const d = pr ? attributes(pr[1]).date1904 : undefined;
  return { sheets, date1904: d === '1' || d === 'true' };
}

/** Shared strings, streamed: a large table never sits in memory twice. */
async function sharedStrings(path: string, fd: number, e: Entry | undefined, chunkSize: number): Promise<string[]> {
  if (!e) return [];
  const out: string[] = [];
  let rest = '';
  let p: string | undefined;
  for await (const text of streamPart(path, fd, e, chunkSize)) {
    let buf = rest + text;
    p ??= rootPrefix(buf, 'sst');
    if (p === undefined) {
      rest = buf.slice(-64);
      continue;
    }
    const open = `<${p}si`;
    const close = `</${p}si>`;
    let at = 0;
    for (;;) {
      const s = buf.indexOf(open, at);
      if (s < 0) {
        at = Math.max(at, buf.length - open.length);
        break;
      }
      const after = buf.charCodeAt(s + open.length);
      if (after === 47 /* / */) {
        // <si/>: an empty string
        const end = buf.indexOf('>', s);
        if (end < 0) {
          at = s;
          break;
        }
        out.push('');
        at = end + 1;
        continue;
      }
      const end = buf.indexOf(close, s);
      if (end < 0) {
        at = s;
        break;
      }
      out.push(itemText(buf.slice(s, end), p));
      at = end + close.length;
    }
    rest = buf.slice(at);
    buf = '';
    if (rest.length > MAX_ROW_TEXT) throw new XlsxError(`a shared string holds more than ${MAX_ROW_TEXT / (1024 * 1024)} MB of XML`);
  }
  return out;
}

// ------------------------------------------------------------------------------------------------ sheet

/**
 * A serial day as the engine reads dates (YYYY-MM-DD): the 1900 system as Excel counts it, or the 1904
 * system (day 0 = 1904-01-01, which is day 1462 of the 1900 system). Undefined where no date exists.
 */
export function serialToIso(serial: number, date1904: boolean): string | undefined {
  return fromExcelSerial(date1904 ? serial + 1462 : serial);
}

/** Column XFD (0-based): the last column of an Excel sheet. */
const MAX_COLUMN = 16_383;

/** Largest XML text of one row held while it is read (a 10 MB cell is fine; a runaway row is not). */
const MAX_ROW_TEXT = 256 * 1024 * 1024;

/** Rows of one sheet of an xlsx workbook, in order, each with its values (null where a cell is empty). */
export async function* readXlsxRows(path: string, options: XlsxOptions = {}): AsyncGenerator<XlsxRow> {
  for await (const batch of readXlsxBatches(path, options)) yield* batch;
}

/**
 * The same rows, in the batches one inflated chunk of the sheet gives (about a megabyte of XML, some
 * thousands of rows): one step of the generator per batch, not per row.
 */
export async function* readXlsxBatches(path: string, options: XlsxOptions = {}): AsyncGenerator<XlsxRow[]> {
  const chunkSize = options.chunkSize ?? 1 << 20;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new XlsxError(`cannot open ${path}: ${(e as Error).message}`);
  }
  let sheetEntry: Entry;
  let shared: string[];
  let dates: boolean[];
  let date1904: boolean;
  try {
    const parts = centralDirectory(fd);
    const wb = workbook(fd, parts);
    const chosen = options.sheet === undefined ? wb.sheets[0] : wb.sheets.find((s) => s.name === options.sheet);
    if (!chosen) throw new XlsxError(options.sheet !== undefined ? `no sheet named "${options.sheet}" (sheets: ${wb.sheets.map((s) => s.name).join(', ') || 'none'})` : 'the workbook has no sheet');
    const entry = parts.get(chosen.path.toLowerCase());
    if (!entry) throw new XlsxError(`the sheet "${chosen.name}" has no data part (${chosen.path})`);
    sheetEntry = entry;
    date1904 = wb.date1904;
    const stylesEntry = parts.get('xl/styles.xml');
    dates = dateStyles(stylesEntry ? readSmallPart(fd, stylesEntry) : undefined);
    shared = await sharedStrings(path, fd, parts.get('xl/sharedstrings.xml'), chunkSize);
    options.onSheet?.(chosen.name);
  } catch (e) {
    closeSync(fd);
    throw e instanceof XlsxError ? e : new XlsxError((e as Error).message);
  }
  try {
    yield* scanSheet(streamPart(path, fd, sheetEntry, chunkSize, true), shared, dates, date1904);
  } finally {
    closeSync(fd);
  }
}

const isSpace = (k: number) => k === 32 || k === 9 || k === 10 || k === 13;
/** After `<c` or `<row`: the tag goes on (space, `>`, `/`), else another element (`<col`, `<rowBreaks>`). */
const endsName = (k: number) => k === 62 || k === 47 || isSpace(k);

/** The kinds of cell (`t="…"`) the scan tells apart; anything else reads as a number. */
const enum CellType {
  Number,
  Shared,
  Text,
  Inline,
  Bool,
  Error,
  Date,
}

/**
 * The attributes of a cell's start tag `<c r="B7" s="3" t="s">` that matter, read in one pass from `from`
 * (names without a namespace prefix; a `>` inside quotes is text): the column (0-based, -1 without `r`), the
 * type and the style (-1 without `s`). Module state, not an object per cell: the scan is single-threaded and
 * reads them at once.
 */
let cellColumn = -1;
let cellType = CellType.Number;
let cellStyle = -1;
/** Where the `r` attribute's value starts (for an error message), -1 without one. */
let cellRefAt = -1;

/** Reads the attributes of the tag going on at `from`; returns where its `>` is (-1: not in this text). */
function cellAttributes(text: string, from: number): number {
  cellColumn = -1;
  cellType = CellType.Number;
  cellStyle = -1;
  cellRefAt = -1;
  const to = text.length;
  let i = from;
  while (i < to) {
    let k = text.charCodeAt(i);
    if (k === 62 /* > */) return i;
    if (isSpace(k) || k === 47 /* / */) {
      i++;
      continue;
    }
    // the name, its local part after any prefix
    let local = i;
    while (i < to && (k = text.charCodeAt(i)) !== 61 /* = */ && !isSpace(k) && k !== 47 && k !== 62) {
      if (k === 58 /* : */) local = i + 1;
      i++;
    }
    const name = i - local === 1 ? text.charCodeAt(local) : 0;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 61) continue; // a bare word: not an attribute
    i++;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    const quote = text.charCodeAt(i);
    if (quote !== 34 && quote !== 39) continue;
    const start = i + 1;
    const end = text.indexOf(quote === 34 ? '"' : "'", start);
    if (end < 0) return -1;
    i = end + 1;
    if (name === 114 /* r */) {
      cellRefAt = start;
      let c = 0;
      let j = start;
      for (; j < end; j++) {
        const u = text.charCodeAt(j) | 32; // A–Z read as a–z
        if (u < 97 || u > 122) break;
        c = c * 26 + (u - 96);
      }
      cellColumn = j > start ? c - 1 : -1;
    } else if (name === 116 /* t */) {
      const length = end - start;
      const first = text.charCodeAt(start);
      cellType =
        length === 1 ? (first === 115 ? CellType.Shared : first === 98 ? CellType.Bool : first === 101 ? CellType.Error : first === 100 ? CellType.Date : CellType.Number)
        : length === 3 && text.startsWith('str', start) ? CellType.Text
        : length === 9 && text.startsWith('inlineStr', start) ? CellType.Inline
        : CellType.Number;
    } else if (name === 115 /* s */) {
      let v = 0;
      let j = start;
      for (; j < end; j++) {
        const d = text.charCodeAt(j) - 48;
        if (d < 0 || d > 9) break;
        v = v * 10 + d;
      }
      cellStyle = j === end && j > start ? v : -1;
    }
  }
  return -1;
}

/**
 * The cells of `<sheetData>`, scanned in place: one pass, no object per cell but the value itself; the rows
 * complete in each chunk of text given as one batch. The text is one character per byte (streamPart's
 * `bytes`): every value of text is read as UTF-8 once whole, so a character split between chunks stays whole.
 */
async function* scanSheet(chunks: AsyncIterable<string>, shared: string[], dates: boolean[], date1904: boolean): AsyncGenerator<XlsxRow[]> {
  let rest = '';
  let p: string | undefined;
  let lastRow = 0;
  for await (const chunk of chunks) {
    const text = rest + chunk;
    if (p === undefined) {
      p = rootPrefix(text, 'worksheet');
      if (p === undefined) {
        rest = text.length > 256 ? text.slice(-256) : text;
        continue;
      }
    }
    const rowOpen = `<${p}row`;
    const rowClose = `</${p}row>`;
    const cellOpen = `<${p}c`;
    const cellClose = `</${p}c>`;
    const valueOpen = `<${p}v`;
    const valueTag = `<${p}v>`;
    const valueClose = `</${p}v>`;
    const batch: XlsxRow[] = [];
    let at = 0;
    for (;;) {
      const open = text.indexOf(rowOpen, at);
      if (open < 0) {
        at = Math.max(at, text.length - rowOpen.length);
        break;
      }
      if (open + rowOpen.length >= text.length) {
        at = open; // the tag continues in the next chunk
        break;
      }
      if (!endsName(text.charCodeAt(open + rowOpen.length))) {
        at = open + rowOpen.length; // <rowBreaks> and the like
        continue;
      }
      const headEnd = text.indexOf('>', open);
      if (headEnd < 0) {
        at = open;
        break;
      }
      const head = text.slice(open + rowOpen.length, headEnd);
      const r = /\br\s*=\s*["'](\d+)["']/.exec(head);
      const number = r ? Number(r[1]) : lastRow + 1;
      if (text.charCodeAt(headEnd - 1) === 47 /* <row/> */) {
        lastRow = number;
        at = headEnd + 1;
        continue;
      }
      const close = text.indexOf(rowClose, headEnd);
      if (close < 0) {
        at = open;
        break;
      }
      lastRow = number;
      const values: RawCell[] = [];
      let q = headEnd + 1;
      for (;;) {
        const c = text.indexOf(cellOpen, q);
        if (c < 0 || c > close) break;
        if (!endsName(text.charCodeAt(c + cellOpen.length))) {
          q = c + cellOpen.length;
          continue;
        }
        let cEnd = cellAttributes(text, c + cellOpen.length);
        if (cEnd < 0 || cEnd > close) cEnd = close; // a tag left open (damaged file) stops at its row's end
        const col = cellColumn >= 0 ? cellColumn : values.length;
        if (col > MAX_COLUMN) throw new XlsxError(`cell ${cellRefAt < 0 ? '' : /^[A-Za-z]*/.exec(text.slice(cellRefAt, cellRefAt + 16))![0]}${number} lies beyond column XFD, the last one Excel has: the sheet is damaged`);
        let value: RawCell = null;
        if (text.charCodeAt(cEnd - 1) === 47 || cEnd === close) {
          q = cEnd + 1;
        } else {
          // the value: `<v>…</v></c>` as nearly every writer puts it, else the first <v> before the cell's end
          // (after a formula's <f>, whose text holds no `<`), or the inline string
          let v: string | undefined;
          const vStart = cEnd + 1 + valueTag.length;
          let vEnd = -1;
          if (cellType !== CellType.Inline && text.startsWith(valueTag, cEnd + 1) && (vEnd = text.indexOf(valueClose, vStart)) >= 0 && text.startsWith(cellClose, vEnd + valueClose.length)) {
            v = text.slice(vStart, vEnd);
            q = vEnd + valueClose.length + cellClose.length;
          } else {
            let cClose = text.indexOf(cellClose, cEnd);
            if (cClose < 0 || cClose > close) cClose = close; // a cell left open (damaged file) stops at its row's end
            q = cClose === close ? close : cClose + cellClose.length;
            if (cellType === CellType.Inline) v = itemText(utf8(text.slice(cEnd + 1, cClose)), p);
            else
              for (let o = text.indexOf(valueOpen, cEnd); o >= 0 && o < cClose; o = text.indexOf(valueOpen, o + valueOpen.length)) {
                const k = text.charCodeAt(o + valueOpen.length);
                if (k !== 62 && !isSpace(k)) continue; // <vm…>, <v/>
                const from = text.indexOf('>', o) + 1;
                const to = text.indexOf(valueClose, from);
                if (to >= 0 && to + valueClose.length <= cClose) v = text.slice(from, to);
                break;
              }
          }
          const type = cellType;
          if (v === undefined || type === CellType.Inline) value = v ?? null;
          else if (type === CellType.Shared) value = shared[Number(v)] ?? null;
          else if (type === CellType.Text || type === CellType.Error) value = unescapeXml(utf8(v));
          else if (type === CellType.Bool) value = v.trim() === '1' || v.trim() === 'true';
          else if (type === CellType.Date) value = unescapeXml(utf8(v)).slice(0, 10);
          else if (v.trim() !== '') {
            const n = Number(v);
            value = Number.isFinite(n) ? (cellStyle >= 0 && dates[cellStyle] ? (serialToIso(n, date1904) ?? n) : n) : unescapeXml(utf8(v));
          }
        }
        while (values.length < col) values.push(null);
        values[col] = value;
      }
      batch.push({ number, values });
      at = close + rowClose.length;
    }
    rest = text.slice(at);
    if (batch.length > 0) yield batch;
    if (rest.length > MAX_ROW_TEXT) throw new XlsxError(`a row of the sheet holds more than ${MAX_ROW_TEXT / (1024 * 1024)} MB of XML: not a contract sheet`);
  }
}
