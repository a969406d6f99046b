/**
 * The task pane on real HR exports (issue 9), against the fake Excel host: the header row found below
 * titles, totals not judged, never a verdict (nor any cell written) when a required column is missing,
 * a sheet with only the five required columns validating with the checks not made named, the mapping
 * remembered in the document settings and round-tripped as the CLI's JSON, and the HR export of
 * examples/ (computed by the preview's HyperFormula workbook) getting the same verdicts as validateSheet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as HF from 'hyperformula';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPTIONAL_CHECKS, checkMapping, validateSheet, type RawCell } from '@formapro/core';
import { chooseColumn, exportMapping, importMapping, loadMapping, mappingKey, planColumns, saveMapping, scanActiveSheet, validateActiveSheet, OWNED, type PaneResult } from '../../src/taskpane/engine';
import { TEXT } from '../../src/taskpane/i18n';
import { createWorkbook, type WorkbookData } from '../../src/preview/workbook';
import { FakeExcel } from './fake-excel';

type Cell = string | number | boolean | null;
const EXAMPLES = join(__dirname, '../../../../examples');
const REQUIRED = ['Date de naissance', 'Diplôme', 'Date de début', 'Date de fin', 'Salaire brut mensuel'];
const OK_ROW: Cell[] = ['2005-03-10', 'bac pro', '2024-09-02', '2025-08-31', 1500];
const LOW_ROW: Cell[] = ['2003-12-20', 'aucun', '2024-09-02', '2025-08-31', 1000];

/** Two title rows and a blank row above a header on row 4, three contracts, a TOTAL row and a note. */
function titledSheet(): Cell[][] {
  return [
    ['Export paie — contrats de professionnalisation', null, null, null, null, null],
    ['Société Exemple — 31/03/2025', null, null, null, null, null],
    [null, null, null, null, null, null],
    ['Matricule', ...REQUIRED],
    ['A1', ...OK_ROW],
    ['A2', ...LOW_ROW],
    ['A3', ...OK_ROW],
    ['TOTAL', null, null, null, null, '=SUM(F5:F7)'],
    [null, null, null, null, null, null],
    ['Source : export paie du 31/03/2025', null, null, null, null, null],
  ];
}

const statusOf = (host: FakeExcel, row: number, col: number) => host.get(row, col);
const codes = (r: PaneResult, row: number) => r.rows.find((x) => x.row === row)!.findings.filter((f) => f.severity !== 'info').map((f) => f.code);

describe('task pane on HR exports (issue 9)', () => {
  it('finds the header row below title rows and a blank row, and writes its columns on that row', async () => {
    const cells = titledSheet();
    const before = cells.map((r) => r.slice());
    const host = new FakeExcel(cells);
    const r = await validateActiveSheet(host, { lang: 'fr', settings: host.settings(), keepOkRows: true });
    expect(r.refused).toBe(false);
    expect(r.plan!.headerRow).toBe(4);
    expect(host.cells[3].slice(6, 8)).toEqual([OWNED.status[0], OWNED.findings[0]]);
    expect(r.rows.map((x) => [x.row, x.status, x.reference])).toEqual([[5, 'ok', 'A1'], [6, 'error', 'A2'], [7, 'ok', 'A3']]);
    // the title rows are untouched, and nothing was written above the header
    for (const key of host.written) expect(Number(key.split(':')[0]), key).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < 3; i++) expect(host.cells[i].slice(0, 6)).toEqual(before[i]);
    // same verdicts as the engine on the whole sheet
    const engine = validateSheet(before as RawCell[][]);
    expect(engine.headerRow).toBe(4);
    expect(r.rows.map((x) => [x.row, x.status])).toEqual(engine.rows.map((x) => [x.row, x.status]));
  });

  it('does not judge the TOTAL row nor the note: « Non jugée », no colour, listed as skipped, not counted', async () => {
    const host = new FakeExcel(titledSheet());
    const r = await validateActiveSheet(host, { lang: 'fr', settings: host.settings() });
    expect(r.summary).toEqual({ rows: 3, ok: 2, warning: 0, error: 1 });
    expect(r.skipped.map((s) => [s.row, s.reason, s.text])).toEqual([[8, 'total', 'TOTAL'], [10, 'no_contract_value', 'Source : export paie du 31/03/2025']]);
    expect(statusOf(host, 7, 6)).toBe('Non jugée');
    expect(statusOf(host, 7, 7)).toBe('Ligne de total : pas un contrat');
    expect(statusOf(host, 9, 6)).toBe('Non jugée');
    expect(statusOf(host, 8, 6)).toBe(''); // the blank row: nothing
    expect([...host.fills.keys()].filter((k) => ['7', '8', '9'].includes(k.split(':')[0]))).toEqual([]);
    // English
    const en = new FakeExcel(titledSheet());
    await validateActiveSheet(en, { lang: 'en', settings: en.settings() });
    expect(statusOf(en, 7, 6)).toBe('Not judged');
  });

  it('a sheet missing a required column gets no verdict and no cell written: the pane refuses and says which', async () => {
    for (const missing of REQUIRED) {
      const col = REQUIRED.indexOf(missing) + 1;
      const cells = titledSheet().map((row) => row.filter((_, j) => j !== col));
      const host = new FakeExcel(cells);
      const r = await validateActiveSheet(host, { lang: 'fr', settings: host.settings(), keepOkRows: true });
      expect(r.refused, missing).toBe(true);
      expect(r.rows).toEqual([]);
      expect(r.summary).toEqual({ rows: 0, ok: 0, warning: 0, error: 0 });
      expect(r.missingColumns).toHaveLength(1);
      expect(r.plan!.ready).toBe(false);
      expect(host.written.size, missing).toBe(0);
      expect(host.fills.size).toBe(0);
      expect(r.syncs).toBe(2); // the range, then the top rows: nothing else
    }
  });

  it('a required column under a header it cannot recognise validates once the user maps it (remembered in the settings)', async () => {
    const cells = titledSheet();
    cells[3][5] = 'Montant versé';
    const host = new FakeExcel(cells);
    const settings = host.settings();
    const refused = await validateActiveSheet(host, { lang: 'en', settings });
    expect(refused.refused).toBe(true);
    expect(refused.missingColumns).toEqual(['monthly_salary']);
    expect(refused.plan!.columns.ignored.map((c) => [c.column, c.header, c.reason])).toEqual([['F', 'Montant versé', 'unrecognised']]);

    // the step: choose "Montant versé" for the salary
    const mapping = chooseColumn({}, refused.plan!, 'monthly_salary', 'Montant versé');
    expect(mapping).toEqual({ fields: { monthly_salary: 'Montant versé' } });
    const plan = planColumns(refused.scan, mapping);
    expect(plan.ready).toBe(true);
    expect(plan.match.how.monthly_salary).toBe('mapped');
    await saveMapping(settings, 'Contrats', undefined, mapping);
    expect(host.settingsData.get(mappingKey('Contrats'))).toEqual(mapping);

    const r = await validateActiveSheet(host, { lang: 'en', settings, keepOkRows: true });
    expect(r.refused).toBe(false);
    expect(r.rows.map((x) => x.status)).toEqual(['ok', 'error', 'ok']);
    expect(codes(r, 6)).toContain('SALARY_BELOW_MINIMUM');

    // "— none —" on a detected field ignores its column on purpose, and the sheet is refused again
    const none = chooseColumn(mapping, plan, 'birth_date', '');
    expect(none.ignore).toEqual(['Date de naissance']);
    const p2 = planColumns(refused.scan, none);
    expect(p2.match.missingRequired).toEqual(['birth_date']);
    expect(p2.columns.ignored.find((c) => c.header === 'Date de naissance')?.reason).toBe('mapped_ignore');
  });

  it('a saved mapping naming a header the sheet no longer has is reported and refused, never half-applied', async () => {
    const host = new FakeExcel(titledSheet());
    const settings = host.settings();
    await saveMapping(settings, 'Contrats', undefined, { fields: { monthly_salary: 'Brut payé' } });
    const r = await validateActiveSheet(host, { lang: 'fr', settings });
    expect(r.refused).toBe(true);
    expect(host.written.size).toBe(0);
    expect(r.plan!.problems.map((p) => p.fr)).toEqual(['la correspondance donne la colonne « Brut payé » pour Salaire brut mensuel, absente de la ligne d\'en-tête']);
    expect(r.plan!.match.columns.monthly_salary).toBe(5); // the step shows detection meanwhile
    expect(r.plan!.mapping).toEqual({});
  });

  it('a sheet with only the five required columns validates: rows can be OK, and every check not made is named', async () => {
    const cells: Cell[][] = [REQUIRED.slice(), OK_ROW.slice(), OK_ROW.slice()];
    const host = new FakeExcel(cells);
    const r = await validateActiveSheet(host, { lang: 'fr', settings: host.settings(), keepOkRows: true });
    expect(r.refused).toBe(false);
    expect(r.summary).toEqual({ rows: 2, ok: 2, warning: 0, error: 0 });
    expect(host.cells.slice(1).map((row) => row[5])).toEqual(['OK', 'OK']);
    expect(r.notChecked.map((c) => c.check)).toEqual(OPTIONAL_CHECKS.map((c) => c.id));
    // each row says so as info findings (not shown in the findings column, said once in the summary)
    expect(r.rows[0].findings.filter((f) => f.code === 'CHECK_NOT_MADE')).toHaveLength(OPTIONAL_CHECKS.length);
    expect(host.cells[1][6]).toBe('');
  });

  it('the mapping round-trips through the CLI JSON: export → text → import gives the same columns and verdicts', async () => {
    const cells = titledSheet();
    cells[3][5] = 'Montant versé';
    const host = new FakeExcel(cells.map((r) => r.slice()));
    const scan = await scanActiveSheet(host);
    expect(scan.rows).toHaveLength(cells.length); // ≤ 30 rows: all of them
    const plan = planColumns(scan, { fields: { salary: 'Montant versé' } });
    const exported = exportMapping(plan);
    expect(exported).toEqual({
      headerRow: 4,
      fields: { reference: 'Matricule', birth_date: 'Date de naissance', qualification: 'Diplôme', start_date: 'Date de début', end_date: 'Date de fin', monthly_salary: 'Montant versé' },
      ignore: [],
    });
    expect(checkMapping(exported)).toBeNull(); // what the CLI's --mapping accepts
    const text = JSON.stringify(exported, null, 2);
    const imported = importMapping(text);
    expect('mapping' in imported && imported.mapping).toEqual({ headerRow: 4, fields: exported.fields }); // an empty ignore list is left out
    const again = planColumns(scan, (imported as { mapping: object }).mapping);
    expect(again.match.columns).toEqual(plan.match.columns);
    expect(again.headerRow).toBe(4);

    // the pane with the imported mapping and the engine (as the CLI runs it) with the same JSON agree
    await saveMapping(host.settings(), 'Contrats', undefined, (imported as { mapping: object }).mapping);
    expect(loadMapping(host.settings(), 'Contrats')).toEqual({ headerRow: 4, fields: exported.fields });
    const r = await validateActiveSheet(host, { lang: 'fr', settings: host.settings(), keepOkRows: true });
    const engine = validateSheet(cells as RawCell[][], { mapping: exported });
    expect(r.rows.map((x) => [x.row, x.status, x.findings.map((f) => f.code)])).toEqual(engine.rows.map((x) => [x.row, x.status, x.findings.map((f) => f.code)]));

    // bad imports are refused with the CLI's reason, in both languages
    for (const [bad, why] of [
      ['{"fields": {"shoe_size": "Pointure"}}', /shoe_size/],
      ['{"headerRow": 0}', /headerRow/],
      ['[1,2]', /object/],
      ['{ not json', /JSON/],
    ] as const) {
      const out = importMapping(bad);
      expect('problem' in out, bad).toBe(true);
      if ('problem' in out) {
        expect(out.problem.en).toMatch(why);
        expect(out.problem.fr.length).toBeGreaterThan(0);
      }
    }
  });

  it('the HR export of examples/ (titles, formulas, TOTAL) gets the same verdicts and codes as validateSheet and as export-rh.attendu.json', async () => {
    const data = JSON.parse(readFileSync(join(EXAMPLES, 'export-rh.json'), 'utf8')) as WorkbookData;
    const wb = createWorkbook(HF, data);
    const name = data.sheets[0].name;
    const values = wb.getValues(name, wb.usedRange(name)).map((r) => r.map((v) => (v === '' ? null : v))) as Cell[][];
    const attendu = JSON.parse(readFileSync(join(EXAMPLES, 'export-rh.attendu.json'), 'utf8')) as { header_row: { xlsx: number }; total_row: { xlsx: number }; contracts: { reference: string; status: string; codes: string[] }[] };

    const host = new FakeExcel(values.map((r) => r.slice()), name);
    const r = await validateActiveSheet(host, { lang: 'fr', settings: host.settings(), keepOkRows: true });
    const engine = validateSheet(values as RawCell[][]);
    expect(r.plan!.headerRow).toBe(attendu.header_row.xlsx);
    expect(r.plan!.match.missingRequired).toEqual([]);
    const shown = (fs: { code: string; severity: string }[]) => fs.filter((f) => f.severity !== 'info').map((f) => f.code).sort();
    expect(r.rows.map((x) => [x.row, x.reference, x.status, shown(x.findings)])).toEqual(engine.rows.map((x) => [x.row, x.reference, x.status, shown(x.findings)]));
    expect(r.rows.map((x) => [x.reference, x.status, shown(x.findings)])).toEqual(attendu.contracts.map((c) => [c.reference, c.status, c.codes.slice().sort()]));
    expect(r.skipped.map((s) => s.row)).toEqual([attendu.total_row.xlsx]);
    expect(r.notChecked.map((c) => c.check)).toEqual(engine.match.notChecked.map((c) => c.id));
    const statusCol = values[2].length;
    expect(host.get(attendu.total_row.xlsx - 1, statusCol)).toBe('Non jugée');
    // every header of the export is either read or listed as ignored with its reason
    const read = new Set(Object.values(r.plan!.match.columns));
    const ignored = new Set(r.plan!.match.ignored.map((c) => c.column));
    values[2].forEach((h, i) => expect(read.has(i) || ignored.has(i), String(h)).toBe(true));
  });

  it('reads the first 30 rows with the first chunk: still one sync per chunk below title rows', async () => {
    const cells = titledSheet().slice(0, 4);
    for (let i = 0; i < 1000; i++) cells.push([`R${i}`, ...OK_ROW]);
    const host = new FakeExcel(cells);
    const r = await validateActiveSheet(host, { lang: 'en', settings: host.settings(), chunkSize: 250 });
    expect(r.summary.rows).toBe(1000);
    expect(r.chunks).toBe(4);
    expect(r.syncs).toBe(2 + 4);
  });

  it('property: over random sheets (title rows, any subset of columns, totals), a sheet missing a required column gets no cell written, and no row is ever OK without its required columns', async () => {
    const HEADERS = ['Matricule', ...REQUIRED, 'Durée hebdomadaire', 'Nom'];
    const value = fc.oneof(fc.constant(null), fc.constantFrom('2005-03-10', '10/03/2005', '2024-09-02', '2025-08-31', 'bac pro', 'aucun', 1500, 35, 'TOTAL', 'x'));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3 }),
        fc.shuffledSubarray(HEADERS, { minLength: 1 }),
        fc.array(fc.array(value, { minLength: 1, maxLength: 8 }), { maxLength: 12 }),
        async (titles, header, rows) => {
          const cells: Cell[][] = [...Array.from({ length: titles }, (_, i) => [`Titre ${i + 1}`] as Cell[]), header.slice(), ...rows.map((r) => r.slice())];
          const host = new FakeExcel(cells);
          const r = await validateActiveSheet(host, { lang: 'fr', settings: host.settings(), keepOkRows: true, chunkSize: 5 });
          const missing = REQUIRED.some((h) => !header.includes(h));
          if (missing) {
            expect(r.refused).toBe(true);
            expect(host.written.size).toBe(0);
            expect(host.fills.size).toBe(0);
          }
          for (const row of r.rows) if (row.status === 'ok') expect(r.plan!.match.missingRequired).toEqual([]);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('every word of the pane exists in French and in English', () => {
    expect(Object.keys(TEXT.fr).sort()).toEqual(Object.keys(TEXT.en).sort());
    for (const lang of ['fr', 'en'] as const)
      for (const [k, v] of Object.entries(TEXT[lang])) if (typeof v === 'string') expect(v.trim().length, `${lang}.${k}`).toBeGreaterThan(0);
  });
});
