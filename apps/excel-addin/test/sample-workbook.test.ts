/**
 * The preview's own workbook (examples/functions-sample.json) evaluated by HyperFormula through the
 * catalogue plugin, as the preview page does: every computed FR. value against the hand-derived value
 * beside it (the Expected column), errors with their messages, the schedule spill, recalculation after an
 * input cell changes, French names, formats, and the Excel.run shim the task pane will use.
 */
import * as HF from 'hyperformula';
import { describe, expect, test } from 'vitest';
import sample from '../../../examples/functions-sample.json';
import { installExcelShim } from '../src/preview/excel-shim';
import { formatCell } from '../src/preview/number-format';
import { createWorkbook, type WorkbookData } from '../src/preview/workbook';

const open = () => createWorkbook(HF, sample as unknown as WorkbookData);

describe('examples/functions-sample.json in HyperFormula', () => {
  test('Minimum pay: FR.PRO_MIN_SALARY equals the Expected column on every case (D6325-15, L6325-9, D6325-18)', () => {
    const wb = open();
    const rows = wb.getValues('Minimum pay', 'A2:H10');
    expect(rows).toHaveLength(9);
    for (const r of rows) expect([r[0], r[5]]).toEqual([r[0], r[7]]);
    expect(wb.getValues('Minimum pay', 'G2:G4')).toEqual([[0.55], [0.65], [0.8]]);
  });

  test('bad input shows #VALUE! with the message naming the argument (L6325-1)', () => {
    const cell = open().getCell('Minimum pay', 'F11');
    expect(cell.value).toBe('#VALUE!');
    expect(cell.error?.message).toMatch(/^age: 15 is below 16/);
  });

  test('omitted optional arguments (", , ,") and an empty referenced cell are "not given"', () => {
    const wb = open();
    expect(wb.getFormulas('Minimum pay', 'F2')[0][0]).toBe('=FR.PRO_MIN_SALARY(B2, C2, , , D2)');
    expect(wb.getValues('Minimum pay', 'F9')[0][0]).toBe(1236.85); // no date: today's law, smic given (0.70 × 1,766.92)
  });

  test('Schedule spills a header and one row per month; 21+ rate from the 1st of the month after the birthday (D6325-16)', () => {
    const wb = open();
    expect(wb.getValues('Schedule', 'A7:E11')).toEqual([
      ['Month', 'Age', 'Rate', 'SMIC', 'Minimum'],
      [45352, 20, 0.55, 1766.92, 971.81],
      [45383, 21, 0.7, 1766.92, 1236.85],
      [45413, 21, 0.7, 1766.92, 1236.85],
      [45444, 21, 0.7, 1766.92, 1236.85],
    ]);
    expect(wb.getCell('Schedule', 'B8').spilled).toBe(true);
    expect(wb.getValues('Schedule', 'B5')[0][0]).toBe(1236.85);
  });

  test('recalculation: a later end date grows the spill; a new age recomputes the minimum (0.70 × 1,766.92 = 1,236.844 → 1,236.85)', () => {
    const wb = open();
    wb.setValues('Schedule', 'B3', [['=DATE(2024,8,31)']]);
    expect(wb.getValues('Schedule', 'A12:E13')).toEqual([
      [45474, 21, 0.7, 1766.92, 1236.85],
      [45505, 21, 0.7, 1766.92, 1236.85],
    ]);
    wb.setValues('Minimum pay', 'B2', [[23]]);
    expect(wb.getValues('Minimum pay', 'F2:G2')).toEqual([[1236.85, 0.7]]);
  });

  test('SMIC the day before and the day of each revaluation (L3231-2), #N/A before the store', () => {
    const wb = open();
    for (const r of wb.getValues('SMIC', 'A2:D6')) expect(r[1]).toBe(r[3]);
    expect(wb.getValues('SMIC', 'C2:C6').flat()).toEqual([11.52, 11.65, 11.65, 11.88, 12.02]);
    const na = wb.getCell('SMIC', 'B7');
    expect(na.value).toBe('#N/A');
    expect(na.error?.message).toMatch(/date/);
    expect(typeof wb.getValues('SMIC', 'B8')[0][0]).toBe('number'); // FR.SMIC() today
  });

  test('Deadlines & training: each formula equals the Expected column (D6325-1, L6325-13, L6325-11/-12, L6325-25)', () => {
    for (const r of open().getValues('Deadlines & training', 'A2:E12')) expect([r[0], r[3]]).toEqual([r[0], r[4]]);
  });

  test('dates leave as serials and the sheet formats them', () => {
    const wb = open();
    const [[serial]] = wb.getValues('Deadlines & training', 'D2');
    const [[format]] = wb.getNumberFormats('Deadlines & training', 'D2');
    expect(formatCell(serial, format)).toBe('2024-03-09');
    expect(formatCell(1148.5, '#,##0.00')).toBe('1,148.50');
    expect(formatCell(0.55, '0%')).toBe('55%');
  });

  test('French names evaluate too: =FR.PRO_SALAIRE_MIN(20, "bac pro", 1766.92) = 1148.50', () => {
    const wb = open();
    wb.setValues('Minimum pay', 'J1:J2', [['=FR.PRO_SALAIRE_MIN(20, "bac pro", 1766.92)'], ['=PRO_TAUX_MIN(20, "bac pro")']]);
    expect(wb.getValues('Minimum pay', 'J1:J2')).toEqual([[1148.5], [0.65]]);
  });

  test('Excel.run shim: load → sync → read, writes applied at sync, sync calls counted', async () => {
    const wb = open();
    const shim = installExcelShim(wb);
    const values = await shim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Minimum pay');
      const r = sheet.getRange('F2:F3');
      r.load('values');
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      sheet.getRange('B2').values = [[23]];
      await ctx.sync();
      const again = sheet.getRange('F2');
      again.load('values, numberFormat');
      await ctx.sync();
      return [r.values, again.values, again.numberFormat];
    });
    expect(values).toEqual([[[971.81], [1148.5]], [[1236.85]], [['#,##0.00']]]);
    expect(shim.syncs).toBe(4);
    delete (globalThis as any).Excel;
  });
});

describe('examples/functions-sample.xlsx (for Excel users) agrees with the JSON', () => {
  test('same sheets, constants and formulas (regenerate with `pnpm --filter @formapro/excel-addin xlsx`)', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const { SAMPLE_XLSX } = await import('../scripts/sample-xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(SAMPLE_XLSX);
    const data = sample as unknown as WorkbookData;
    expect(book.worksheets.map((w) => w.name)).toEqual(data.sheets.map((s) => s.name));
    for (const sheet of data.sheets) {
      const ws = book.getWorksheet(sheet.name)!;
      sheet.cells.forEach((row, r) =>
        row.forEach((v, c) => {
          const cell = ws.getCell(r + 1, c + 1).value as any;
          if (v === null) expect(cell).toBeNull();
          else if (typeof v === 'string' && v.startsWith('=')) expect(`=${cell.formula}`).toBe(v);
          else expect(cell).toBe(v);
        }),
      );
    }
  });
});
