/**
 * Malformed files for `formapro validate`: a clear exit 2 message or row findings, in bounded time and
 * memory: truncated xlsx, a zip bomb, a 10 MB single cell, wrong encoding, formula cells, merged and
 * duplicate headers, random bytes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formapro, ROOT } from '../cli/run';

const dir = mkdtempSync(join(tmpdir(), 'formapro-fuzz-'));
const SAMPLE = join(ROOT, 'examples', 'contrats-pro.xlsx');
const HEADER = 'Référence;Date de naissance;Diplôme;Date de début;Date de fin;Salaire brut mensuel';

/** A zip with one entry declared as xl/workbook.xml that inflates to 200 MB of zeros. */
function zipBomb(): Buffer {
  const data = deflateRawSync(Buffer.alloc(200 * 1024 * 1024));
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
  local.writeUInt32LE(0, 14); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(200 * 1024 * 1024, 22); local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20); central.writeUInt32LE(200 * 1024 * 1024, 24); central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12); end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

async function timed(file: string) {
  const t = Date.now();
  const r = await formapro('validate', file, '--format', 'json');
  return { ...r, ms: Date.now() - t };
}

describe('malformed files give exit 2 or row findings, quickly, never a stack trace', () => {
  it('truncated xlsx, random bytes, zip bomb → exit 2 with a message', async () => {
    const cases: [string, Buffer][] = [
      ['truncated.xlsx', readFileSync(SAMPLE).subarray(0, 3000)],
      ['random.xlsx', Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256))],
      ['bomb.xlsx', zipBomb()],
    ];
    for (const [name, bytes] of cases) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const r = await timed(file);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(/^formapro validate: /);
      expect(r.stderr, name).not.toMatch(/\n\s+at /);
      expect(r.ms, name).toBeLessThan(30_000);
    }
  }, 120_000);

  it('a 10 MB single cell and a Latin-1 file are read; the odd cell is a finding', async () => {
    const big = join(dir, 'bigcell.csv');
    writeFileSync(big, `${HEADER}\nX;${'9'.repeat(10 * 1024 * 1024)};bac pro;02/09/2024;31/08/2025;1200\n`);
    const r = await timed(big);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).rows[0].findings.map((f: { field: string }) => f.field)).toContain('birth_date');
    const latin = join(dir, 'latin1.csv');
    writeFileSync(latin, Buffer.from(`${HEADER}\nÉlodie;10/03/2005;bac pro;02/09/2024;31/08/2025;1 200,00\n`, 'latin1'));
    const l = await timed(latin);
    expect(l.code).toBe(0);
    expect(JSON.parse(l.stdout).rows[0].reference).toBe('Élodie');
  }, 120_000);

  it('formula cells are read by their cached result; merged and duplicate headers are handled', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Contrats');
    ws.addRow(['Référence', 'Date de naissance', 'Diplôme', 'Date de début', 'Date de fin', 'Salaire brut mensuel', 'Salaire brut mensuel']);
    ws.addRow(['F1', new Date('2005-03-10T00:00:00Z'), 'bac pro', new Date('2024-09-02T00:00:00Z'), new Date('2025-08-31T00:00:00Z'), { formula: '600*2', result: 1200 }, 5]);
    ws.mergeCells('H1:I1');
    ws.getCell('H1').value = 'Commentaire fusionné';
    const file = join(dir, 'formulas.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await timed(file);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rows[0].status).toBe('ok');
  }, 60_000);
});
