/**
 * Presenting function values outside the catalogue: Excel wants serial numbers for dates, a terminal
 * wants ISO dates and tab-separated rows. Shared by the CLI, the Excel add-in and the HyperFormula plugin.
 */
import { toExcelSerial } from '@formapro/core';
import { DateValue, FnError, type CellValue, type FnValue, type Lang, type Matrix, type Scalar } from './values.js';

/** What a spreadsheet cell receives: dates become Excel serial numbers (1900 system), empty cells stay null. */
export type ExcelScalar = number | string | boolean | null;
export type ExcelValue = ExcelScalar | ExcelScalar[][];

export function toExcelScalar(v: Scalar | null): ExcelScalar {
  if (v instanceof DateValue) return toExcelSerial(v.iso);
  return v;
}

/** A function value as Excel shows it: DateValue → serial number; matrices cell by cell. */
export function toExcelValue(v: FnValue): ExcelValue {
  if (Array.isArray(v)) return v.map((row) => row.map(toExcelScalar));
  return toExcelScalar(v);
}

/**
 * A number as a person reads it: no trailing zeros, no exponent for the amounts this library returns
 * (1236.85, not 1236.850; 0.65; 273).
 */
export function formatNumber(n: number): string {
  const s = String(n); // -0 is written 0
  // Exponent forms (below 1e-6, from 1e21) only for numbers no amount of this library has: written out in full.
  return /e/i.test(s) ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : s;
}

/** One cell as text: dates as ISO, booleans as TRUE/FALSE, an empty cell as "". */
export function formatScalar(v: Scalar | null): string {
  if (v === null) return '';
  if (v instanceof DateValue) return v.iso;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

/** A value as text lines: a scalar on one line, a matrix as tab-separated rows. */
export function formatValue(v: FnValue): string {
  if (Array.isArray(v)) return (v as Matrix).map((row) => row.map(formatScalar).join('\t')).join('\n');
  return formatScalar(v);
}

/** `#VALUE! age: 15 is below 16 …` (or its French), as the CLI prints it on stderr. */
export function formatError(e: FnError, lang: Lang = 'en'): string {
  return `${e.code} ${e.text(lang)}`;
}

/** JSON-friendly form (dates as ISO strings), for `--json` outputs and logs; an error's message in `lang`. */
export function toPlain(v: FnValue | FnError, lang: Lang = 'en'): unknown {
  if (v instanceof FnError) return { error: v.code, message: v.text(lang) };
  if (Array.isArray(v)) return v.map((row) => row.map((c) => (c instanceof DateValue ? c.iso : c)));
  return v instanceof DateValue ? v.iso : v;
}

const NUMBER_TYPED = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const PERCENT_TYPED = /^([+-]?(?:\d+\.?\d*|\.\d+))\s*%$/;

/**
 * What a cell holds after a user types `text` (an English-locale cell; the catalogue's coercion reads the
 * French forms): numeric text → number ("23", "1766.92", "55%" → 0.55), TRUE/FALSE/VRAI/FAUX → boolean,
 * "" → omitted (undefined), anything else stays text ("1766,92", "bac pro", ISO dates).
 * Used by the CLI for its arguments and by tests for the catalogue's examples.
 */
export function typedCell(text: string): CellValue {
  if (text === '') return undefined;
  const t = text.trim();
  if (NUMBER_TYPED.test(t)) return Number(t);
  const pct = PERCENT_TYPED.exec(t);
  if (pct) return Number(pct[1]) / 100;
  const up = t.toUpperCase();
  if (up === 'TRUE' || up === 'VRAI') return true;
  if (up === 'FALSE' || up === 'FAUX') return false;
  return text;
}
