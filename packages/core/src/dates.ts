/**
 * Civil dates without time zone, as ISO `YYYY-MM-DD` strings. All arithmetic is done on
 * day numbers, never on `Date` objects, so no time zone can leak in.
 */

import { invalidArgument } from './errors.js';

export type IsoDate = string;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Parses a valid ISO calendar date; returns undefined for anything else (2023-02-29 included). */
export function parseIso(s: string): Ymd | undefined {
  // Hand-rolled (no RegExp): this runs for every month of every contract row validated.
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}

/** The number written by s[from, to) in ASCII digits, or -1. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function isIsoDate(s: unknown): s is IsoDate {
  // Stryker disable next-line ConditionalExpression: parseIso refuses a non-string too (the test is for the type)
  return typeof s === 'string' && parseIso(s) !== undefined;
}

function ymd(s: IsoDate): Ymd {
  const p = parseIso(s);
  if (!p) throw invalidArgument('date', `a date computed from the arguments (${s}) is outside the years 0001 to 9999`, `une date calculée à partir des arguments (${s}) sort des années 0001 à 9999`);
  return p;
}

export function formatYmd(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's days_from_civil). */
export function toDayNumber(s: IsoDate): number {
  const { y, m, d } = ymd(s);
  return daysFromCivil(y, m, d);
}

function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(z0: number): IsoDate {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return formatYmd(y, m, d);
}

export function addDays(s: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(s) + n);
}

/** Same day n months later; a day that does not exist becomes the last day of that month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(s: IsoDate, n: number): IsoDate {
  const { y, m, d } = ymd(s);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return formatYmd(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** Day of the week, 1 = Monday … 7 = Sunday. */
export function isoWeekday(s: IsoDate): number {
  const z = toDayNumber(s); // 1970-01-01 was a Thursday
  return ((((z + 3) % 7) + 7) % 7) + 1;
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0; // ISO strings sort chronologically
}

export function firstOfMonth(s: IsoDate): IsoDate {
  return s.slice(0, 8) + '01';
}

export function lastOfMonth(s: IsoDate): IsoDate {
  const { y, m } = ymd(s);
  return formatYmd(y, m, daysInMonth(y, m));
}

/** The first day of the month following the one containing `s` (D6325-16: "le premier jour du mois suivant"). */
export function firstDayOfNextMonth(s: IsoDate): IsoDate {
  return addMonths(firstOfMonth(s), 1);
}

/**
 * How a 29 February birthday falls in a non-leap year (decision "feb29-birthday", docs/decisions.md): by
 * default on 1 March (the age is reached once 28 February has fully elapsed); `feb28` selects the other
 * reading, the last day of February, used by a 2013 ministerial circular.
 */
export type Feb29Rule = 'mar1' | 'feb28';

/** The date on which a person born on `birth` reaches `years` years of age. */
export function anniversary(birth: IsoDate, years: number, feb29: Feb29Rule = 'mar1'): IsoDate {
  const { y, m, d } = ymd(birth);
  const ty = y + years;
  if (m === 2 && d === 29 && !isLeapYear(ty)) return feb29 === 'mar1' ? formatYmd(ty, 3, 1) : formatYmd(ty, 2, 28);
  return formatYmd(ty, m, d);
}

/** Age in whole years on `date` ("N ans révolus", decision "age-in-whole-years"). */
export function ageOn(birth: IsoDate, date: IsoDate, feb29: Feb29Rule = 'mar1'): number {
  const b = ymd(birth);
  const t = ymd(date);
  const age = t.y - b.y;
  // month and day of the birthday in the year of `date`, where anniversary() places it, compared as integers
  const birthday = b.m === 2 && b.d === 29 && !isLeapYear(t.y) ? (feb29 === 'mar1' ? 301 : 228) : b.m * 100 + b.d;
  return t.m * 100 + t.d < birthday ? age - 1 : age;
}

/**
 * First day from which an age-based amount applies: the 1st of the month following the day the age is
 * reached (D6325-16; the apprentice grid changes the same way, D6222-26 and following).
 */
export function firstDayOfMonthAfterBirthday(birth: IsoDate, years: number, feb29: Feb29Rule = 'mar1'): IsoDate {
  return firstDayOfNextMonth(anniversary(birth, years, feb29));
}

/** Whole calendar months from `start` to `end` inclusive of a period that ends the day before the same date (4 Mar → 3 Mar = 12). Partial months count as fractions are not needed here: returns whole months and the extra days. */
export function monthsAndDays(start: IsoDate, endInclusive: IsoDate): { months: number; days: number } {
  const afterEnd = addDays(endInclusive, 1);
  const s = ymd(start);
  const e = ymd(afterEnd);
  let months = (e.y - s.y) * 12 + (e.m - s.m);
  if (compareDates(addMonths(start, months), afterEnd) > 0) months -= 1;
  const days = toDayNumber(afterEnd) - toDayNumber(addMonths(start, months));
  return { months, days };
}

/** Every calendar month (as its first day) touched by [start, endInclusive]. */
export function monthsCovering(start: IsoDate, endInclusive: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let m = firstOfMonth(start); compareDates(m, endInclusive) <= 0; m = addMonths(m, 1)) out.push(m);
  return out;
}

// Excel's 1900 date system: serial 1 = 1900-01-01, serial 60 is the fictitious 1900-02-29,
// so from serial 61 (1900-03-01) on, serial = days since 1899-12-30.
// (computed from numbers: no date text is parsed while the module loads)
const EXCEL_EPOCH = daysFromCivil(1899, 12, 30);
export const EXCEL_MAX_SERIAL = 2958465; // 9999-12-31

/** ISO date of an Excel serial (integer part only); undefined for serials Excel cannot show and for 60 (1900-02-29 does not exist). */
export function fromExcelSerial(serial: number): IsoDate | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > EXCEL_MAX_SERIAL || whole === 60) return undefined;
  // Stryker disable next-line EqualityOperator: 60 is refused above, so < 60 and <= 60 agree
  return fromDayNumber(EXCEL_EPOCH + whole + (whole < 60 ? 1 : 0));
}

export function toExcelSerial(s: IsoDate): number {
  const n = toDayNumber(s) - EXCEL_EPOCH;
  return n < 61 ? n - 1 : n;
}
