/**
 * The whole catalogue through HyperFormula, generated from the specs (new functions are covered without
 * editing this file): each function's documented example, written as a formula under its English and
 * French names, gives in the workbook the result the example documents (the catalogue's hand-written result); a range for each scalar argument is #VALUE!
 * naming it; a French workbook (frFR, `;` separator, decimal comma) reads French formulas.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, hyperFormulaNames, registerFormaProFunctions, typedCell, type FunctionSpec } from '@formapro/functions';
import frFR from 'hyperformula/i18n/languages/frFR';
import { at, hf, workbook } from './engine.js';

/** A formula argument for an example argument typed as text. */
function literal(text: string, decimalComma = false): string {
  const v = typedCell(text);
  if (v === undefined) return '';
  if (typeof v === 'number') return decimalComma ? String(v).replace('.', ',') : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE()' : 'FALSE()';
  return `"${String(v).replace(/"/g, '""')}"`;
}

function exampleFormula(name: string, spec: FunctionSpec, sep = ',', decimalComma = false): string {
  return `=${name}(${(spec.example?.args ?? []).map((a) => literal(a, decimalComma)).join(sep)})`;
}

/**
 * The expected display, from the example's result as the catalogue writes it for the help page (a constant
 * written by hand, not evaluate()'s output): a number, a date (YYYY-MM-DD), TRUE/FALSE, a text, or a spilled
 * block written "Header Header … / row / … / …" of which the header and the rows written are checked.
 */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const isoOfSerial = (n: number) => new Date(EXCEL_EPOCH + n * 86_400_000).toISOString().slice(0, 10);

function matchesExample(spec: FunctionSpec, e: ReturnType<typeof workbook>): void {
  const result = spec.example!.result;
  const a1 = e.getCellValue(at('A1'));
  expect(a1 && typeof a1 === 'object' ? (a1 as { value: string; message: string }) : 'no error', spec.name).toBe('no error');
  if (spec.result.matrix) {
    const [header, ...rows] = result.split(' / ').filter((r) => r !== '…');
    const grid = e.getSheetValues(0) as unknown[][];
    expect(grid[0].join(' '), spec.name).toBe(header);
    rows.forEach((row, i) => {
      const cells = grid[i + 1];
      const tokens = row.split(' ');
      expect(cells.slice(0, tokens.length).length, `${spec.name} row ${i + 1}`).toBe(tokens.length);
      tokens.forEach((t, j) => {
        const c = cells[j];
        if (/^\d{4}-\d{2}-\d{2}$/.test(t)) expect(isoOfSerial(c as number), `${spec.name} row ${i + 1}`).toBe(t);
        else if (/^-?\d+(\.\d+)?$/.test(t)) expect(c, `${spec.name} row ${i + 1} col ${j + 1}`).toBe(Number(t));
        else expect(String(c)).toBe(t);
      });
    });
    return;
  }
  if (spec.result.type === 'date') expect(isoOfSerial(a1 as number)).toBe(result);
  else if (spec.result.type === 'boolean') expect(a1).toBe(result === 'TRUE');
  else if (/^-?\d+(\.\d+)?$/.test(result)) expect(a1).toBe(Number(result));
  else expect(a1).toBe(result);
}

const withExamples = CATALOGUE.filter((s) => s.example);

describe('every catalogue function, from its example, gives in the workbook the example result the catalogue documents', () => {
  for (const spec of withExamples) {
    for (const name of hyperFormulaNames(spec)) {
      it(`${exampleFormula(name, spec)} → ${spec.example!.result.split('\n')[0].slice(0, 80)}`, () => {
        matchesExample(spec, workbook([[exampleFormula(name, spec)]]));
      });
    }
  }
});

describe('every scalar argument of every function refuses a range with #VALUE! naming it', () => {
  for (const spec of withExamples) {
    spec.params.forEach((p, i) => {
      it(`${spec.name}: ${p.name} = Z1:Z2`, () => {
        const args = (spec.example?.args ?? []).map((a) => literal(a));
        while (args.length <= i) args.push('');
        args[i] = 'Z1:Z2';
        const e = workbook([[`=FR.${spec.name}(${args.join(',')})`]]);
        const v = e.getCellValue(at('A1')) as { value?: string; message?: string };
        expect(v?.value).toBe('#VALUE!');
        expect(v?.message).toContain(p.name);
        expect(v?.message).toMatch(/range/);
      });
    });
  }
});

describe('a French workbook (frFR: ";" between arguments, decimal comma)', () => {
  if (!hf.HyperFormula.getRegisteredLanguagesCodes().includes('frFR')) hf.HyperFormula.registerLanguage('frFR', frFR);
  registerFormaProFunctions(hf); // idempotent; adds the translations the new language needs
  const french = (cells: (string | number)[][]) =>
    workbook(cells, { language: 'frFR', functionArgSeparator: ';', decimalSeparator: ',', thousandSeparator: ' ' });

  it('A4 D6325-15: =FR.PRO_SALAIRE_MIN(23; "bts"; 1766,92) → 0.80 × 1,766.92 = 1,413.536 → 1,413.54', () => {
    const e = french([['=FR.PRO_SALAIRE_MIN(23; "bts"; 1766,92)', '=FR.PRO_MIN_SALARY(A2; "bac pro"; 1766,92)'], [20]]);
    expect(e.getCellValue(at('A1'))).toBe(1413.54);
    expect(e.getCellValue(at('B1'))).toBe(1148.5);
  });
  for (const spec of withExamples) {
    it(`${exampleFormula(`FR.${spec.fr}`, spec, '; ', true)}`, () => {
      const e = french([[exampleFormula(`FR.${spec.fr}`, spec, '; ', true).replace(/TRUE\(\)/g, 'VRAI()').replace(/FALSE\(\)/g, 'FAUX()')]]);
      matchesExample(spec, e);
    });
  }
});
