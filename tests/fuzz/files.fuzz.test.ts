/**
 * Malformed files for `formapro validate`: a clear exit 2 message or row findings, in bounded time and
 * memory (peak RSS of the CLI process, tsx included): truncated xlsx, a zip bomb, a 10 MB single cell,
 * wrong encodings (Windows-1252 is read; UTF-16 is refused), formula cells, merged and duplicate headers,
 * an unterminated quote, random bytes; then randomly corrupted copies of the sample workbook and of a CSV
 * (fast-check) through the CLI as shipped (bundle and xlsx worker, or in-thread): exit 0/1/2 with a message,
 * never a hang (it found one: exceljs left pending on broken deflate data).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run';
import { measured, zipBomb, type MeasuredRun } from './measured';

const FULL = process.env.FORMAPRO_FUZZ === 'full';
const dir = mkdtempSync(join(tmpdir(), 'formapro-fuzz-'));
const SAMPLE = join(ROOT, 'examples', 'contrats-pro.xlsx');
const HEADER = 'Référence;Date de naissance;Diplôme;Date de début;Date de fin;Salaire brut mensuel';

async function validate(name: string, bytes: Buffer | string, ...args: string[]): Promise<MeasuredRun> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const r = await measured(['validate', file, '--format', 'json', ...args]);
  // Time and memory are measured by `pnpm bench` (section 5), not asserted here: a loaded machine must not
  // fail the suite. A hang is still caught: measured() kills the process after 60 s (exit 137 ≠ 0/1/2).
  expect(r.stderr, `${name}: no stack trace`).not.toMatch(/\n\s+at /);
  return r;
}

describe('malformed files give exit 2 or row findings, never a hang or a stack trace', () => {
  it('truncated xlsx, random bytes, a zip bomb, UTF-16 text, an unterminated quote → exit 2 with a message', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\nA;10/03/2005;bac pro;02/09/2024;31/08/2025;1200\n`, 'utf16le')]);
    const cases: [string, Buffer | string, RegExp][] = [
      ['truncated.xlsx', readFileSync(SAMPLE).subarray(0, 3000), /xlsx unreadable|not an xlsx|sheet/i],
      ['random.xlsx', Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)), /xlsx/i],
      ['bomb.xlsx', zipBomb(), /xlsx|sheet/i],
      ['utf16.csv', utf16, /binary|encoding|UTF/i],
      ['unterminated.csv', `${HEADER}\nA;"10/03/2005;bac pro;02/09/2024;31/08/2025;1200\n`, /CSV unreadable near line 2/],
      ['noheader.csv', 'a,b\n1,2\n', /Required columns not found in the header row 1/],
      ['empty.csv', '\n\n\n', /no header row/],
    ];
    for (const [name, bytes, message] of cases) {
      const r = await validate(name, bytes);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(/^formapro validate: /m); // after the lines saying which columns were read
      expect(r.stderr, name).toMatch(message);
    }
  }, 240_000);

  it('a 10 MB single cell and a Windows-1252 file are read; the odd cell is a finding', async () => {
    const big = await validate('bigcell.csv', `${HEADER}\nX;${'9'.repeat(10 * 1024 * 1024)};bac pro;02/09/2024;31/08/2025;1200\n`);
    expect(big.code).toBe(1);
    expect(JSON.parse(big.stdout).rows[0].findings.map((f: { field: string }) => f.field)).toContain('birth_date');
    const latin = await validate('latin1.csv', Buffer.from(`${HEADER}\nÉlodie;10/03/2005;bac pro;02/09/2024;31/08/2025;1 200,00\n`, 'latin1'));
    expect(latin.code).toBe(0);
    expect(JSON.parse(latin.stdout).rows[0].reference).toBe('Élodie');
  }, 120_000);

  it('a 10 MB single cell in an xlsx is a finding', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Contrats');
    ws.addRow(HEADER.split(';'));
    ws.addRow(['X', 'é'.repeat(10 * 1024 * 1024), 'bac pro', '2024-09-02', '2025-08-31', 1200]);
    const file = join(dir, 'bigcell.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await validate('bigcell.xlsx', readFileSync(file));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).rows[0].findings.map((f: { field: string }) => f.field)).toContain('birth_date');
  }, 120_000);

  it('formula cells are read by their cached result; merged headers are kept; a duplicate header is announced and the first column used', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Contrats');
    ws.addRow(['Référence', 'Date de naissance', 'Diplôme', 'Date de début', 'Date de fin', 'Salaire brut mensuel', 'Salaire brut mensuel']);
    ws.addRow(['F1', new Date('2005-03-10T00:00:00Z'), 'bac pro', new Date('2024-09-02T00:00:00Z'), new Date('2025-08-31T00:00:00Z'), { formula: '600*2', result: 1200 }, 5]);
    ws.addRow(['F2', new Date('2005-03-10T00:00:00Z'), 'bac pro', new Date('2024-09-02T00:00:00Z'), new Date('2025-08-31T00:00:00Z'), { formula: 'A1/0', result: { error: '#DIV/0!' } }, 1200]);
    ws.mergeCells('H1:I1');
    ws.getCell('H1').value = 'Commentaire fusionné';
    const file = join(dir, 'formulas.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await validate('formulas.xlsx', readFileSync(file));
    const rows = JSON.parse(r.stdout).rows;
    expect(rows[0].status).toBe('ok'); // 1,200 € from the formula's cached result, not the 5 of the duplicate column
    expect(rows[1].findings.map((f: { field: string }) => f.field)).toContain('monthly_salary'); // #DIV/0! is not a salary
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Monthly gross salary ← "Salaire brut mensuel"/);
    expect(r.stderr).toMatch(/Columns ignored: "Salaire brut mensuel" \(Monthly gross salary already read from another column\)/); // column 7, announced
  }, 60_000);
});

describe('randomly corrupted files through the CLI as shipped (bundle + xlsx worker, and in-thread): exit 0, 1 or 2 with a message, never a hang', () => {
  const runs = FULL ? 200 : 12;
  const sample = readFileSync(SAMPLE);
  const csv = readFileSync(join(ROOT, 'examples', 'contrats-pro.csv'));
  const cli = join(dir, 'cli', 'main.js');
  beforeAll(async () => {
    await build({
      entryPoints: [join(ROOT, 'apps/cli/src/main.ts'), join(ROOT, 'apps/cli/src/validate/xlsx-worker.ts')],
      bundle: true, platform: 'node', format: 'esm', outdir: join(dir, 'cli'), entryNames: '[name]', logLevel: 'error',
      banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
    });
  }, 60_000);
  const corrupt = (base: Buffer) =>
    fc
      .record({
        cut: fc.oneof(fc.constant(base.length), fc.nat({ max: base.length })),
        flips: fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }),
      })
      .map(({ cut, flips }) => {
        const b = Buffer.from(base);
        for (const [i, v] of flips) b[i] = v;
        return b.subarray(0, Math.max(1, cut));
      });
  let n = 0;
  const check = async (bytes: Buffer, ext: string, env: Record<string, string> = {}) => {
    const file = join(dir, `corrupt-${n++}.${ext}`);
    writeFileSync(file, bytes);
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, [cli, 'validate', file, '--format', 'json', '--out', join(dir, 'out.json')], { env: { ...process.env, ...env }, timeout: 60_000, killSignal: 'SIGKILL' }, (error, _stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr }),
      );
    });
    expect([0, 1, 2], `${file}: ${r.stderr}`).toContain(r.code); // null: killed after 60 s (a hang); 13: a reader left pending
    if (r.code === 2) expect(r.stderr).toMatch(/^formapro validate: .{10,}/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  };

  it('the corrupt workbook found by this fuzz (deflate data broken mid-entry) is exit 2, with the worker and in-thread', async () => {
    const b = Buffer.from(sample);
    for (const [i, v] of [[1664, 0], [2016, 0], [2080, 128], [2816, 64], [4608, 0], [6208, 0], [8128, 0], [8256, 0], [8704, 0]]) b[i] = v;
    await check(b, 'xlsx');
    await check(b, 'xlsx', { FORMAPRO_NO_WORKER: '1' });
  }, 60_000);

  for (const [name, base, ext] of [['xlsx', sample, 'xlsx'], ['CSV', csv, 'csv']] as const) {
    it(`${runs} corrupted ${name} files`, async () => {
      await fc.assert(fc.asyncProperty(corrupt(base), fc.boolean(), (bytes, inThread) => check(bytes, ext, inThread ? { FORMAPRO_NO_WORKER: '1' } : {})), { numRuns: runs });
    }, 900_000);
  }
});
