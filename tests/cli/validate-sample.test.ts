/**
 * `formapro validate` on files as HR has them: the sample workbook judged as its "Attendu" and
 * "Attendu (codes)" columns say (verdict and finding codes), the same verdicts from its ";" Windows-1252 CSV export, other encodings and delimiters,
 * every output format, and broken files → exit 2 with a clear message.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formapro, ROOT } from './run.js';

const XLSX = join(ROOT, 'examples', 'contrats-pro.xlsx');
const CSV = join(ROOT, 'examples', 'contrats-pro.csv');
const STATUS: Record<string, string> = { OK: 'ok', Alerte: 'warning', Erreur: 'error' };
let expected: { reference: string; status: string }[] = [];
/** Per row, the finding codes its "Attendu (codes)" column states (every finding but the sheet-level CHECK_NOT_MADE). */
let expectedCodes: { reference: string; codes: string[] }[] = [];
const codesOf = (row: { reference: string; findings: { code: string }[] }) => ({
  reference: row.reference,
  codes: row.findings.map((f) => f.code).filter((c) => c !== 'CHECK_NOT_MADE').sort(),
});
const dir = mkdtempSync(join(tmpdir(), 'formapro-validate-'));

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(XLSX);
  const ws = wb.worksheets[0];
  const header = (ws.getRow(1).values as unknown[]).map(String);
  const ref = header.indexOf('Référence');
  const want = header.indexOf('Attendu');
  const wantCodes = header.indexOf('Attendu (codes)');
  ws.eachRow((row, n) => {
    if (n === 1) return;
    expected.push({ reference: String(row.getCell(ref).value), status: STATUS[String(row.getCell(want).value)] });
    const codes = row.getCell(wantCodes).value;
    expectedCodes.push({ reference: String(row.getCell(ref).value), codes: codes ? String(codes).split(/,\s*/).sort() : [] });
  });
});

describe.concurrent('the sample contracts workbook', () => {
  it('has at least 20 rows with French headers and a mix of verdicts', () => {
    expect(expected.length).toBeGreaterThanOrEqual(20);
    expect(new Set(expected.map((e) => e.status))).toEqual(new Set(['ok', 'warning', 'error']));
  });

  it('validate --format json judges every row as its "Attendu" and "Attendu (codes)" columns say; exit 1 (some rows in error)', async () => {
    const r = await formapro('validate', XLSX, '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.rows.map((x: { reference: string; status: string }) => ({ reference: x.reference, status: x.status }))).toEqual(expected);
    expect(report.rows.map(codesOf)).toEqual(expectedCodes);
    // every row also names the missing renewal column (CHECK_NOT_MADE, information)
    for (const row of report.rows) expect(row.findings.filter((f: { code: string }) => f.code === 'CHECK_NOT_MADE').map((f: { severity: string }) => f.severity)).toEqual(['info']);
    expect(report.rows[0].row).toBe(2);
    expect(report.summary).toMatchObject({ rows: expected.length, ok: expected.filter((e) => e.status === 'ok').length, warning: 1, error: expected.filter((e) => e.status === 'error').length, skipped: [] });
    // The sample has no renewal column: the renewal check (L6325-7) is named as not made, once for the sheet
    expect(report.summary.not_checked.map((c: { check: string; articles: string[] }) => [c.check, c.articles])).toEqual([['renewal', ['L6325-7']]]);
    expect(report.columns.header_row).toBe(1);
    expect(report.columns.ignored.map((c: { header: string; reason: string }) => [c.header, c.reason])).toEqual([['Attendu', 'informational'], ['Attendu (codes)', 'informational'], ['Notes', 'informational']]);
    for (const row of report.rows) for (const f of row.findings) expect(Object.keys(f).sort()).toEqual(['articles', 'code', 'field', 'message', 'severity']);
    expect(r.stderr).toMatch(/25 contracts: 10 ok, 1 with warnings, 14 with errors/);
  });

  it('the ";" Windows-1252 CSV export gets the same verdicts and findings', async () => {
    expect(readFileSync(CSV).includes(Buffer.from('Diplôme', 'utf8'))).toBe(false); // really not UTF-8
    const r = await formapro('validate', CSV, '--format', 'json');
    const report = JSON.parse(r.stdout);
    expect(report.rows.map((x: { reference: string; status: string }) => ({ reference: x.reference, status: x.status }))).toEqual(expected);
    expect(report.rows.map(codesOf)).toEqual(expectedCodes);
  });

  it('a "," UTF-8 CSV with a BOM and English headers is read too', async () => {
    const file = join(dir, 'bom.csv');
    writeFileSync(file, '\uFEFFReference,Birth date,Qualification,Start date,End date,Monthly gross salary,Training hours\nX1,2005-03-10,bac pro,2024-09-02,2025-08-31,"1,200.00",300\nX2,2005-03-10,bac pro,2024-09-02,2025-08-31,900,300\n');
    const r = await formapro('validate', file, '--format', 'json');
    const report = JSON.parse(r.stdout);
    expect(report.rows.map((x: { status: string }) => x.status)).toEqual(['ok', 'error']);
    expect(r.code).toBe(1);
  });

  it('--format csv --lang fr: one line per contract, ";" separated with a UTF-8 BOM so French Excel opens it as columns', async () => {
    const r = await formapro('validate', XLSX, '--format', 'csv', '--lang', 'fr');
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    const lines = r.stdout.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('ligne;référence;statut;erreurs;alertes;constats;articles');
    expect(lines).toHaveLength(expected.length + 1);
    expect(lines[3]).toMatch(/^4;PRO-003;Erreur;1;0;SALARY_BELOW_MINIMUM: Salaire de 1\u202f000,00 €/);
    const en = await formapro('validate', XLSX, '--format', 'csv', '--lang', 'en');
    expect(en.stdout.split('\r\n')[3]).toMatch(/^4,PRO-003,Error,1,0,"SALARY_BELOW_MINIMUM: Salary €1,000.00/);
  });

  it('--format xlsx: the original sheet with the status and findings columns, faulty cells coloured', async () => {
    const out = join(dir, 'out.xlsx');
    const r = await formapro('validate', XLSX, '--format', 'xlsx', '--out', out, '--lang', 'fr');
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header.slice(-2)).toEqual(['Statut FormaPro', 'Constats FormaPro']);
    expect(header.slice(0, 3)).toEqual(['Référence', 'Date de naissance', 'Diplôme']);
    const row4 = ws.getRow(4); // PRO-003, salary too low
    expect(row4.getCell(header.length - 1).value).toBe('Erreur');
    const salaryCol = header.indexOf('Salaire brut mensuel') + 1;
    expect((row4.getCell(salaryCol).fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFC7CE');
    expect(row4.getCell(salaryCol).value).toBe(1000); // the user's value untouched
  });

  it('broken files exit 2 with a clear message and no stack trace', async () => {
    const truncated = join(dir, 'truncated.xlsx');
    writeFileSync(truncated, readFileSync(XLSX).subarray(0, 2000));
    const notSheet = join(dir, 'photo.xlsx');
    writeFileSync(notSheet, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0]));
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const noHeaders = join(dir, 'noheaders.csv');
    writeFileSync(noHeaders, 'Nom;Prénom\nDupont;Jean\n');
    for (const [file, pattern] of [
      [truncated, /xlsx unreadable/],
      [notSheet, /not an xlsx workbook/],
      [empty, /is empty/],
      [noHeaders, /Required columns not found in the header row 1: "Birth date"/],
      [join(dir, 'missing.csv'), /no such file/],
    ] as const) {
      const r = await formapro('validate', file, '--format', 'json');
      expect(r.code, file).toBe(2);
      expect(r.stderr, file).toMatch(pattern);
      expect(r.stderr, file).not.toMatch(/\n\s+at /);
    }
  });

  it('exit 0 when no contract is in error; usage errors exit 2', async () => {
    const file = join(dir, 'good.csv');
    writeFileSync(file, 'Date de naissance;Diplôme;Date de début;Date de fin;Salaire brut mensuel\n10/03/2005;bac pro;02/09/2024;31/08/2025;1 200,00\n');
    expect((await formapro('validate', file, '--format', 'json')).code).toBe(0);
    expect((await formapro('validate', file, '--format', 'yaml')).code).toBe(2);
    expect((await formapro('validate', file, '--format', 'xlsx')).code).toBe(2);
  });
});
