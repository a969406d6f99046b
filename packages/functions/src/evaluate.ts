/**
 * Evaluating a catalogue function: never throws. Every LawError becomes `#VALUE!` (unusable argument)
 * or `#N/A` (the law has no answer for that date) with a message naming the argument; any other
 * exception is a defect, reported as `#VALUE!` rather than a crash.
 */
import { isIsoDate, LawError, type Warning } from '@formapro/core';
import { CATALOGUE, findFunction } from './catalogue/index.js';
import { DateValue, FnError, type CellValue, type FnValue } from './values.js';

export interface Evaluation {
  value: FnValue | FnError;
  articles: string[];
  warnings: Warning[];
}

export function errorFrom(e: unknown, functionName: string): FnError {
  if (e instanceof LawError) {
    // Cite the articles the message does not already name.
    const missing = e.articles.filter((a) => !e.text.en.includes(a));
    const cite = missing.length ? ` (${missing.join(', ')})` : '';
    return new FnError(e.kind === 'no-law-for-date' ? '#N/A' : '#VALUE!', `${e.field}: ${e.text.en}${cite}`);
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new FnError('#VALUE!', `${functionName}: internal error (${detail}); please report it`);
}

/** Evaluates `name` with cell arguments, with its articles and warnings. */
export function evaluate(name: string, args: CellValue[]): Evaluation {
  const spec = findFunction(name);
  if (!spec) return { value: new FnError('#VALUE!', `unknown function ${name}`), articles: [], warnings: [] };
  if (args.length > spec.params.length) {
    return {
      value: new FnError('#VALUE!', `${spec.name} takes at most ${spec.params.length} arguments, ${args.length} were given`),
      articles: [],
      warnings: [],
    };
  }
  try {
    const r = spec.run(args);
    if (!finite(r.value))
      return { value: new FnError('#VALUE!', `${spec.name}: the result does not fit in a spreadsheet (a number too large, or a date after 9999-12-31); check the amounts, hours and dates given`), articles: r.articles, warnings: r.warnings };
    return { value: r.value, articles: r.articles, warnings: r.warnings };
  } catch (e) {
    return { value: errorFrom(e, spec.name), articles: e instanceof LawError ? e.articles : [], warnings: [] };
  }
}

/** A number result must be one Excel can hold: never NaN or ±Infinity (huge inputs overflow doubles). */
function finite(v: FnValue): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (v instanceof DateValue) return isIsoDate(v.iso) && v.iso <= EXCEL_LAST_DAY;
  if (Array.isArray(v)) return v.every((row) => row.every((c) => c === null || finite(c)));
  return true;
}
const EXCEL_LAST_DAY = '9999-12-31';

/** The value only (the fast path of the spreadsheet adapters). */
export function call(name: string, args: CellValue[]): FnValue | FnError {
  return evaluate(name, args).value;
}

export { CATALOGUE };
