/**
 * CPF credits.
 * - Euros (from 2019, L6323-11, R6323-1, R6323-3-1, D6323-3-3): worked time ≥ half the reference (1,607 h
 *   or the conventional duration) → 500 € (800 € without a level-3 qualification, declared); below half →
 *   prorated, rounded UP to the cent; OETH +300 €; capped by the ceiling (5,000 €, or 8,000 €).
 *   Interpretations (decision "cpf-low-qualification-prorata"): low qualification below half = 800 × ratio; OETH adds to 800.
 * - Hours (2015–2018, old L6323-11, L6323-11-1, R6323-1): 24 h a year up to 120 h, then 12 h up to 150 h
 *   (48 h up to 400 h without a level V qualification, from 2017); part time prorated, rounded UP to the hour.
 * - Conversion on 2019-01-01: 15 € per hour (décret 2018-1153). Abondement correctif (L6323-13, R6323-3; held
 *   until 2026-09-01, when L6323-13 changes again: after it #N/A, the new text not being held) and
 *   participation forfaitaire (L6323-4) by date.
 * Not modelled: self-employed and ESAT accrual, absences counted as work (give them in worked hours), employees
 * whose working time is not counted in hours (R6323-1: give the hours their pay stands for).
 */
import { addDays, addMonths, firstOfMonth, parseIso, formatYmd, type IsoDate } from '../dates.js';
import { invalidArgument, noLawForDate } from '../errors.js';
import { Trail, type Explained } from '../explain.js';
import { inForce, versionAt } from '../law/store.js';
import { CPF_ABONDEMENT, CPF_CONVERSION, CPF_EUROS, CPF_HOURS, CPF_HOURS_LOW_QUALIFICATION, CPF_OETH_EXTRA, CPF_PARTICIPATION } from '../law/params/cpf.js';
import { Big, creditToCents, dec, maxDec, minDec, type Decimal } from '../money.js';

export interface AccrualInput {
  workedHours: number;
  referenceHours?: number;
  lowQualification?: boolean;
  oeth?: boolean;
  balance?: Decimal;
  year: number;
}

function checkHours(input: AccrualInput): void {
  if (!Number.isFinite(input.workedHours) || input.workedHours < 0)
    throw invalidArgument('worked_hours', `${input.workedHours} is not a number of hours worked`, `${input.workedHours} n'est pas un nombre d'heures travaillées`);
  if (input.referenceHours !== undefined && (!Number.isFinite(input.referenceHours) || input.referenceHours <= 0))
    throw invalidArgument('reference_hours', `${input.referenceHours} is not a yearly reference duration in hours`, `${input.referenceHours} n'est pas une durée annuelle de référence en heures`);
  if (!Number.isInteger(input.year) || input.year < 1900 || input.year > 9999)
    throw invalidArgument('year', `${input.year} is not a year`, `${input.year} n'est pas une année`);
}

/** Euros credited for a calendar year of work (2019 onwards). */
export function cpfAccrualEuros(input: AccrualInput): Explained<Decimal> {
  checkHours(input);
  const day = formatYmd(input.year, 12, 31);
  if (!versionAt(CPF_EUROS, day))
    throw noLawForDate('year', `${input.year} is before the CPF in euros (2019): use CPF_ACCRUAL_HOURS for 2015–2018`, `${input.year} est antérieure au CPF en euros (2019) : utiliser CPF_ACCRUAL_HOURS pour 2015–2018`, ['L6323-11']);
  const law = inForce(CPF_EUROS, day, 'year');
  const v = law.version.value;
  const t = new Trail().cite(...law.version.articles);
  const reference = input.referenceHours ?? v.referenceHours;
  const ratio = dec(input.workedHours).div(reference);
  const annual = dec(input.lowQualification ? v.lowQualAnnual : v.annual);
  let ceiling = dec(input.lowQualification ? v.lowQualCeiling : v.ceiling);
  let credit = ratio.gte(v.halfThreshold) ? annual : creditToCents(annual.times(ratio));
  if (input.oeth) {
    const oeth = versionAt(CPF_OETH_EXTRA, day);
    // Stryker disable next-line ConditionalExpression: the OETH extra is held from 2019-06-09, before the first year-end of the euros system
    if (oeth) {
      t.cite(...oeth.articles);
      credit = credit.plus(oeth.value.extra);
      ceiling = maxDec(ceiling, dec(oeth.value.ceiling));
    }
  }
  const room = maxDec(ceiling.minus(input.balance ?? 0), new Big(0));
  return t.done(minDec(credit, room));
}

/** Hours credited for a calendar year of work (2015–2018 system). */
export function cpfAccrualHours(input: AccrualInput & { balanceHours?: number }): Explained<number> {
  checkHours(input);
  const day = formatYmd(input.year, 12, 31);
  const v = versionAt(CPF_HOURS, day);
  if (!v)
    throw noLawForDate('year', `${input.year} is outside the CPF in hours (2015–2018): from 2019 use CPF_ACCRUAL (euros)`, `${input.year} est hors du CPF en heures (2015–2018) : à partir de 2019 utiliser CPF_ACCRUAL (euros)`, ['L6323-11']);
  const law = inForce(CPF_HOURS, day, 'year');
  const t = new Trail().cite(...v.articles);
  law.warnings.forEach((w) => t.warn(w));
  const reference = input.referenceHours ?? v.value.referenceHours;
  const ratio = Math.min(1, input.workedHours / reference);
  const balance = input.balanceHours ?? 0;
  let hours: number;
  const low = input.lowQualification ? versionAt(CPF_HOURS_LOW_QUALIFICATION, day) : undefined;
  if (low) {
    t.cite(...low.articles);
    hours = Math.min(Math.ceil(low.value.rate * ratio - 1e-9), Math.max(0, low.value.ceiling - balance));
  } else {
    const { rate, threshold, rateAfter, ceiling } = v.value;
    const full = rate * ratio;
    let raw: number;
    // Stryker disable next-line EqualityOperator: exactly at the threshold both branches give the same hours
    if (balance + full <= threshold) raw = full;
    // Stryker disable next-line EqualityOperator: exactly at the threshold both branches give the same hours
    else if (balance >= threshold) raw = rateAfter * ratio;
    else {
      // the 24-hour rate fills up to 120 h, the rest of the year accrues at 12 h (old L6323-11)
      const share = (threshold - balance) / full;
      raw = threshold - balance + rateAfter * ratio * (1 - share);
    }
    hours = Math.min(Math.ceil(raw - 1e-9), Math.max(0, ceiling - balance));
  }
  return t.done(hours);
}

export function cpfHoursToEuros(hours: number, date: IsoDate): Explained<Decimal> {
  if (!Number.isFinite(hours) || hours < 0) throw invalidArgument('hours', `${hours} is not a number of CPF or DIF hours`, `${hours} n'est pas un nombre d'heures CPF ou DIF`);
  const law = inForce(CPF_CONVERSION, date);
  const t = new Trail().cite(...law.version.articles);
  law.warnings.forEach((w) => t.warn(w));
  return t.done(dec(hours).times(law.version.value).round(2, Big.roundHalfUp));
}

export interface Abondement {
  due: boolean;
  amount: Decimal;
  /** Last day of the calendar quarter following the review (R6323-3). */
  dueBy: IsoDate | null;
}

/**
 * Abondement correctif (L6323-13, L6315-1 II, R6323-3): in companies of 50 or more (5-year rule of L130-1
 * CSS), due only when the employee had NEITHER the interviews NOR a non-mandatory training (cumulative,
 * decision "cpf-abondement-cumulative"). Unpaid after formal notice: the shortfall +100 % goes to the Trésor.
 */
export function cpfAbondement(input: { companyOf50: boolean; interviewsHeld: boolean; nonMandatoryTraining: boolean; reviewDate: IsoDate; unpaidAfterNotice?: boolean }): Explained<Abondement> {
  const law = inForce(CPF_ABONDEMENT, input.reviewDate, 'review_date');
  const v = law.version.value;
  const t = new Trail().cite(...law.version.articles);
  const due = input.companyOf50 && !input.interviewsHeld && !input.nonMandatoryTraining;
  if (!due) return t.done({ due: false, amount: new Big(0), dueBy: null });
  const { m } = parseIso(input.reviewDate)!;
  const quarterStart = addMonths(firstOfMonth(input.reviewDate), -((m - 1) % 3));
  const dueBy = addDays(addMonths(quarterStart, 6), -1);
  const amount = dec(v.amount).times(input.unpaidAfterNotice ? dec(1).plus(v.penaltyShare) : 1);
  return t.done({ due: true, amount, dueBy });
}

/** Participation forfaitaire owed by the account holder on a CPF purchase (L6323-4; 0 before 2024-05-02). */
export function cpfParticipation(date: IsoDate, exempt = false): Explained<Decimal> {
  const law = inForce(CPF_PARTICIPATION, date);
  const t = new Trail().cite(...law.version.articles);
  law.warnings.forEach((w) => t.warn(w));
  return t.done(exempt ? new Big(0) : dec(law.version.value));
}
