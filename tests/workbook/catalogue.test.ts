/**
 * The whole catalogue through HyperFormula, generated from the specs (new functions are covered without
 * editing this file): each function's documented example, written as a formula under its English and
 * French names, gives in the workbook what `evaluate` gives; a range for each scalar argument is #VALUE!
 * naming it; a French workbook (frFR, `;` separator, decimal comma) reads French formulas.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, evaluate, FnError, hyperFormulaNames, registerFormaProFunctions, toExcelValue, typedCell, type FunctionSpec } from '@formapro/functions';
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

/** What the workbook shows for a formula at A1: a scalar, or the spilled block. */
function shown(e: ReturnType<typeof workbook>, rows: number, cols: number): unknown {
  if (rows === 1 && cols === 1) {
    const v = e.getCellValue(at('A1'));
    return v && typeof v === 'object' && 'value' in v ? { error: (v as { value: string }).value } : v;
  }
  return e.getSheetValues(0).slice(0, rows).map((r: unknown[]) => r.slice(0, cols));
}

function expected(spec: FunctionSpec): { value: unknown; rows: number; cols: number } {
  const r = evaluate(spec.name, (spec.example?.args ?? []).map(typedCell));
  if (r.value instanceof FnError) return { value: { error: r.value.code }, rows: 1, cols: 1 };
  const v = toExcelValue(r.value);
  if (Array.isArray(v)) return { value: v, rows: v.length, cols: Math.max(...v.map((x) => x.length)) };
  return { value: v, rows: 1, cols: 1 };
}

const withExamples = CATALOGUE.filter((s) => s.example);

describe('every catalogue function, from its example, gives in the workbook what evaluate gives', () => {
  for (const spec of withExamples) {
    for (const name of hyperFormulaNames(spec)) {
      it(`${exampleFormula(name, spec)}`, () => {
        const want = expected(spec);
        const e = workbook([[exampleFormula(name, spec)]]);
        expect(shown(e, want.rows, want.cols)).toEqual(want.value);
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
      const want = expected(spec);
      const e = french([[exampleFormula(`FR.${spec.fr}`, spec, '; ', true).replace(/TRUE\(\)/g, 'VRAI()').replace(/FALSE\(\)/g, 'FAUX()')]]);
      expect(shown(e, want.rows, want.cols)).toEqual(want.value);
    });
  }
});
