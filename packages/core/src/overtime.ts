/**
 * Overtime in a minimum wage: the hours above the legal weekly duration (35 h, L3121-27) carry the premium of
 * L3121-36 (25 % for the 36th to the 43rd hour, 50 % beyond) or the one rate a collective agreement sets
 * (never under 10 %, L3121-33). A monthly minimum for `weekly` hours is then the minimum for the PAID
 * hours: 35 + 1.25 × (first 8 overtime hours) + 1.5 × (the rest). Part time (35 h or less) is pro rata,
 * unchanged. Pure multiplication: every minimum keeps its one inexact division last.
 */
import type { IsoDate } from './dates.js';
import { invalidArgument } from './errors.js';
import type { Warning } from './explain.js';
import { inForce } from './law/store.js';
import { LEGAL_WEEKLY_HOURS, OVERTIME_CONVENTIONAL_FLOOR, OVERTIME_PREMIUM } from './law/params/working-time.js';
import { dec, type Decimal } from './money.js';

export interface Overtime {
  /** Hours a week paid as hours at the base rate (weekly hours with the premium folded in). */
  paidHours: Decimal;
  /** Hours at the base rate, at the first premium, at the later premium. */
  baseHours: Decimal;
  firstHours: Decimal;
  laterHours: Decimal;
  firstRate: Decimal;
  laterRate: Decimal;
  articles: string[];
  warnings: Warning[];
  /** Said by --explain: the hours at each rate. */
  note: Warning;
}

const pct = (d: Decimal) => `${d.times(100).toString()} %`;
const h = (d: Decimal, fr: boolean) => (fr ? d.toString().replace('.', ',') : d.toString());

/** Checks a conventional overtime premium (a decimal share, 0.10 or more: L3121-33). */
export function checkOvertimeRate(rate: Decimal, date: IsoDate, field = 'overtime_rate'): void {
  const floor = inForce(OVERTIME_CONVENTIONAL_FLOOR, date, field).version;
  if (rate.lt(floor.value) || rate.gt(3))
    throw invalidArgument(
      field,
      `${rate.toString()} is not an overtime premium a collective agreement may set: at least ${pct(dec(floor.value))} (0.10), e.g. 0.25 for 25 % (${floor.articles.join(', ')})`,
      `${rate.toString().replace('.', ',')} n'est pas une majoration d'heures supplémentaires qu'un accord peut fixer : au moins ${pct(dec(floor.value)).replace('.', ',')} (0,10), ex. 0,25 pour 25 % (${floor.articles.join(', ')})`,
      floor.articles,
    );
}

/**
 * The paid hours of a week of `weekly` hours on `date`. Undefined at or below the legal duration (nothing
 * to add). `conventionalRate` replaces both legal premiums (one rate for every overtime hour).
 */
export function overtimeOn(weekly: number, date: IsoDate, conventionalRate?: Decimal): Overtime | undefined {
  const legal = inForce(LEGAL_WEEKLY_HOURS, date).version.value;
  if (!(weekly > legal)) return undefined;
  const over = dec(String(weekly)).minus(legal);
  const articles: string[] = [];
  const warnings: Warning[] = [];
  let firstRate: Decimal;
  let laterRate: Decimal;
  let firstCap: number | undefined; // undefined: one rate for every overtime hour
  if (conventionalRate !== undefined) {
    checkOvertimeRate(conventionalRate, date);
    const floor = inForce(OVERTIME_CONVENTIONAL_FLOOR, date);
    articles.push(...floor.version.articles);
    warnings.push(...floor.warnings);
    firstRate = conventionalRate;
    laterRate = conventionalRate;
    firstCap = undefined;
  } else {
    const p = inForce(OVERTIME_PREMIUM, date);
    articles.push(...p.version.articles);
    warnings.push(...p.warnings);
    firstRate = dec(p.version.value.firstRate);
    laterRate = dec(p.version.value.laterRate);
    firstCap = p.version.value.firstHours;
  }
  const firstHours = firstCap !== undefined && over.gt(firstCap) ? dec(firstCap) : over;
  const laterHours = over.minus(firstHours);
  const baseHours = dec(legal);
  const paidHours = baseHours.plus(firstHours.times(firstRate.plus(1))).plus(laterHours.times(laterRate.plus(1)));
  const art = articles.join(', ');
  const laterEn = laterHours.gt(0) ? `, ${h(laterHours, false)} h at +${pct(laterRate)}` : '';
  const laterFr = laterHours.gt(0) ? `, ${h(laterHours, true)} h à +${pct(laterRate).replace('.', ',')}` : '';
  const note: Warning = {
    code: 'OVERTIME',
    message: {
      en: `${h(dec(String(weekly)), false)} h a week: ${legal} h at the base rate, ${h(firstHours, false)} h at +${pct(firstRate)}${laterEn}${conventionalRate ? ' (conventional rate)' : ''}: the minimum is paid on ${h(paidHours, false)} h a week (${art})`,
      fr: `${h(dec(String(weekly)), true)} h par semaine : ${legal} h au taux normal, ${h(firstHours, true)} h à +${pct(firstRate).replace('.', ',')}${laterFr}${conventionalRate ? ' (taux conventionnel)' : ''} : le minimum est calculé sur ${h(paidHours, true)} h par semaine (${art})`,
    },
    articles,
  };
  return { paidHours, baseHours, firstHours, laterHours, firstRate, laterRate, articles, warnings, note };
}
