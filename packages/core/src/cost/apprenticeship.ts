/**
 * What an apprenticeship contract costs the employer over its life, month by month: gross salary (what is due
 * under the apprentice grid, or the actual salary prorated alike), employer charges at a rate the user gives,
 * the employer's participation in the training cost where the law requires one (contracts concluded from
 * 2025-07-01 for a diploma at level 6 or more: invoiced after the first 45 days), less the hiring aids of the
 * date the contract was concluded (aide unique, exceptional aid; by company size and diploma level). An aid is
 * paid for each day of the contract year it covers (decision "app-aid-by-day"). A conclusion date whose aids
 * are not held is a warning, never a silent zero. Totals per calendar year and overall.
 * Not modelled: reductions of employer charges, the reduced participation after an early break, aids of
 * regions and of France Travail, the proof conditions of the aids (filing within 6 months, quota).
 */
import { addDays, addMonths, ageOn, compareDates, toDayNumber, type IsoDate } from '../dates.js';
import { invalidArgument, LawError } from '../errors.js';
import { Trail, type Explained } from '../explain.js';
import { inForce } from '../law/store.js';
import { APP_AID_EXCEPTIONAL, APP_AID_UNIQUE, APP_EMPLOYER_PARTICIPATION } from '../law/params/apprenticeship-aids.js';
import { amountToCents, dec, type Decimal } from '../money.js';
import { appSalarySchedule } from '../apprenticeship/pay.js';
import type { Qualification } from '../professionalisation/qualification.js';
import { checkChargesRate, negativeNote, totals, type CostRow, type CostSchedule } from './schedule.js';

export interface AppCostInput {
  birthDate: IsoDate;
  start: IsoDate;
  end: IsoDate;
  /** Date the contract was concluded: selects the grid, the aids and the participation (default: start). */
  conclusionDate?: IsoDate;
  /** The diploma prepared (its RNCP level decides the aids and the participation). */
  trainingLevel: Qualification;
  /** Employees of the company (aids: under 250 or 250 and more). */
  headcount?: number;
  /** The apprentice is a recognised disabled worker (RQTH): the higher first-year amount where the decree sets one. */
  disabled?: boolean;
  /** A company of 250 or more has made the alternance-quota commitment the exceptional aid requires. */
  quotaCommitment?: boolean;
  monthlySalary?: Decimal;
  chargesRate?: Decimal;
  conventionalMinimum?: Decimal;
  weeklyHours?: number;
  overtimeRate?: Decimal;
}

interface YearAid {
  year: number;
  amount: Decimal;
  label: string;
}

const LARGE = 250;

/** The aid of each contract year (year 1: the exceptional aid if due, else the aide unique; years 2–3: the aide unique). */
function aidsByYear(t: Trail, input: AppCostInput, conclusion: IsoDate): YearAid[] {
  const level = input.trainingLevel.level;
  const field = input.conclusionDate ? 'conclusion_date' : 'start';
  const notHeld = (which: string, e: LawError) =>
    t.warn({ code: 'AID_NOT_HELD', message: { en: `${which}: ${e.text.en}; counted as 0 — check the aid in force for this contract`, fr: `${which} : ${e.text.fr} ; comptée à 0 — vérifier l'aide en vigueur pour ce contrat` }, articles: e.articles });
  let unique;
  let exceptional;
  try {
    unique = inForce(APP_AID_UNIQUE, conclusion, field);
  } catch (e) {
    // Stryker disable next-line ConditionalExpression: inForce throws only LawError; anything else is re-thrown as a defect
    if (!(e instanceof LawError)) throw e;
    notHeld('aide unique', e);
  }
  try {
    exceptional = inForce(APP_AID_EXCEPTIONAL, conclusion, field);
  } catch (e) {
    // Stryker disable next-line ConditionalExpression: inForce throws only LawError; anything else is re-thrown as a defect
    if (!(e instanceof LawError)) throw e;
    notHeld('exceptional aid', e);
  }
  if (level === null && (unique || exceptional?.version.value))
    t.warn({ code: 'AID_LEVEL_UNKNOWN', message: { en: 'the level of the diploma prepared is not known (give a code such as cap, bac pro, bts, licence, master or an RNCP level): the aids that depend on it are counted as 0', fr: "le niveau du diplôme préparé n'est pas connu (code tel que cap, bac pro, bts, licence, master ou un niveau RNCP) : les aides qui en dépendent sont comptées à 0" } });
  if (input.headcount === undefined && (unique || exceptional?.version.value))
    t.warn({ code: 'AID_HEADCOUNT_NOT_GIVEN', message: { en: 'the company headcount is not given: the aids, which depend on it (under 250 or not), are counted as 0', fr: "l'effectif de l'entreprise n'est pas indiqué : les aides, qui en dépendent (moins de 250 ou non), sont comptées à 0" } });
  const out: YearAid[] = [];
  if (level === null || input.headcount === undefined) return out;
  const small = input.headcount < LARGE;
  let first: YearAid | undefined;
  const ex = exceptional?.version.value;
  if (exceptional && ex && level <= ex.maxLevel) {
    if (!small && ex.largeNeedQuota && !input.quotaCommitment) {
      t.warn({ code: 'AID_QUOTA_NOT_STATED', message: { en: 'a company of 250 or more gets the exceptional aid only with the alternance-quota commitment, not stated: counted as 0', fr: "une entreprise de 250 salariés ou plus n'a droit à l'aide exceptionnelle qu'avec l'engagement sur la part d'alternants, non indiqué : comptée à 0" } });
    } else {
      // Stryker disable next-line ConditionalExpression: adult is read only where an age split (adultFrom) exists
      const adult = ex.adultFrom !== undefined && ageOn(input.birthDate, input.start) >= ex.adultFrom;
      const amount = input.disabled && ex.disabled ? ex.disabled : ex.under18 !== undefined ? (adult ? ex.adult! : ex.under18) : small ? ex.below250! : ex.from250!;
      exceptional.warnings.forEach((w) => t.warn(w));
      t.cite(...exceptional.version.articles);
      first = { year: 1, amount: dec(amount), label: 'exceptional aid' };
    }
  }
  const u = unique?.version.value;
  if (u && input.headcount < u.headcountBelow && level <= u.maxLevel) {
    unique!.warnings.forEach((w) => t.warn(w));
    t.cite(...unique!.version.articles);
    u.years.forEach((a, i) => {
      // Stryker disable next-line all: no decree held sets a disabled first-year aide unique without an exceptional aid that replaces year 1
      const amount = i === 0 && input.disabled && u.disabledFirstYear ? u.disabledFirstYear : a;
      if (i === 0 && first) return; // the exceptional aid replaces the first year (not cumulative)
      out.push({ year: i + 1, amount: dec(amount), label: 'aide unique' });
    });
  }
  if (first) out.unshift(first);
  return out; // year 1 first, then years 2 and 3
}

export function appCostSchedule(input: AppCostInput): Explained<CostSchedule> {
  const t = new Trail();
  if (input.headcount !== undefined && (!Number.isInteger(input.headcount) || input.headcount < 0))
    throw invalidArgument('headcount', `${input.headcount} is not a number of employees`, `${input.headcount} n'est pas un effectif`);
  const schedule = t.use(
    appSalarySchedule({ birthDate: input.birthDate, start: input.start, end: input.end, conclusionDate: input.conclusionDate, conventionalMinimum: input.conventionalMinimum, weeklyHours: input.weeklyHours, overtimeRate: input.overtimeRate, trainingLevel: input.trainingLevel.code }),
  );
  checkChargesRate(t, input.chargesRate);
  if (input.monthlySalary !== undefined) {
    const below = schedule.find((r) => input.monthlySalary!.lt(r.exact));
    if (below)
      t.warn({ code: 'SALARY_BELOW_MINIMUM', message: { en: `the salary given is below the apprentice minimum of ${below.minimum.toString()} € from ${below.month}`, fr: `le salaire indiqué est inférieur au minimum de l'apprenti de ${below.minimum.toString()} € à partir de ${below.month}` }, articles: ['D6222-26'] });
  }
  const conclusion = input.conclusionDate ?? input.start;
  const endDay = toDayNumber(input.end);

  // Aids: each contract year's amount spread over its days (decision "app-aid-by-day"), cumulative rounding so the cents add up.
  const aidPerMonth = new Map<IsoDate, Decimal>();
  for (const a of aidsByYear(t, input, conclusion)) {
    const from = toDayNumber(addMonths(input.start, 12 * (a.year - 1)));
    const yearEnd = toDayNumber(addMonths(input.start, 12 * a.year)) - 1;
    const to = Math.min(yearEnd, endDay);
    if (to < from) continue;
    const yearDays = yearEnd - from + 1;
    if (to < yearEnd)
      t.warn({ code: 'AID_PRORATED', message: { en: `the contract ends during year ${a.year}: the ${a.label} of ${a.amount.toString()} € is prorated to the days of that year it covers`, fr: `le contrat finit pendant l'année ${a.year} : l'${a.label === 'aide unique' ? 'aide unique' : 'aide exceptionnelle'} de ${a.amount.toString()} € est proratisée aux jours couverts de cette année` } });
    const paidThrough = (day: number) => amountToCents(a.amount.times(day - from + 1).div(yearDays));
    for (const row of schedule) {
      const mFrom = Math.max(from, toDayNumber(row.month));
      const mTo = Math.min(to, toDayNumber(row.month) + row.daysInMonth - 1);
      if (mTo < mFrom) continue;
      const part = paidThrough(mTo).minus(paidThrough(mFrom - 1)); // paidThrough(from - 1) is 0
      aidPerMonth.set(row.month, (aidPerMonth.get(row.month) ?? dec(0)).plus(part));
    }
  }

  // Employer's participation in the training cost (L6332-14, R6332-25-1), invoiced after the first 45 days.
  let participationMonth: IsoDate | undefined;
  let participation = dec(0);
  try {
    const p = inForce(APP_EMPLOYER_PARTICIPATION, conclusion, input.conclusionDate ? 'conclusion_date' : 'start');
    const v = p.version.value;
    if (v) {
      const level = input.trainingLevel.level;
      if (level === null)
        t.warn({ code: 'PARTICIPATION_LEVEL_UNKNOWN', message: { en: `contracts concluded from ${p.version.validFrom} pay ${v.amount} € towards the training when the diploma is at level ${v.minLevel} or more; the level prepared is not known, so it is not counted`, fr: `les contrats conclus depuis le ${p.version.validFrom} paient ${v.amount} € pour la formation si le diplôme est de niveau ${v.minLevel} ou plus ; le niveau préparé n'est pas connu, elle n'est donc pas comptée` }, articles: p.version.articles });
      else if (level >= v.minLevel) {
        p.warnings.forEach((w) => t.warn(w));
        t.cite(...p.version.articles);
        participation = dec(v.amount);
        const due = addDays(input.start, v.invoicedAfterDays);
        // Stryker disable next-line EqualityOperator: due on the last day is the same day either way
        const day = compareDates(due, input.end) > 0 ? input.end : due;
        participationMonth = `${day.slice(0, 7)}-01`;
      }
    }
  } catch (e) {
    // Stryker disable next-line ConditionalExpression: inForce throws only LawError; anything else is re-thrown as a defect
    if (!(e instanceof LawError)) throw e;
    t.warn({ code: 'PARTICIPATION_NOT_HELD', message: { en: `employer's participation in the training cost: ${e.text.en}`, fr: `participation de l'employeur au coût de la formation : ${e.text.fr}` }, articles: e.articles });
  }

  const rows: CostRow[] = schedule.map((s) => {
    const share = dec(s.days).div(s.daysInMonth);
    const salary = input.monthlySalary === undefined ? s.due : amountToCents(input.monthlySalary.times(s.days).div(s.daysInMonth));
    const charges = input.chargesRate ? amountToCents(salary.times(input.chargesRate)) : dec(0);
    const trainingCost = s.month === participationMonth ? participation : dec(0);
    const employerCost = salary.plus(charges).plus(trainingCost);
    const hiringAid = aidPerMonth.get(s.month) ?? dec(0);
    const netCost = employerCost.minus(hiringAid);
    const note = netCost.lt(0) ? negativeNote([{ en: 'hiring aid', fr: "aide à l'embauche", amount: hiringAid }]) : undefined;
    return { month: s.month, share, minimum: s.minimum, days: s.days, daysInMonth: s.daysInMonth, due: s.due, salary, charges, trainingCost, tutorCost: dec(0), employerCost, opcoTraining: dec(0), tutorAid: dec(0), hiringAid, netCost, note };
  });
  return t.done({ rows, ...totals(rows) });
}
