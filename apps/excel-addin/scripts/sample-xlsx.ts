/**
 * Writes examples/functions-sample.xlsx from examples/functions-sample.json (the source of truth) for
 * Excel users: same cells, formulas, number formats and column widths, with the values the preview
 * computes cached in the file (so they show before the add-in is loaded). `pnpm --filter
 * @formapro/excel-addin xlsx` after editing the JSON; a test checks the two agree.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as HF from 'hyperformula';
import { EXAMPLES } from './lib/paths';
import { createWorkbook, cellAddress, type WorkbookData } from '../src/preview/workbook';
import { readFileSync } from 'node:fs';

export const SAMPLE_JSON = join(EXAMPLES, 'functions-sample.json');
export const SAMPLE_XLSX = join(EXAMPLES, 'functions-sample.xlsx');

export async function writeSampleXlsx(): Promise<void> {
  const data = JSON.parse(readFileSync(SAMPLE_JSON, 'utf8')) as WorkbookData;
  const wb = createWorkbook(HF, data);
  const book = new ExcelJS.Workbook();
  book.creator = 'FormaPro';
  book.created = new Date(Date.UTC(2024, 0, 1));
  book.modified = book.created;
  for (const sheet of data.sheets) {
    const ws = book.addWorksheet(sheet.name);
    (sheet.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = Math.round(w / 7)));
    sheet.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(cellAddress(r, c));
        if (typeof v === 'string' && v.startsWith('=')) {
          const result = wb.getValues(sheet.name, cellAddress(r, c))[0][0];
          cell.value = { formula: v.slice(1), result: typeof result === 'string' && result.startsWith('#') ? { error: result } : result } as ExcelJS.CellFormulaValue;
        } else cell.value = v;
        if (r === 0 && sheet.header !== false) cell.font = { bold: true };
      }),
    );
    for (const [range, format] of Object.entries(sheet.formats ?? {})) {
      const [a, b = a] = range.split(':');
      const from = ws.getCell(a), to = ws.getCell(b);
      for (let r = Number(from.row); r <= Number(to.row); r++) for (let c = Number(from.col); c <= Number(to.col); c++) ws.getCell(r, c).numFmt = format;
    }
  }
  await book.xlsx.writeFile(SAMPLE_XLSX);
}

if (process.argv[1]?.endsWith('sample-xlsx.ts')) await writeSampleXlsx().then(() => console.log(`wrote ${SAMPLE_XLSX}`));
