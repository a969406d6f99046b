/**
 * Projet de transition professionnelle.
 * - Seniority (L6323-17-2, D6323-9), assessed on the training start date: 24 months as an employee of which
 *   12 in the company; or 24 months in the last 5 years of which 4 under CDD in the last 12 months. Waived,
 *   each by its own kind and date: disabled workers (OETH) and re-employment after an economic or inaptitude
 *   dismissal since 2019-01-01; a qualifying absence (occupational disease, ≥ 6 months of sick leave or
 *   accident in the 24 months before the request) only from 2022-03-31.
 * - Pay (L6323-17-5, D6323-18-4): reference salary (SMR) ≤ 2 × SMIC → 100 %; above → 90 % for the first
 *   year (or the first 1,200 training hours of a discontinuous or part-time leave), then 60 % from the 2nd year
 *   or from the 1,201st hour ("à partir de la 1201e heure"), never below 2 × SMIC
 *   (the monthly SMIC of the month paid, decision "ptp-smic-of-month-paid"). Half-up to the cent.
 * Not modelled: intermittents and temp workers (R6323-9-1), the SMR computation itself (D6323-18-3).
 */
import type { IsoDate } from '../dates.js';
import { invalidArgument } from '../errors.js';
import { Trail, type Explained } from '../explain.js';
import { inForce } from '../law/store.js';
import { smicOn } from '../law/smic.js';
import { PTP_PAY, PTP_SENIORITY, type PtpWaiver } from '../law/params/transition.js';
import { amountToCents, maxDec, type Decimal } from '../money.js';

export interface PtpSeniorityInput {
  monthsEmployee: number;
  monthsInCompany: number;
  monthsCddLast12: number;
  monthsEmployeeLast5y?: number;
  /** The waiver claimed, by kind: OETH, re-employment after dismissal, or a qualifying absence. */
  waiver?: PtpWaiver;
  /** Training start date (the date of assessment, D6323-9 III). */
  date: IsoDate;
}

export function ptpEligible(input: PtpSeniorityInput): Explained<{ eligible: boolean; route: 'company' | 'cdd' | 'waiver' | null }> {
  for (const [name, v] of [['months_employee', input.monthsEmployee], ['months_in_company', input.monthsInCompany], ['months_cdd_last_12', input.monthsCddLast12], ['months_employee_last_5y', input.monthsEmployeeLast5y ?? 0]] as const)
    if (!Number.isFinite(v) || v < 0) throw invalidArgument(name, `${v} is not a number of months`, `${v} n'est pas un nombre de mois`);
  const law = inForce(PTP_SENIORITY, input.date, 'date');
  const v = law.version.value;
  // D6323-9 I 2°: months of CDD "au cours des 12 derniers mois"
  if (input.monthsCddLast12 > v.cddWindowMonths)
    throw invalidArgument('months_cdd_last_12', `${input.monthsCddLast12} months cannot fit in the last ${v.cddWindowMonths} months`, `${input.monthsCddLast12} mois ne tiennent pas dans les ${v.cddWindowMonths} derniers mois`);
  const t = new Trail().cite(...law.version.articles);
  law.warnings.forEach((w) => t.warn(w));
  if (input.monthsEmployee >= v.monthsEmployee && input.monthsInCompany >= v.monthsInCompany) return t.done({ eligible: true, route: 'company' });
  const last5y = input.monthsEmployeeLast5y ?? input.monthsEmployee;
  if (last5y >= v.monthsLast5y && input.monthsCddLast12 >= v.monthsCddLast12) return t.done({ eligible: true, route: 'cdd' });
  if (input.waiver) {
    if (v.waivers.includes(input.waiver)) return t.done({ eligible: true, route: 'waiver' });
    t.warn({ code: 'WAIVER_NOT_YET', message: { en: `the "${input.waiver}" waiver did not exist on ${input.date} (it applies from 2022-03-31, D6323-9 version 2.0)`, fr: `la dispense « ${input.waiver} » n'existait pas au ${input.date} (elle s'applique depuis le 31/03/2022, D6323-9 version 2.0)` }, articles: ['D6323-9'] });
  }
  return t.done({ eligible: false, route: null });
}

/**
 * Pay of one month of the leave. `hoursElapsed` (discontinuous or part-time leave) counts the training hours
 * already completed BEFORE the period paid: the period is paid at the first-year share while the hour being
 * paid is at most the 1,200th (hoursElapsed < 1,200), and at the later share from the 1,201st hour
 * (hoursElapsed ≥ 1,200). A month whose hours cross the boundary is paid in two parts by the user (the hours
 * up to the 1,200th at the first share). Without hours, months 1–12 are the first year.
 */
export function ptpRemuneration(input: { referenceSalary: Decimal; monthIndex: number; date: IsoDate; hoursElapsed?: number }): Explained<Decimal> {
  if (!Number.isInteger(input.monthIndex) || input.monthIndex < 1)
    throw invalidArgument('month_index', `${input.monthIndex} is not a month of the leave (1 for the first)`, `${input.monthIndex} n'est pas un mois du congé (1 pour le premier)`);
  if (input.hoursElapsed !== undefined && (!Number.isFinite(input.hoursElapsed) || input.hoursElapsed < 0))
    throw invalidArgument('hours_elapsed', `${input.hoursElapsed} is not a number of hours`, `${input.hoursElapsed} n'est pas un nombre d'heures`);
  const law = inForce(PTP_PAY, input.date, 'date');
  const v = law.version.value;
  const smic = smicOn(input.date);
  const t = new Trail().cite(...law.version.articles, ...smic.articles);
  smic.warnings.forEach((w) => t.warn(w));
  const floor = smic.monthly.times(v.smicMultiple);
  if (input.referenceSalary.lte(floor)) return t.done(amountToCents(input.referenceSalary.times(v.fullShare)));
  const firstYear = input.hoursElapsed !== undefined ? input.hoursElapsed < v.firstYearHours : input.monthIndex <= v.firstYearMonths;
  const pay = input.referenceSalary.times(firstYear ? v.firstYearShare : v.laterShare);
  return t.done(amountToCents(maxDec(pay, floor)));
}

