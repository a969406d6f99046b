/**
 * `formapro validate` on an HR export as payroll software writes it (examples/export-rh.*: headers such as
 * "Date naissance", "Niveau diplôme", "Début contrat", "Salaire brut (€)", "Temps de travail (h/sem)",
 * two merged title rows, date cells, formulas and a TOTAL row): no renaming, no mapping file, and each
 * contract gets the verdict and the findings worked by hand in examples/export-rh.attendu.json.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formapro, ROOT } from './run.js';

const EX = join(ROOT, 'examples');
const attendu = JSON.parse(readFileSync(join(EX, 'export-rh.attendu.json'), 'utf8')) as {
  header_row: { xlsx: number; csv: number };
  total_row: { xlsx: number; csv: number };
  contracts: { reference: string; status: string; codes: string[] }[];
};
const dir = mkdtempSync(join(tmpdir(), 'formapro-hr-'));

interface Report {
  columns: { header_row: number; recognised: { field: string; header: string }[]; ignored: { header: string; reason: string }[]; not_checked: { check: string }[] };
  rows: { row: number; reference: string; status: string; findings: { code: string; severity: string }[] }[];
  summary: { rows: number; ok: number; warning: number; error: number; skipped: { row: number; reason: string; text: string }[]; not_checked: { check: string }[] };
}
const verdicts = (r: Report) => r.rows.map((x) => ({ reference: x.reference, status: x.status, codes: [...new Set(x.findings.filter((f) => f.severity !== 'info').map((f) => f.code))].sort() }));
const expected = attendu.contracts.map((c) => ({ reference: c.reference, status: c.status, codes: [...c.codes].sort() }));

const RECOGNISED = {
  reference: 'Matricule', birth_date: 'Date naissance', qualification: 'Niveau diplôme', contract_type: 'Type de contrat', start_date: 'Début contrat', end_date: 'Fin contrat',
  weekly_hours: 'Temps de travail (h/sem)', monthly_salary: 'Salaire brut (€)', training_hours: 'Durée formation (h)', jobseeker: "Demandeur d'emploi",
  tutor_experience_months: 'Ancienneté tuteur (mois)', tutor_tutees: 'Nb tutorés', deposit_date: 'Date envoi OPCO',
};

describe.concurrent('an HR export validates with no renaming and no mapping', () => {
  for (const [file, kind] of [['export-rh.xlsx', 'xlsx'], ['export-rh.csv', 'csv'], ['export-rh-1252.csv', 'csv']] as const)
    it(`${file}: every contract gets its hand-worked verdict and findings; the TOTAL row is no contract`, async () => {
      const r = await formapro('validate', join(EX, file), '--format', 'json', '--lang', 'fr');
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout) as Report;
      expect(verdicts(report)).toEqual(expected);
      expect(report.rows[0].row).toBe(attendu.header_row[kind] + 1);
      expect(report.columns.header_row).toBe(attendu.header_row[kind]);
      expect(Object.fromEntries(report.columns.recognised.map((c) => [c.field, c.header]))).toEqual(RECOGNISED);
      expect(report.columns.ignored.map((c) => [c.header, c.reason])).toEqual([['Nom', 'informational'], ['Prénom', 'informational'], ['Salaire annuel brut (€)', 'unrecognised']]);
      expect(report.summary.skipped).toEqual([{ row: attendu.total_row[kind], reason: 'total', text: 'TOTAL' }]);
      expect(report.summary.not_checked.map((c) => c.check)).toEqual(['abroad', 'renewal']);
      expect(report.summary).toMatchObject({ rows: 12, ok: 4, warning: 1, error: 7 });
      // Said on stderr before the verdicts, in French
      expect(r.stderr).toContain(`En-tête lu en ligne ${attendu.header_row[kind]}.`);
      expect(r.stderr).toContain('Durée hebdomadaire ← « Temps de travail (h/sem) »');
      expect(r.stderr).toContain('Colonnes ignorées : « Nom » (lue par aucun contrôle), « Prénom » (lue par aucun contrôle), « Salaire annuel brut (€) » (non reconnue)');
      expect(r.stderr).toContain('Contrôles non effectués faute de colonne : durée de mobilité à l’étranger (L6325-25), renouvellement du CDD (L6325-7).');
      expect(r.stderr).toContain(`Lignes non jugées (totaux ou notes, pas des contrats) : ${attendu.total_row[kind]} (TOTAL).`);
      expect(r.stderr).toContain('12 contrats : 4 OK, 1 avec alertes, 7 en erreur');
      expect(r.stderr).toContain('OK = aucune anomalie dans les contrôles effectués ; non effectués faute de colonne : durée de mobilité à l’étranger, renouvellement du CDD.');
    });

  it('the 24 h/week contract is judged on 24 h: 55 % × 11.88 × 24 × 52/12 = 679.54 ≤ 690 (D6325-15), not on 35 h (990.99)', async () => {
    const r = JSON.parse((await formapro('validate', join(EX, 'export-rh.csv'), '--format', 'json')).stdout) as Report;
    expect(r.rows.find((x) => x.reference === 'S1005')!.status).toBe('ok');
  });
});

describe.concurrent('a required column missing: no contract is judged', () => {
  const csv = (header: string, rows: string[]) => {
    const f = join(dir, `${Math.random().toString(36).slice(2)}.csv`);
    writeFileSync(f, `\uFEFF${[header, ...rows].join('\r\n')}\r\n`);
    return f;
  };
  const noSalary = () => csv('Matricule;Date naissance;Niveau diplôme;Début contrat;Fin contrat;Montant', ['S1;30/08/2005;aucun;03/03/2025;31/12/2025;1000', 'S2;01/09/2010;aucun;03/03/2025;31/12/2025;1000']);

  it('exit 2, in the user language (from LANG), naming the missing column; stdout holds no verdict', async () => {
    const file = noSalary();
    const fr = await formapro('validate', file, '--format', 'json', '--lang', 'fr');
    expect(fr.code).toBe(2);
    expect(fr.stdout).toBe('');
    expect(fr.stderr).toContain("formapro validate : Colonnes obligatoires introuvables dans la ligne d'en-tête 1 : « Salaire brut mensuel ». Aucun contrat n'a été vérifié");
    expect(fr.stderr).toContain('Colonnes ignorées : « Montant » (non reconnue)');
    const en = await formapro('validate', file, '--format', 'json', '--lang', 'en');
    expect(en.stderr).toContain('Required columns not found in the header row 1: "Monthly gross salary". No contract was checked');
  });

  it('--map "Montant=salary" names it; then both contracts are judged (S2 is 14: L6325-1)', async () => {
    const r = await formapro('validate', noSalary(), '--format', 'json', '--map', 'Montant=salary');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.rows.map((x) => [x.reference, x.status])).toEqual([['S1', 'ok'], ['S2', 'error']]);
    expect(r.stderr).toContain('Monthly gross salary ← "Montant" (mapped)');
  });

  it('--mapping FILE.json (the shape the task pane exports) and --header-row', async () => {
    const mapping = join(dir, 'colonnes.json');
    writeFileSync(mapping, JSON.stringify({ headerRow: 2, fields: { monthly_salary: 'Montant' }, ignore: ['Matricule'] }));
    const file = csv('Extraction du 31/03/2025', ['Matricule;Date naissance;Niveau diplôme;Début contrat;Fin contrat;Montant', 'S1;30/08/2005;aucun;03/03/2025;31/12/2025;1000']);
    const r = await formapro('validate', file, '--format', 'json', '--mapping', mapping);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.rows.map((x) => [x.row, x.reference, x.status])).toEqual([[3, null, 'ok']]);
    expect(report.columns.ignored).toEqual([{ header: 'Matricule', column: 'A', reason: 'mapped_ignore' }]);
    const wrongRow = await formapro('validate', file, '--format', 'json', '--mapping', mapping, '--header-row', '1');
    expect(wrongRow.code).toBe(2);
    expect(wrongRow.stderr).toMatch(/the mapping gives column "Montant" for Monthly gross salary, but the header row has no such column/);
  });

  it('a bad --map, --mapping or --header-row is a usage error (exit 2) saying what is expected', async () => {
    const file = noSalary();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ fields: { pointure: 'Montant' } }));
    for (const [args, pattern] of [
      [['--map', 'Montant'], /--map expects "Header=field"/],
      [['--map', 'Montant=pointure'], /"pointure" is not a field \(fields: reference, birth_date/],
      [['--mapping', bad], /"pointure" is not a contract field/],
      [['--mapping', join(dir, 'absent.json')], /is not a readable JSON file/],
      [['--header-row', 'deux'], /--header-row must be a row number/],
    ] as const) {
      const r = await formapro('validate', file, '--format', 'json', '--lang', 'en', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(pattern);
    }
  });
});

describe.concurrent('the reports HR opens', () => {
  it('--format xlsx from the xlsx export keeps the source (titles, date and € formats, formulas with their values, widths) and adds status, wrapped findings, a frozen header, an autofilter, coloured faulty cells and a « Synthèse » sheet', async () => {
    const out = join(dir, 'export-rh-verifie.xlsx');
    const r = await formapro('validate', join(EX, 'export-rh.xlsx'), '--format', 'xlsx', '--out', out, '--lang', 'fr');
    expect(r.code).toBe(1);
    const src = new ExcelJS.Workbook();
    await src.xlsx.readFile(join(EX, 'export-rh.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const s = src.worksheets[0];
    const ws = wb.worksheets[0];
    expect(ws.name).toBe(s.name);
    // Source kept: every cell's value, number format and formula; merged titles; widths
    for (let row = 1; row <= s.rowCount; row++)
      for (let col = 1; col <= 16; col++) {
        const a = s.getRow(row).getCell(col);
        const b = ws.getRow(row).getCell(col);
        expect([a.address, b.value, b.numFmt]).toEqual([a.address, a.value, a.numFmt]);
      }
    expect(ws.getCell('D4').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('J4').numFmt).toBe('#,##0.00 "€"');
    expect(ws.getCell('K4').value).toEqual({ formula: 'J4*12', result: 17400 });
    expect(ws.getCell('J15').value).toEqual({ formula: '1250*1.2', result: 1500 });
    expect(ws.getCell('J16').value).toMatchObject({ formula: 'SUM(J4:J15)' });
    expect(Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort()).toEqual(['A1', 'A2']);
    expect(ws.getColumn(4).width).toBe(s.getColumn(4).width);
    // Added: owned columns, wrap, frozen header, autofilter
    expect([ws.getCell('Q3').value, ws.getCell('R3').value]).toEqual(['Statut FormaPro', 'Constats FormaPro']);
    expect(ws.getCell('R5').alignment?.wrapText).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(ws.autoFilter).toBe('A3:R3');
    // Verdicts and colours: S1002 (row 5) is 14, its birth date cell is red, and only that cell of the column
    expect(ws.getCell('Q5').value).toBe('Erreur');
    expect(String(ws.getCell('R5').value)).toMatch(/^✖ 14 ans au début du contrat/);
    const argb = (a: string) => (ws.getCell(a).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    expect([argb('Q4'), argb('Q5'), argb('Q12'), argb('D5'), argb('D4'), argb('P9'), argb('P4')]).toEqual(['FFC6EFCE', 'FFFFC7CE', 'FFFFEB9C', 'FFFFC7CE', undefined, 'FFFFC7CE', undefined]);
    expect(ws.getCell('Q16').value).toBe('Non jugée');
    // Synthèse: counts by status and by finding code
    const syn = wb.getWorksheet('Synthèse')!;
    const rows = (syn.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1, 3));
    expect(rows).toContainEqual(['OK', 4]);
    expect(rows).toContainEqual(['Attention', 1]);
    expect(rows).toContainEqual(['Erreur', 7]);
    expect(rows).toContainEqual(['CONVENTIONAL_MINIMUM_NOT_STATED', 2]);
    expect(rows).toContainEqual(['DEPOSIT_LATE', 1]);
    expect(rows.flat()).toContain('Contrôles non effectués faute de colonne');
  });

  it('--format xlsx from a CSV types dates and amounts (dd/mm/yyyy, €) and freezes the header', async () => {
    const out = join(dir, 'from-csv.xlsx');
    expect((await formapro('validate', join(EX, 'export-rh-1252.csv'), '--format', 'xlsx', '--out', out, '--lang', 'fr')).code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws.getCell('C2').value).toBe('Léa'); // Windows-1252 decoded
    expect(ws.getCell('D2').value).toEqual(new Date('2004-05-12T00:00:00Z'));
    expect(ws.getCell('D2').numFmt).toBe('dd/mm/yyyy');
    expect([ws.getCell('J2').value, ws.getCell('J2').numFmt]).toEqual([1450, '#,##0.00 "€"']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('Q14').value).toBe('Non jugée');
  });
});
