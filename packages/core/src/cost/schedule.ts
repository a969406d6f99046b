/**
 * What a contrat de professionnalisation costs the employer, month by month: gross salary (the legal
 * minimum of each month, or the actual salary), employer charges at a rate the user supplies, less what the
 * OPCO pays for the training (L6332-14, D6332-86) and for the tutor (D6332-93), less the hiring aid outside
 * the Code when asked for (decision "hiring-aid-outside-the-code", unverified). Partial first and last months are prorated by
 * calendar days (the Due of the salary schedule: decision "prorate-calendar-days"). The training invoice (an
 * hourly price × the training hours, or the invoice total) and the tutor's monthly cost are costs; the OPCO's
 * funding, the tutor aid and the hiring aid are inflows: net = gross + charges + training + tutor − funding −
 * aids. The training invoice and its OPCO funding are spread evenly over the months ("even", default) or both
 * fall in the first month ("start"); the tutor aid is counted in the months it covers (the first months). A
 * month goes negative only when an inflow is received in it, and its note says which. The plan is checked by
 * the validation engine (age, duration, training hours 15–25 % / 150 h): each fault is a warning.
 * Not modelled: reductions of employer charges (réduction générale), branch per-contract forfaits.
 */
import { ageOn, monthsCovering, type IsoDate } from '../dates.js';
import { invalidArgument } from '../errors.js';
import { Trail, type Bilingual, type Explained } from '../explain.js';
import { matchHeaders, type HeaderMatch } from '../validation/headers.js';
import { validateRow } from '../validation/row.js';
import { inForce } from '../law/store.js';
import { PRO_HIRING_AID } from '../law/params/funding.js';
import { amountToCents, cents, dec, type Decimal } from '../money.js';
import { opcoTrainingFunding, opcoTutorAid } from '../funding/opco.js';
import { proSalarySchedule } from '../professionalisation/pay.js';
import type { Qualification } from '../professionalisation/qualification.js';

export type Spread = 'even' | 'start';

export interface CostInput {
  birthDate: IsoDate;
  start: IsoDate;
  end: IsoDate;
  qualification: Qualification;
  /** Actual monthly gross salary; default: the legal minimum of each month. */
  monthlySalary?: Decimal;
  /** Employer charges as a decimal share of gross salary (0.42 for 42 %); omitted: 0 and a warning. */
  chargesRate?: Decimal;
  trainingHours?: number;
  /** The branch's hourly funding level; default: the forfait of D6332-86. */
  hourlyRate?: Decimal;
  priority?: boolean;
  /** Months of tutoring the OPCO aid covers (default: the contract's, capped by D6332-93). */
  tutorMonths?: number;
  tutorAge?: number;
  spread?: Spread;
  conventionalMinimum?: Decimal;
  weeklyHours?: number;
  overtimeRate?: Decimal;
  /** Apply the aide exceptionnelle when the contract qualifies (decision "hiring-aid-outside-the-code"). */
  hiringAid?: boolean;
  /** The training organisation's price: per hour (× trainingHours) or the invoice total. */
  trainingPrice?: Decimal;
  trainingPriceKind?: 'hourly' | 'total';
  /** What the tutor costs the employer per month (time, bonus), prorated like the salary. */
  tutorMonthlyCost?: Decimal;
}

export interface CostRow {
  month: IsoDate;
  /** Share of the month covered by the contract (days / days in month). */
  share: Decimal;
  /** The full monthly minimum, the days covered and what is due for them (the salary schedule's columns). */
  minimum: Decimal;
  days: number;
  daysInMonth: number;
  due: Decimal;
  /** Gross salary of the month: Due, or the actual salary × days covered ÷ days in the month. */
  salary: Decimal;
  charges: Decimal;
  trainingCost: Decimal;
  tutorCost: Decimal;
  employerCost: Decimal;
  opcoTraining: Decimal;
  tutorAid: Decimal;
  hiringAid: Decimal;
  netCost: Decimal;
  /** Why the month is negative (the inflows received in it). */
  note?: Bilingual;
}

export type CostAmount = 'minimum' | 'due' | 'salary' | 'charges' | 'trainingCost' | 'tutorCost' | 'employerCost' | 'opcoTraining' | 'tutorAid' | 'hiringAid' | 'netCost';
export const COST_AMOUNTS: Exclude<CostAmount, 'minimum'>[] = ['due', 'salary', 'charges', 'trainingCost', 'tutorCost', 'employerCost', 'opcoTraining', 'tutorAid', 'hiringAid', 'netCost'];
export type CostTotal = Record<Exclude<CostAmount, 'minimum'>, Decimal>;

export interface CostSchedule {
  rows: CostRow[];
  /** Totals per calendar year, then overall. */
  years: { year: number; total: CostTotal }[];
  total: CostTotal;
}

/** Splits `total` in `n` parts to the cent, the rounding difference going to the last part. */
export function split(total: Decimal, n: number): Decimal[] {
  // Stryker disable next-line EqualityOperator: 0 parts make an empty array either way
  if (n <= 0) return [];
  const part = total.div(n).round(2, 0);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? total.minus(part.times(n - 1)) : part));
}

/** An amount to the cent as money.ts writes it, with the decimal comma in French. */
const euros = (d: Decimal, fr: boolean) => (fr ? cents(d).replace('.', ',') : cents(d));

/** The note of a negative month: the inflows received in it. */
export function negativeNote(inflows: { en: string; fr: string; amount: Decimal }[]): Bilingual {
  const got = inflows.filter((i) => i.amount.gt(0));
  return {
    en: `negative: ${got.map((i) => `${i.en} ${euros(i.amount, false)} €`).join(' and ')} received this month exceed the month's costs`,
    fr: `négatif : ${got.map((i) => `${i.fr} ${euros(i.amount, true)} €`).join(' et ')} reçus ce mois dépassent les coûts du mois`,
  };
}

export function totals<R extends Record<Exclude<CostAmount, 'minimum'>, Decimal> & { month: IsoDate }>(rows: R[]): { years: { year: number; total: CostTotal }[]; total: CostTotal } {
  const zero = (): CostTotal => Object.fromEntries(COST_AMOUNTS.map((k) => [k, dec(0)])) as CostTotal;
  const add = (t: CostTotal, r: R) => { for (const k of COST_AMOUNTS) t[k] = t[k].plus(r[k]); };
  const byYear = new Map<number, CostTotal>();
  const total = zero();
  for (const r of rows) {
    const y = Number(r.month.slice(0, 4));
    if (!byYear.has(y)) byYear.set(y, zero());
    add(byYear.get(y)!, r);
    add(total, r);
  }
  return { years: [...byYear].map(([year, t]) => ({ year, total: t })), total };
}

export function checkChargesRate(t: Trail, rate: Decimal | undefined): void {
  if (rate === undefined)
    t.warn({ code: 'CHARGES_NOT_GIVEN', message: { en: 'no employer charges rate given: charges are counted as 0', fr: 'aucun taux de charges patronales indiqué : charges comptées à 0' } });
  else if (rate.lt(0) || rate.gt(1))
    throw invalidArgument('charges_rate', `${rate.toString()} is not a share of the gross salary between 0 and 1 (e.g. 0.42 for 42 %)`, `${rate.toString()} n'est pas une part du salaire brut entre 0 et 1 (ex. 0,42 pour 42 %)`);
}

// The validation engine's names for what the plan states (the same engine as formapro validate and PRO_CHECK),
// matched on first use, not while the module loads (tests/MUTATION.md).
let plan: HeaderMatch | undefined;
const planColumns = (): HeaderMatch => (plan ??= matchHeaders(['Birth date', 'Start date', 'End date', 'Qualification', 'Monthly gross salary', 'Training hours', 'Weekly hours', 'Conventional minimum', 'Benefit']));
const PLAN_CODES_WITHOUT_SALARY = new Set(['SALARY_BELOW_MINIMUM']);

/** The faults the validation engine finds in the plan, as warnings of the cost schedule. */
function planWarnings(t: Trail, input: CostInput, salaryStated: Decimal): void {
  const verdict = validateRow(
    [input.birthDate, input.start, input.end, input.qualification.code === 'professional level 4+' ? 'bac pro' : input.qualification.code === 'below bac pro level' ? 'cap' : input.qualification.code, salaryStated.toString(), input.trainingHours ?? null, input.weeklyHours ?? null, input.conventionalMinimum?.toString() ?? null, input.priority ? 'RSA' : null],
    planColumns(),
  );
  for (const f of verdict.findings) {
    // Stryker disable next-line ConditionalExpression: a plan without a salary states the highest minimum, which no month is above
    if (f.severity === 'info' || (input.monthlySalary === undefined && PLAN_CODES_WITHOUT_SALARY.has(f.code))) continue;
    t.warn({ code: `PLAN_${f.code}`, message: { en: `the plan breaks a rule: ${f.message.en}`, fr: `le plan enfreint une règle : ${f.message.fr}` }, articles: f.articles });
  }
}

export function proCostSchedule(input: CostInput): Explained<CostSchedule> {
  const t = new Trail();
  const schedule = t.use(
    proSalarySchedule({ birthDate: input.birthDate, start: input.start, end: input.end, professionalBacLevel: input.qualification.professionalBacLevel, conventionalMinimum: input.conventionalMinimum, weeklyHours: input.weeklyHours, overtimeRate: input.overtimeRate }),
  );
  checkChargesRate(t, input.chargesRate);
  if (input.monthlySalary !== undefined) {
    const below = schedule.find((r: { exact: Decimal }) => input.monthlySalary!.lt(r.exact));
    if (below)
      t.warn({ code: 'SALARY_BELOW_MINIMUM', message: { en: `the salary given is below the legal minimum of ${below.minimum.toString()} € from ${below.month}`, fr: `le salaire indiqué est inférieur au minimum légal de ${below.minimum.toString()} € à partir de ${below.month}` }, articles: ['D6325-15', 'D6325-18'] });
  }
  planWarnings(t, input, input.monthlySalary ?? schedule.reduce((m, r) => (r.minimum.gt(m) ? r.minimum : m), dec(0)));
  const months = monthsCovering(input.start, input.end);
  const n = months.length;
  const startSpread = (input.spread ?? 'even') === 'start';
  const spread = (total: Decimal) => (startSpread ? months.map((_, i) => (i === 0 ? total : dec(0))) : split(total, n));

  const training = input.trainingHours === undefined ? dec(0) : t.use(opcoTrainingFunding({ hours: input.trainingHours, branchHourlyRate: input.hourlyRate, priority: input.priority, date: input.start })).amount;
  const trainingParts = spread(training);
  let invoice = dec(0);
  if (input.trainingPrice !== undefined) {
    if (input.trainingPrice.lt(0)) throw invalidArgument('training_price', `${input.trainingPrice.toString()} is not a price`, `${input.trainingPrice.toString()} n'est pas un prix`);
    if ((input.trainingPriceKind ?? 'hourly') === 'hourly') {
      if (input.trainingHours === undefined)
        throw invalidArgument('training_hours', 'missing: an hourly training price needs the training hours (or give the invoice total)', "manquant : un prix horaire de formation demande les heures de formation (ou indiquer le total facturé)");
      invoice = amountToCents(input.trainingPrice.times(dec(String(input.trainingHours))));
    } else invoice = input.trainingPrice;
  } else if ((input.trainingHours ?? 0) > 0) {
    t.warn({ code: 'TRAINING_PRICE_NOT_GIVEN', message: { en: "no training price given: the training organisation's invoice is counted as 0, so the OPCO funding makes the contract look cheaper than it is", fr: "aucun prix de formation indiqué : la facture de l'organisme est comptée à 0, la prise en charge OPCO fait donc paraître le contrat moins cher qu'il n'est" } });
  }
  const invoiceParts = spread(invoice);

  const tutor = t.use(opcoTutorAid({ months: input.tutorMonths ?? n, tutorAge: input.tutorAge, priority: input.priority, date: input.start }));
  let hiringPerMonth = dec(0);
  let hiringMonths = 0;
  if (input.hiringAid) {
    const aid = inForce(PRO_HIRING_AID, input.start, 'start');
    aid.warnings.forEach((w) => t.warn(w));
    const v = aid.version.value;
    const level = input.qualification.level ?? 0;
    if (v && ageOn(input.birthDate, input.start) < v.maxAge && level <= v.maxLevel) {
      t.cite(...aid.version.articles);
      hiringMonths = Math.min(v.months, n);
      hiringPerMonth = dec(v.amount).div(v.months);
    } else {
      t.warn({ code: 'HIRING_AID_NOT_DUE', message: { en: 'the aide exceptionnelle does not apply to this contract (date, age under 30 or qualification level up to 7)', fr: "l'aide exceptionnelle ne s'applique pas à ce contrat (date, âge de moins de 30 ans ou niveau de qualification jusqu'à 7)" } });
    }
  }

  const rows: CostRow[] = schedule.map((s, i) => {
    const share = dec(s.days).div(s.daysInMonth);
    const salary = input.monthlySalary === undefined ? s.due : amountToCents(input.monthlySalary.times(s.days).div(s.daysInMonth));
    const charges = input.chargesRate ? amountToCents(salary.times(input.chargesRate)) : dec(0);
    const tutorCost = input.tutorMonthlyCost ? amountToCents(input.tutorMonthlyCost.times(s.days).div(s.daysInMonth)) : dec(0);
    const trainingCost = invoiceParts[i];
    const employerCost = salary.plus(charges).plus(trainingCost).plus(tutorCost);
    const tutorAid = i < tutor.months ? amountToCents(tutor.monthly) : dec(0);
    const hiringAid = i < hiringMonths ? amountToCents(hiringPerMonth) : dec(0);
    const opcoTraining = trainingParts[i];
    const netCost = employerCost.minus(opcoTraining).minus(tutorAid).minus(hiringAid);
    const note = netCost.lt(0)
      ? negativeNote([
          { en: 'OPCO training funding', fr: 'prise en charge OPCO', amount: opcoTraining },
          { en: 'tutor aid', fr: 'aide au tuteur', amount: tutorAid },
          { en: 'hiring aid', fr: "aide à l'embauche", amount: hiringAid },
        ])
      : undefined;
    return { month: s.month, share, minimum: s.minimum, days: s.days, daysInMonth: s.daysInMonth, due: s.due, salary, charges, trainingCost, tutorCost, employerCost, opcoTraining, tutorAid, hiringAid, netCost, note };
  });
  return t.done({ rows, ...totals(rows) });
}
