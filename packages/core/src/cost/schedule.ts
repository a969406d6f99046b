/**
 * What a contrat de professionnalisation costs the employer, month by month: gross salary (the legal
 * minimum of each month, or the actual salary), employer charges at a rate the user supplies, less what the
 * OPCO pays for the training (L6332-14, D6332-86) and for the tutor (D6332-93), less the hiring aid outside
 * the Code when asked for (decision "hiring-aid-outside-the-code", unverified). Partial first and last months are prorated by
 * calendar days. OPCO training funding is spread evenly over the months ("even", default) or received in the
 * first month ("start"); the tutor aid is counted in the months it covers (the first months of the contract).
 * Not modelled: reductions of employer charges (réduction générale), branch per-contract forfaits.
 */
import { ageOn, daysInMonth, lastOfMonth, monthsCovering, parseIso, toDayNumber, type IsoDate } from '../dates.js';
import { invalidArgument } from '../errors.js';
import { Trail, type Explained } from '../explain.js';
import { inForce } from '../law/store.js';
import { PRO_HIRING_AID } from '../law/params/funding.js';
import { amountToCents, dec, type Decimal } from '../money.js';
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
  /** Apply the aide exceptionnelle (FUND-11) when the contract qualifies. */
  hiringAid?: boolean;
}

export interface CostRow {
  month: IsoDate;
  /** Share of the month covered by the contract (days / days in month). */
  share: Decimal;
  salary: Decimal;
  charges: Decimal;
  employerCost: Decimal;
  opcoTraining: Decimal;
  tutorAid: Decimal;
  hiringAid: Decimal;
  netCost: Decimal;
}

export interface CostSchedule {
  rows: CostRow[];
  total: Omit<CostRow, 'month' | 'share'>;
}

/** Splits `total` in `n` parts to the cent, the rounding difference going to the last part. */
function split(total: Decimal, n: number): Decimal[] {
  if (n <= 0) return [];
  const part = total.div(n).round(2, 0);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? total.minus(part.times(n - 1)) : part));
}

export function proCostSchedule(input: CostInput): Explained<CostSchedule> {
  const t = new Trail();
  const schedule = t.use(
    proSalarySchedule({ birthDate: input.birthDate, start: input.start, end: input.end, professionalBacLevel: input.qualification.professionalBacLevel, conventionalMinimum: input.conventionalMinimum, weeklyHours: input.weeklyHours }),
  );
  if (input.chargesRate === undefined)
    t.warn({ code: 'CHARGES_NOT_GIVEN', message: { en: 'no employer charges rate given: charges are counted as 0', fr: 'aucun taux de charges patronales indiqué : charges comptées à 0' } });
  else if (input.chargesRate.lt(0) || input.chargesRate.gt(1))
    throw invalidArgument('charges_rate', `${input.chargesRate.toString()} is not a share of the gross salary between 0 and 1 (e.g. 0.42 for 42 %)`, `${input.chargesRate.toString()} n'est pas une part du salaire brut entre 0 et 1 (ex. 0,42 pour 42 %)`);
  if (input.monthlySalary !== undefined) {
    const below = schedule.find((r: { exact: Decimal }) => input.monthlySalary!.lt(r.exact));
    if (below)
      t.warn({ code: 'SALARY_BELOW_MINIMUM', message: { en: `the salary given is below the legal minimum of ${below.minimum.toString()} € from ${below.month}`, fr: `le salaire indiqué est inférieur au minimum légal de ${below.minimum.toString()} € à partir de ${below.month}` }, articles: ['D6325-15', 'D6325-18'] });
  }
  const months = monthsCovering(input.start, input.end);
  const n = months.length;

  const training = input.trainingHours === undefined ? dec(0) : t.use(opcoTrainingFunding({ hours: input.trainingHours, branchHourlyRate: input.hourlyRate, priority: input.priority, date: input.start })).amount;
  const trainingParts = (input.spread ?? 'even') === 'start' ? [training, ...new Array(n - 1).fill(dec(0))] : split(training, n);

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

  const startDay = toDayNumber(input.start);
  const endDay = toDayNumber(input.end);
  const rows: CostRow[] = months.map((m, i) => {
    const { y, m: mo } = parseIso(m)!;
    const from = Math.max(startDay, toDayNumber(m));
    const to = Math.min(endDay, toDayNumber(lastOfMonth(m)));
    const share = dec(to - from + 1).div(daysInMonth(y, mo));
    const monthly = input.monthlySalary ?? schedule[i].minimum;
    const salary = amountToCents(monthly.times(share));
    const charges = input.chargesRate ? amountToCents(salary.times(input.chargesRate)) : dec(0);
    const employerCost = salary.plus(charges);
    const tutorAid = i < tutor.months ? amountToCents(tutor.monthly) : dec(0);
    const hiringAid = i < hiringMonths ? amountToCents(hiringPerMonth) : dec(0);
    const opcoTraining = trainingParts[i];
    return { month: m, share, salary, charges, employerCost, opcoTraining, tutorAid, hiringAid, netCost: employerCost.minus(opcoTraining).minus(tutorAid).minus(hiringAid) };
  });
  const sum = (k: keyof Omit<CostRow, 'month' | 'share'>) => rows.reduce((a, r) => a.plus(r[k]), dec(0));
  return t.done({
    rows,
    total: { salary: sum('salary'), charges: sum('charges'), employerCost: sum('employerCost'), opcoTraining: sum('opcoTraining'), tutorAid: sum('tutorAid'), hiringAid: sum('hiringAid'), netCost: sum('netCost') },
  });
}

