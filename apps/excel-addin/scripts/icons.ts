/** Draws the add-in icons (a white "F" on the FormaPro blue) as PNGs in assets/. Run once; the PNGs are committed. */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { APP } from './lib/paths';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (b: Buffer) => {
  let c = 0xffffffff;
  for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};

function icon(size: number): Buffer {
  const px = Buffer.alloc(size * (size * 4 + 1));
  const r = size * 0.18; // corner radius
  const inF = (x: number, y: number) => {
    const u = x / size, v = y / size;
    return (u >= 0.3 && u < 0.44 && v >= 0.2 && v < 0.8) || (u >= 0.3 && u < 0.72 && v >= 0.2 && v < 0.33) || (u >= 0.3 && u < 0.64 && v >= 0.44 && v < 0.56);
  };
  for (let y = 0; y < size; y++) {
    px[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const cx = Math.min(x + 0.5, size - x - 0.5), cy = Math.min(y + 0.5, size - y - 0.5);
      const outside = cx < r && cy < r && Math.hypot(r - cx, r - cy) > r;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const [R, G, B] = inF(x + 0.5, y + 0.5) ? [255, 255, 255] : [15, 108, 189];
      px[o] = R; px[o + 1] = G; px[o + 2] = B; px[o + 3] = outside ? 0 : 255;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(px)), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync(join(APP, 'assets'), { recursive: true });
for (const s of [16, 32, 64, 80, 128]) writeFileSync(join(APP, 'assets', `icon-${s}.png`), icon(s));
