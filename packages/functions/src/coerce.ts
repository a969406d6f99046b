/**
 * Argument coercion with Excel habits: omitted or empty optionals, TRUE/FALSE, serial dates and ISO text,
 * numbers typed as French text (`1766,92`, `1 766,92`). Text is read in the cell grammar of @formapro/core
 * (cells.ts, docs/cell-formats.md), the same as the validation engine's. Every refusal names the argument, the value and
 * what is expected, and becomes `#VALUE!`.
 */
import { dec, EXCEL_MAX_SERIAL, formatYmd, invalidArgument, MAX_WEEKLY_HOURS_HELD, normaliseText, readDateText, readDecimalText, readSerialDate, readYesNoText, type Decimal, type IsoDate } from '@formapro/core';
import type { CellValue } from './values.js';

/** Human form of a received value, for messages. */
export function show(v: CellValue): string {
  if (v === null || v === undefined) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'object') return Array.isArray(v) ? 'a range' : v.error;
  return String(v);
}

export function isOmitted(v: CellValue): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

function reject(name: string, v: CellValue, expected: string, fr: string): never {
  throw invalidArgument(name, `${show(v)} is not ${expected}`, `${show(v)} n'est pas ${fr}`);
}

/** A single cell: a range, an error value or an omitted required argument is refused. */
function scalar(v: CellValue, name: string, expected: string, fr: string): number | string | boolean {
  if (Array.isArray(v)) throw invalidArgument(name, `a range was given where ${expected} is expected`, `une plage a été donnée au lieu de ${fr}`);
  if (v !== null && typeof v === 'object') throw invalidArgument(name, `the cell holds the error ${v.error}`, `la cellule contient l'erreur ${v.error}`);
  if (isOmitted(v)) throw invalidArgument(name, `missing: expected ${expected}`, `manquant : attendu ${fr}`);
  return v as number | string | boolean;
}

/**
 * Decimal text as typed by a French or English user (`1766,92`, `1 766,92`, `1766.92`, `1,766.92`, `1.766,92`),
 * in the grammar the validation engine reads too (docs/cell-formats.md); undefined when refused (`1,234` is
 * ambiguous: thousands in English, decimals in French).
 */
export function parseDecimalText(s: string): string | undefined {
  const r = readDecimalText(s);
  return 'value' in r ? r.value : undefined;
}

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
  /** What the argument is, for the message: "an age in years". */
  what: string;
  whatFr: string;
}

/** A finite number (or numeric text). Booleans are refused: TRUE is not an age. */
export function num(v: CellValue, name: string, rule: NumberRule): number {
  const s = scalar(v, name, rule.what, rule.whatFr);
  let n: number;
  if (typeof s === 'number') n = s;
  else if (typeof s === 'string') n = Number(parseDecimalText(s)); // NaN when refused
  else return reject(name, v, rule.what, rule.whatFr);
  if (!Number.isFinite(n)) return reject(name, v, rule.what, rule.whatFr);
  if (rule.integer && !Number.isInteger(n))
    throw invalidArgument(name, `${show(v)} is not a whole number (${rule.what})`, `${show(v)} n'est pas un nombre entier (${rule.whatFr})`);
  if (n < (rule.min ?? -Infinity))
    throw invalidArgument(name, `${show(v)} is below ${rule.min} (${rule.what})`, `${show(v)} est inférieur à ${rule.min} (${rule.whatFr})`);
  if (n > (rule.max ?? Infinity))
    throw invalidArgument(name, `${show(v)} is above ${rule.max} (${rule.what})`, `${show(v)} est supérieur à ${rule.max} (${rule.whatFr})`);
  return n;
}

/**
 * Weekly hours: above 0 and at most the absolute weekly maximum of L3121-20 (the highest the law store holds;
 * the core checks the one in force on the contract's date).
 */
export const WEEKLY_HOURS: NumberRule = {
  min: 0.01,
  max: MAX_WEEKLY_HOURS_HELD,
  what: `weekly hours above 0 and at most ${MAX_WEEKLY_HOURS_HELD} (L3121-20)`,
  whatFr: `un horaire hebdomadaire de plus de 0 et au plus ${MAX_WEEKLY_HOURS_HELD} (L3121-20)`,
};

export function optNum(v: CellValue, name: string, rule: NumberRule): number | undefined {
  return isOmitted(v) ? undefined : num(v, name, rule);
}

/** An amount in euros as an exact decimal; `min` defaults to 0 (no negative amounts). */
export function money(v: CellValue, name: string, rule: { min?: number; positive?: boolean; what?: string; whatFr?: string } = {}): Decimal {
  const what = rule.what ?? 'an amount in euros (e.g. 1766.92)';
  const whatFr = rule.whatFr ?? 'un montant en euros (ex. 1766,92)';
  const s = scalar(v, name, what, whatFr);
  let text: string | undefined;
  if (typeof s === 'number') text = Number.isFinite(s) ? String(s) : undefined;
  else if (typeof s === 'string') text = parseDecimalText(s);
  if (text === undefined || text.includes('e')) {
    // A finite number JavaScript writes with an exponent is below 1e-6 (0 to the cent) or from 1e21 (too large).
    // Stryker disable next-line EqualityOperator: no such number lies between 1e-6 and 1e21
    if (Number.isFinite(s) && Math.abs(s as number) < 1) text = '0';
    else if (Number.isFinite(s)) throw invalidArgument(name, `${show(v)} is too large for an amount in euros`, `${show(v)} est trop grand pour un montant en euros`);
    else return reject(name, v, what, whatFr);
  }
  const d = dec(text);
  const min = rule.min ?? 0;
  if (d.lt(min)) throw invalidArgument(name, `${show(v)} is below ${min} (${what})`, `${show(v)} est inférieur à ${min} (${whatFr})`);
  if (rule.positive && d.lte(0)) throw invalidArgument(name, `${show(v)} must be above 0 (${what})`, `${show(v)} doit être supérieur à 0 (${whatFr})`);
  return d;
}

export function optMoney(v: CellValue, name: string, rule: Parameters<typeof money>[2] = {}): Decimal | undefined {
  return isOmitted(v) ? undefined : money(v, name, rule);
}

/** TRUE/FALSE, 1/0, or text oui/non, yes/no, vrai/faux, x (docs/cell-formats.md). */
export function bool(v: CellValue, name: string): boolean {
  const s = scalar(v, name, 'TRUE or FALSE', 'VRAI ou FAUX');
  if (typeof s === 'boolean') return s;
  if (s === 0 || s === 1) return s === 1;
  if (typeof s === 'string') {
    const b = readYesNoText(s);
    if (b !== undefined) return b;
  }
  return reject(name, v, 'TRUE or FALSE', 'VRAI ou FAUX');
}

export function optBool(v: CellValue, name: string, fallback: boolean): boolean {
  return isOmitted(v) ? fallback : bool(v, name);
}

/**
 * A date as an Excel serial number (1900 system), ISO text `YYYY-MM-DD`, or day-first `JJ/MM/AAAA` text (with
 * `/`, `.` or `-`), as the validation engine reads dates (docs/cell-formats.md).
 */
export function date(v: CellValue, name: string): IsoDate {
  const what = 'a date (an Excel date, or text YYYY-MM-DD or DD/MM/YYYY)';
  const whatFr = 'une date (date Excel, ou texte AAAA-MM-JJ ou JJ/MM/AAAA)';
  const s = scalar(v, name, what, whatFr);
  const r = typeof s === 'number' ? readSerialDate(s) : readDateText(String(s)); // TRUE reads as no date
  if ('value' in r) return r.value;
  if (r.refused === 'out-of-range')
    throw invalidArgument(name, `${show(v)} is not a date Excel can show (serial 1 to ${EXCEL_MAX_SERIAL})`, `${show(v)} n'est pas une date qu'Excel peut afficher (numéro de série 1 à ${EXCEL_MAX_SERIAL})`);
  if (r.refused === 'excel-1900-02-29') throw invalidArgument(name, `${show(v)} is Excel's fictitious 1900-02-29, not a date`, `${show(v)} est le 29/02/1900 fictif d'Excel, pas une date`);
  if (r.refused === 'not-a-calendar-date') throw invalidArgument(name, `${show(v)} is not a calendar date`, `${show(v)} n'est pas une date du calendrier`);
  return reject(name, v, what, whatFr);
}

export function optDate(v: CellValue, name: string): IsoDate | undefined {
  return isOmitted(v) ? undefined : date(v, name);
}

/** One of a fixed set of codes, case- and accent-insensitive; synonyms map to a code. */
export function choice<T extends string>(v: CellValue, name: string, codes: Record<string, T>, expected: string): T {
  const s = scalar(v, name, expected, expected);
  const key = normaliseCode(String(s));
  const hit = codes[key];
  if (hit === undefined) reject(name, v, expected, expected);
  return hit;
}

/** Codes compare as the shared normalised text, keeping "+" (bac+2). */
export function normaliseCode(s: string): string {
  return normaliseText(s, '+');
}

/** Today's date in the user's local calendar (only for defaults that the catalogue documents). */
export function today(): IsoDate {
  const d = new Date();
  return formatYmd(d.getFullYear(), d.getMonth() + 1, d.getDate());
}
