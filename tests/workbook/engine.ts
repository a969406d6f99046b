/**
 * A HyperFormula workbook with the FormaPro catalogue registered (dev-only engine, GPL-3.0): the
 * functions evaluated from formulas written as a user writes them.
 */
import * as hf from 'hyperformula';
import { registerFormaProFunctions } from '@formapro/functions';

registerFormaProFunctions(hf);

export { hf };
export type Engine = ReturnType<typeof hf.HyperFormula.buildFromArray>;
export type Cells = (string | number | boolean | null)[][];

export function workbook(cells: Cells, config: Record<string, unknown> = {}): Engine {
  return hf.HyperFormula.buildFromArray(cells as never, { licenseKey: 'gpl-v3', ...config });
}

/** "B2" → address on sheet 0. */
export function at(a1: string): { sheet: number; row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad address ${a1}`);
  const col = [...m[1]].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
  return { sheet: 0, row: Number(m[2]) - 1, col };
}

export function value(e: Engine, a1: string): unknown {
  return e.getCellValue(at(a1));
}

/** { type, message } of an error cell (fails the expectation in the caller when not an error). */
export function errorOf(e: Engine, a1: string): { value: string; message: string } {
  const v = e.getCellValue(at(a1)) as { value?: string; message?: string };
  return { value: String(v?.value), message: String(v?.message) };
}

/** Evaluates one formula in a fresh one-cell workbook (plus optional input cells in row 1 from B1). */
export function formula(f: string, inputs: (string | number | boolean | null)[] = []): unknown {
  const e = workbook([[f, ...inputs]]);
  return e.getCellValue(at('A1'));
}
