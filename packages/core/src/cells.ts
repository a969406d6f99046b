/**
 * One grammar for what a cell holds, shared by the validation engine (sheets and CSV files) and the spreadsheet
 * functions' argument coercion: decimals, dates, yes/no and text normalisation. What is accepted and refused,
 * and why, is written in docs/cell-formats.md; a format is either read the same way everywhere or refused
 * everywhere, never read two ways.
 */
import { EXCEL_MAX_SERIAL, formatYmd, fromExcelSerial, parseIso, type IsoDate } from './dates.js';

/**
 * Text for comparing words: no accents (é → e), œ/æ spelt out, lower case, every run of characters other than
 * a–z and 0–9 (and `keep`) a single space, trimmed. « Date d'entrée » → "date d entree".
 */
export function normaliseText(s: string, keep: '' | '+' = ''): string {
  const folded = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .toLowerCase();
  return (keep === '+' ? folded.replace(/[^a-z0-9+]+/g, ' ') : folded.replace(/[^a-z0-9]+/g, ' ')).trim();
}

/** Why a text is not a decimal: not a number at all, or a number that reads two ways. */
export type DecimalRefusal = 'not-a-number' | 'ambiguous';

/** The spaces a thousands group may use: space, no-break space, narrow no-break space, thin space. */
const SPACE = '[ \\u00a0\\u202f\\u2009]';
/** Whole part grouped by spaces, then an optional decimal part after `.` or `,`: 1 234 / 1 234,56 / 1 234.56. */
const SPACE_GROUPED = new RegExp(`^([1-9]\\d{0,2}(?:${SPACE}\\d{3})+)(?:[.,](\\d+))?$`);
/** Whole part grouped by `.`, decimal part after `,`: 1.234.567 / 1.234,56. */
const DOT_GROUPED = /^([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/;
/** Whole part grouped by `,`, decimal part after `.`: 1,234,567 / 1,234.56. */
const COMMA_GROUPED = /^([1-9]\d{0,2}(?:,\d{3})+)(?:\.(\d+))?$/;
/** Ungrouped digits with an optional decimal part after `.` or `,`: 1234 / 1234,56 / 0.125. */
const PLAIN = /^(\d+)(?:[.,](\d+))?$/;
/** A single separator followed by exactly three digits after 1–3 digits not starting with 0: 1,234 / 12.345. */
const AMBIGUOUS = /^[1-9]\d{0,2}[.,]\d{3}$/;

/**
 * A decimal written as text, as a plain decimal string ("1234.56"), or why not. Accepted: an optional sign,
 * digits with one decimal separator (`.` or `,`), thousands grouped by spaces, by `.` before a decimal `,`
 * or by `,` before a decimal `.`; a euro sign before or after, or EUR/euro(s) after. Refused as ambiguous:
 * one separator followed by exactly three digits (`1,234` is 1.234 in French and 1234 in English).
 */
export function readDecimalText(text: string): { value: string } | { refused: DecimalRefusal } {
  let t = text.trim().replace(/^€\s*/, '').replace(/\s*(?:€|eur|euros?)$/i, '');
  let sign = '';
  if (t.startsWith('-') || t.startsWith('+')) {
    sign = t[0] === '-' ? '-' : '';
    t = t.slice(1).replace(/^€\s*/, '');
  }
  if (AMBIGUOUS.test(t)) return { refused: 'ambiguous' };
  const m = SPACE_GROUPED.exec(t) ?? DOT_GROUPED.exec(t) ?? COMMA_GROUPED.exec(t) ?? PLAIN.exec(t);
  if (!m) return { refused: 'not-a-number' };
  const whole = m[1].replace(/\D/g, '');
  const digits = m[2] !== undefined ? `${whole}.${m[2]}` : whole;
  // -0 and -0,00 are 0
  return { value: /[1-9]/.test(digits) ? `${sign}${digits}` : digits };
}

/** Day first, four-digit year, separated by `/`, `.` or `-`: 15/03/2024, 15.03.2024, 5-3-2024. */
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
/** ISO date, optionally followed by a time of day (the day is kept). */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Why a value is not a date: not a date at all, a date-shaped text that is no calendar day, or Excel's 1900-02-29. */
export type DateRefusal = 'not-a-date' | 'not-a-calendar-date' | 'out-of-range' | 'excel-1900-02-29';

/** An Excel serial date (1900 date system, 1 = 1900-01-01, the time of day dropped). */
export function readSerialDate(n: number): { value: IsoDate } | { refused: DateRefusal } {
  if (!Number.isFinite(n) || n < 1 || n >= EXCEL_MAX_SERIAL + 1) return { refused: 'out-of-range' };
  const iso = fromExcelSerial(n);
  return iso ? { value: iso } : { refused: 'excel-1900-02-29' };
}

/**
 * A date written as text: ISO `YYYY-MM-DD` (a time after it is dropped), day first `JJ/MM/AAAA` with `/`, `.`
 * or `-`, or the digits of an Excel serial. Refused: two-digit years, year first with slashes, month names.
 */
export function readDateText(text: string): { value: IsoDate } | { refused: DateRefusal } {
  const t = text.trim();
  const iso = ISO_DATE_TIME.exec(t);
  if (iso) return parseIso(iso[1]) ? { value: iso[1] } : { refused: 'not-a-calendar-date' };
  const dayFirst = DAY_FIRST.exec(t);
  if (dayFirst) {
    const value = formatYmd(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
    return parseIso(value) ? { value } : { refused: 'not-a-calendar-date' };
  }
  if (/^\d+(?:\.\d+)?$/.test(t)) return readSerialDate(Number(t));
  return { refused: 'not-a-date' };
}

const YES = new Set(['oui', 'o', 'yes', 'y', 'vrai', 'true', '1', 'x']);
const NO = new Set(['non', 'n', 'no', 'faux', 'false', '0']);

/** oui/non, o/n, yes/no, y/n, vrai/faux, true/false, 1/0, x (ticked); accents and case ignored. */
export function readYesNoText(text: string): boolean | undefined {
  const t = normaliseText(text);
  return YES.has(t) ? true : NO.has(t) ? false : undefined;
}
