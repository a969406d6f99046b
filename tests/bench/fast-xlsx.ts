/**
 * Bench prototype (not shipped): how fast could `formapro validate` read an xlsx sheet without exceljs's
 * per-cell objects? Inflates the sheet entry with node:zlib and scans `<row>`, `<c r t>`, `<v>`, `<is><t>`
 * by hand; shared strings in an array. Values as the CLI reads them with `styles: 'ignore'` (numbers stay
 * numbers). Used by the bench to show the floor; the CLI owner decides whether to adopt such a reader.
 * Handles what the bench and the sample produce; not a general xlsx parser (no zip64, first sheet only).
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw, inflateRawSync } from 'node:zlib';

interface Entry {
  name: string;
  method: number;
  size: number;
  offset: number;
}

function entries(fd: number): Map<string, Entry> {
  const size = fstatSync(fd).size;
  const tail = Buffer.alloc(Math.min(size, 65_557));
  readSync(fd, tail, 0, tail.length, size - tail.length);
  const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip');
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cd = Buffer.alloc(cdSize);
  readSync(fd, cd, 0, cdSize, tail.readUInt32LE(eocd + 16));
  const out = new Map<string, Entry>();
  for (let p = 0, i = 0; i < count; i++) {
    const nameLen = cd.readUInt16LE(p + 28);
    const name = cd.toString('utf8', p + 46, p + 46 + nameLen);
    out.set(name, { name, method: cd.readUInt16LE(p + 10), size: cd.readUInt32LE(p + 20), offset: cd.readUInt32LE(p + 42) });
    p += 46 + nameLen + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
  }
  return out;
}

function dataStart(fd: number, e: Entry): number {
  const h = Buffer.alloc(30);
  readSync(fd, h, 0, 30, e.offset);
  return e.offset + 30 + h.readUInt16LE(26) + h.readUInt16LE(28);
}

function readEntry(fd: number, e: Entry): string {
  const buf = Buffer.alloc(e.size);
  readSync(fd, buf, 0, e.size, dataStart(fd, e));
  return (e.method === 8 ? inflateRawSync(buf) : buf).toString('utf8');
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescape = (s: string) =>
  s.indexOf('&') < 0 ? s : s.replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m)));
const texts = (xml: string) => {
  let s = '';
  for (const m of xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)) s += m[1];
  return unescape(s);
};

function column(ref: string): number {
  let c = 0;
  for (let i = 0; i < ref.length; i++) {
    const k = ref.charCodeAt(i);
    if (k < 65) break;
    c = c * 26 + (k - 64);
  }
  return c - 1;
}

export async function* fastXlsxRows(path: string): AsyncGenerator<{ number: number; values: (string | number | boolean | null)[] }> {
  const fd = openSync(path, 'r');
  let sheet: Entry | undefined;
  let shared: string[] = [];
  try {
    const all = entries(fd);
    const ss = all.get('xl/sharedStrings.xml');
    if (ss) shared = [...readEntry(fd, ss).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1]));
    sheet = all.get('xl/worksheets/sheet1.xml');
    if (!sheet) throw new Error('no sheet1');
    var start = dataStart(fd, sheet);
  } finally {
    closeSync(fd);
  }
  const raw = createReadStream(path, { start, end: start + sheet.size - 1, highWaterMark: 1 << 20 });
  const stream = sheet.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: 1 << 20 })) : raw;
  let rest = '';
  const utf8 = new StringDecoder('utf8'); // a character split between two chunks stays whole
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const text = rest + utf8.write(chunk);
    let p = 0;
    for (;;) {
      const open = text.indexOf('<row', p);
      if (open < 0) break;
      const tagEnd = text.indexOf('>', open);
      if (tagEnd < 0) break;
      const rowNumber = Number(/\br="(\d+)"/.exec(text.slice(open, tagEnd))?.[1]);
      if (text.charCodeAt(tagEnd - 1) === 47 /* / */) {
        p = tagEnd + 1;
        continue; // <row/>: empty
      }
      const close = text.indexOf('</row>', tagEnd);
      if (close < 0) break;
      const values: (string | number | boolean | null)[] = [];
      let q = tagEnd + 1;
      for (;;) {
        const c = text.indexOf('<c', q);
        if (c < 0 || c > close) break;
        const cEnd = text.indexOf('>', c);
        const head = text.slice(c + 2, cEnd);
        const ref = /\br="([A-Z]+)/.exec(head)?.[1] ?? '';
        const type = /\bt="(\w+)"/.exec(head)?.[1];
        const col = ref ? column(ref) : values.length;
        let value: string | number | boolean | null = null;
        let next = cEnd + 1;
        if (head.endsWith('/')) {
          value = null;
        } else {
          const cClose = text.indexOf('</c>', cEnd);
          const inner = text.slice(cEnd + 1, cClose);
          next = cClose + 4;
          const v = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
          if (type === 's') value = shared[Number(v)] ?? null;
          else if (type === 'inlineStr') value = texts(inner);
          else if (type === 'str' || type === 'e') value = v === undefined ? null : unescape(v);
          else if (type === 'b') value = v === '1';
          else value = v === undefined ? null : Number(v);
        }
        while (values.length < col) values.push(null);
        values[col] = value;
        q = next;
      }
      yield { number: rowNumber, values };
      p = close + 6;
    }
    rest = text.slice(p);
  }
}
