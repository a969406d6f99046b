/**
 * What is due for a calendar month the contract covers only in part, or under two minimums (a contract-year
 * anniversary or a SMIC revaluation mid-month): the exact monthly minimum of each part × its days ÷ the days of
 * the month, summed, rounded UP to the cent once (decision "prorate-calendar-days").
 *
 * Calendar days are the default: the monthly minimum pays every day of the month, worked or not (the monthly
 * wage of L3242-1 does not depend on the number of working days), so a day of the month is worth 1/28 to
 * 1/31 of it. `workdays` (Monday to Friday, public holidays not removed) is offered for payrolls that
 * prorate by working days; it gives other cents, never a different rule.
 */
import { compareDates, daysInMonth, fromDayNumber, isoWeekday, lastOfMonth, parseIso, toDayNumber, type IsoDate } from './dates.js';
import { Big, minimumQuotientToCents, type Decimal } from './money.js';

export type Proration = 'calendar' | 'workdays';

/** A part of a month under one minimum: its first and last day (inclusive) and the exact monthly minimum. */
export interface MonthPart {
  from: IsoDate;
  to: IsoDate;
  exact: Decimal;
}

export interface MonthDue {
  /** Days the contract covers in the month (calendar days, or Monday–Friday days for `workdays`). */
  covered: number;
  /** Days of the month counted the same way. */
  inMonth: number;
  /** What is due, rounded up to the cent. */
  due: Decimal;
}

/** Days from `from` to `to` inclusive, counted by `method`. */
export function countDays(from: IsoDate, to: IsoDate, method: Proration = 'calendar'): number {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  if (b < a) return 0;
  if (method === 'calendar') return b - a + 1;
  let n = 0;
  for (let d = a; d <= b; d++) if (isoWeekday(fromDayNumber(d)) <= 5) n++;
  return n;
}

/** The first and last day of `month` (its 1st) that the contract from `start` to `end` covers. */
export function coveredRange(month: IsoDate, start: IsoDate, end: IsoDate): { from: IsoDate; to: IsoDate } {
  const last = lastOfMonth(month);
  return { from: compareDates(start, month) > 0 ? start : month, to: compareDates(end, last) < 0 ? end : last };
}

/**
 * The exact minimums are quotients by 12 (× 52/12) or by 35 (hours/35) computed to 20 decimals: × 420 gives
 * back their exact numerators (rounded to 10 decimals), so the one rounding is the final ceiling.
 */
const K = 420;

export function monthDue(month: IsoDate, parts: MonthPart[], method: Proration = 'calendar'): MonthDue {
  const { y, m } = parseIso(month)!;
  const first = month;
  const last = lastOfMonth(month);
  const inMonth = method === 'calendar' ? daysInMonth(y, m) : countDays(first, last, 'workdays');
  let covered = 0;
  let numerator = new Big(0);
  for (const p of parts) {
    const d = countDays(p.from, p.to, method);
    covered += d;
    numerator = numerator.plus(p.exact.times(K).round(10).times(d));
  }
  return { covered, inMonth, due: inMonth === 0 ? new Big(0) : minimumQuotientToCents(numerator, K * inMonth) };
}
