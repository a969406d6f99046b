/**
 * The task pane's validation against an in-repo fake Excel host: same verdicts as the engine, a constant
 * number of context.sync() per chunk, and no cell outside the owned columns ever changes (property test).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRows } from '@formapro/core';
import { validateActiveSheet, selectCell, OWNED } from '../../src/taskpane/engine';
import { FakeExcel } from './fake-excel';

type Cell = string | number | boolean | null;
const HEADER = ['Référence', 'Date de naissance', 'Diplôme', 'Date de début', 'Date de fin', 'Salaire brut mensuel', 'Heures de formation', 'Notes'];
const GOOD: Cell[] = ['A', '2005-03-10', 'bac pro', '2024-09-02', '2025-08-31', 1200, 300, 'ok'];
const LOW: Cell[] = ['B', '2003-12-20', 'aucun', '2024-09-02', '2025-08-31', 1000, 300, 'salary too low from 2025'];
const BAD_DATE: Cell[] = ['C', '31/02/2004', 'bac pro', '2024-09-02', '2025-08-31', 1200, 300, 'bad date'];

function sheet(rows: number): Cell[][] {
  const out: Cell[][] = [HEADER.slice()];
  for (let i = 0; i < rows; i++) out.push([...[GOOD, LOW, BAD_DATE][i % 3]].map((v, j) => (j === 0 ? `R${i + 2}` : v)));
  return out;
}

describe('task pane validation (one engine with formapro validate)', () => {
  it('gives the same verdicts as validateRows and writes the status and findings columns at the right', async () => {
    const cells = sheet(6);
    const host = new FakeExcel(cells.map((r) => r.slice()));
    const r = await validateActiveSheet(host, { lang: 'fr', settings: host.settings(), keepOkRows: true });
    const expected = validateRows(cells[0], cells.slice(1));
    expect(r.rows.map((x) => [x.row, x.status])).toEqual(expected.rows.map((x) => [x.row, x.status]));
    expect(r.summary).toEqual(expected.summary);
    expect(host.cells[0].slice(8, 10)).toEqual([OWNED.status[0], OWNED.findings[0]]);
    expect(host.cells.slice(1).map((row) => row[8])).toEqual(['OK', 'Erreur', 'Erreur', 'OK', 'Erreur', 'Erreur']);
    expect(String(host.cells[2][9])).toMatch(/Salaire de 1\u202f000,00 € inférieur au minimum/);
    // the salary cell of row 3 (F3) and the birth date of row 4 (B4) are coloured, nothing else of the data
    expect(host.fills.get('2:5')).toBe('#FFC7CE');
    expect(host.fills.get('3:1')).toBe('#FFC7CE');
    expect([...host.fills.keys()].filter((k) => Number(k.split(':')[1]) < 8).sort()).toEqual(['2:5', '3:1', '5:5', '6:1'].sort());
  });

  it('costs a constant number of syncs per chunk (the writes of a chunk and the read of the next share one sync)', async () => {
    for (const [rows, chunk] of [[1000, 250], [5000, 1000], [10_000, 2000]] as const) {
      const host = new FakeExcel(sheet(rows));
      const r = await validateActiveSheet(host, { lang: 'en', settings: host.settings(), chunkSize: chunk });
      expect(r.chunks).toBe(rows / chunk);
      expect(r.syncs).toBe(2 + rows / chunk); // used range; header + first chunk; one per chunk
      expect(host.syncs).toBe(r.syncs);
      expect(r.syncs / r.chunks).toBeLessThanOrEqual(2);
    }
  });

  it('finds its columns again on re-run, clears the colouring it applied, and keeps the user formatting', async () => {
    const host = new FakeExcel(sheet(3));
    host.fills.set('1:7', '#00FF00'); // the user's own colour on a Notes cell
    await validateActiveSheet(host, { lang: 'en', settings: host.settings() });
    expect(host.cells[0].slice(8, 10)).toEqual([OWNED.status[1], OWNED.findings[1]]);
    // the user fixes row 3's salary and row 4's date
    host.cells[2][5] = 1300;
    host.cells[3][1] = '2004-02-20';
    host.cells[3][5] = 1500; // 21 on 2025-02-20: 80 % = 1,441.44 from March 2025
    const r = await validateActiveSheet(host, { lang: 'fr', settings: host.settings() });
    expect(host.cells[0]).toHaveLength(10); // no new columns: found again by header
    expect(host.cells[0].slice(8, 10)).toEqual([OWNED.status[0], OWNED.findings[0]]);
    expect(r.summary).toEqual({ rows: 3, ok: 3, warning: 0, error: 0 });
    expect(host.fills.get('2:5')).toBeUndefined();
    expect(host.fills.get('3:1')).toBeUndefined();
    expect(host.fills.get('1:7')).toBe('#00FF00');
  });

  it('stops between chunks when cancelled, keeping what was written', async () => {
    const host = new FakeExcel(sheet(3000));
    const controller = new AbortController();
    const r = await validateActiveSheet(host, { lang: 'en', settings: host.settings(), chunkSize: 500, signal: controller.signal, onProgress: (done) => done >= 1000 && controller.abort() });
    expect(r.cancelled).toBe(true);
    expect(r.summary.rows).toBe(1500);
    expect(host.cells[1600]?.[8] ?? null).toBeNull();
  });

  it('clicking a finding selects its cell', async () => {
    const host = new FakeExcel(sheet(3));
    const r = await validateActiveSheet(host, { lang: 'en', settings: host.settings() });
    const f = r.rows.find((x) => x.status === 'error')!.findings.find((x) => x.address)!;
    await selectCell(host, f.address!);
    expect(host.selected).toBe('2:5');
  });

  it('property: over random sheets, no cell outside the owned columns changes (values), and fills only on the owned or faulty cells', async () => {
    const value = fc.oneof(fc.constant(null), fc.string({ maxLength: 6 }), fc.integer({ min: -5, max: 50_000 }), fc.boolean(), fc.constantFrom('2005-03-10', '10/03/2005', 'bac pro', 'aucun', 1200, '1 200,00'));
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(HEADER, { minLength: 1 }),
        fc.array(fc.array(value, { minLength: 1, maxLength: 9 }), { minLength: 0, maxLength: 25 }),
        fc.integer({ min: 1, max: 7 }),
        async (header, rows, chunkSize) => {
          const cells: Cell[][] = [header.slice(), ...rows.map((r) => r.slice())];
          const before = cells.map((r) => r.slice());
          const host = new FakeExcel(cells);
          const width = host.usedRange().right + 1;
          const r = await validateActiveSheet(host, { lang: 'en', settings: host.settings(), chunkSize });
          for (const key of host.written) {
            const [, c] = key.split(':').map(Number);
            expect(c === width || c === width + 1, key).toBe(true);
          }
          for (let i = 0; i < before.length; i++) for (let j = 0; j < width; j++) expect(host.get(i, j) ?? null).toEqual(before[i][j] ?? null);
          expect(r.syncs).toBeLessThanOrEqual(2 + Math.ceil(Math.max(0, host.usedRange().bottom) / chunkSize) + 1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the sample contracts sheet gets the verdicts and finding codes its "Attendu" and "Attendu (codes)" columns state', async () => {
    const data = JSON.parse(readFileSync(join(__dirname, '../../../../examples/contrats-pro.json'), 'utf8')) as { sheets: { cells: Cell[][] }[] };
    const cells = data.sheets[0].cells;
    const host = new FakeExcel(cells.map((r) => r.slice()));
    const r = await validateActiveSheet(host, { lang: 'fr', settings: host.settings(), keepOkRows: true });
    const want = cells[0].indexOf('Attendu');
    const wantCodes = cells[0].indexOf('Attendu (codes)');
    const map: Record<string, string> = { OK: 'ok', Alerte: 'warning', Erreur: 'error' };
    expect(r.rows.map((x) => x.status)).toEqual(cells.slice(1).map((row) => map[String(row[want])]));
    // every finding, information included, but the sheet-level CHECK_NOT_MADE (no renewal column) on every row
    expect(r.rows.map((x) => x.findings.map((f) => f.code).filter((c) => c !== 'CHECK_NOT_MADE').sort())).toEqual(
      cells.slice(1).map((row) => (row[wantCodes] ? String(row[wantCodes]).split(/,\s*/).sort() : [])),
    );
    expect(r.rows.every((x) => x.findings.some((f) => f.code === 'CHECK_NOT_MADE' && f.severity === 'info'))).toBe(true);
  });
});
