/**
 * The thin Excel layer: a catalogue call with Excel's conventions. Synchronous and local (no network, no
 * promise), so thousands of calls in one recalculation are answered as fast as the catalogue computes.
 *
 * - Arguments arrive as Excel hands them (serial numbers for dates, text, booleans, null for an omitted
 *   optional argument) and go straight to the catalogue's coercion, which knows Excel habits.
 * - FnError → `CustomFunctions.Error`: #VALUE! (invalidValue) for an argument Excel cannot use, #N/A
 *   (notAvailable) when the law has no answer for the date. Only these two codes carry their message on
 *   every host.
 * - Language: French when Office.context.displayLanguage is French (any fr-*): the error messages and the
 *   header row of a spilled table (Mois, Âge, Taux…) follow Excel's display language.
 * - DateValue → Excel serial number (the sheet formats it as a date); matrices → rectangular 2-D arrays
 *   with "" for empty cells (a dynamic array that spills).
 */
import { call, FnError, toExcelScalar, type CellValue, type FnValue, type Lang, type Scalar } from '@formapro/functions';

/** What Excel receives from a successful call. */
export type ExcelResult = number | string | boolean | (number | string | boolean)[][];

/** The Excel-side error, built by `makeError` (the real `CustomFunctions.Error` inside Excel). */
export type ErrorFactory = (code: FnError['code'], message: string) => unknown;

const officeError: ErrorFactory = (code, message) => {
  const cf = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (!cf) return Object.assign(new Error(message), { code });
  return new cf.Error(code === '#N/A' ? cf.ErrorCode.notAvailable : cf.ErrorCode.invalidValue, message);
};

let makeError: ErrorFactory = officeError;

/** For tests outside Excel. */
export function setErrorFactory(f: ErrorFactory | undefined): void {
  makeError = f ?? officeError;
}

/** French for any French display language of Office (fr-FR, fr-BE, fr-CA, fr-CH, fr-LU…), else English. */
export function langOfDisplay(displayLanguage: string | undefined | null): Lang {
  return /^fr(-|_|$)/i.test(displayLanguage ?? '') ? 'fr' : 'en';
}

let forcedLang: Lang | undefined;

/** For tests outside Excel: the language to answer in (undefined: Office's display language). */
export function setLanguage(lang: Lang | undefined): void {
  forcedLang = lang;
}

/** The language of Excel's user interface, read on each call (Office.context exists once Office is ready). */
function currentLang(): Lang {
  if (forcedLang) return forcedLang;
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  try {
    return langOfDisplay(office?.context?.displayLanguage);
  } catch {
    return 'en';
  }
}

/** Excel passes `null` (recent hosts) or `undefined` (older ones) for an omitted optional argument. */
function toCell(v: unknown): CellValue {
  if (v === undefined || v === null) return v as null | undefined;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map((row) => (Array.isArray(row) ? row.map(toCell) : [toCell(row)])) as CellValue[][];
  if (v instanceof Error) return { error: (v as { code?: string }).code ?? '#VALUE!' };
  return String(v);
}

export function toExcel(v: FnValue): ExcelResult {
  if (Array.isArray(v)) {
    const width = Math.max(1, ...v.map((r) => r.length));
    if (v.length === 0) return [['']];
    return v.map((row) => Array.from({ length: width }, (_, i) => excelCell(i < row.length ? row[i] : null)));
  }
  const x = toExcelScalar(v);
  return x === null ? '' : x;
}

function excelCell(v: Scalar | null): number | string | boolean {
  const x = toExcelScalar(v);
  return x === null ? '' : x;
}

/** Calls catalogue function `name`; throws the Excel error (with its message) on bad input. */
export function invoke(name: string, args: unknown[]): any {
  let n = args.length;
  while (n > 0 && (args[n - 1] === undefined || args[n - 1] === null)) n--;
  const lang = currentLang();
  const value = call(name, args.slice(0, n).map(toCell), lang);
  if (value instanceof FnError) throw makeError(value.code, value.text(lang));
  return toExcel(value);
}
