/**
 * Minimum pay of an apprentice (L6222-27, D6222-26 to D6222-32): a share of the SMIC by age band and year of
 * execution of the contract; from 21 the share applies to the conventional minimum of the job when that is
 * higher (from 2016-07-01, décret 2016-510; 2019 grid, décret 2018-1347). Under 16: the 16–17 rate
 * (D6222-27). The band changes on the 1st of the month after the birthday (D6222-31 since 2020-04-01,
 * D6222-34 before). The GRID is the one of the contract's conclusion date (a contract concluded in 2018
 * keeps the pre-2019 grid in 2019 and after), the SMIC that of the month paid.
 * Special cases, contracts concluded from 2020-04-01 (décret 2020-373):
 * - D6222-28: during a prolongation after an exam failure, the rate of the last year before it;
 * - D6222-28-1: a contract shorter than the training cycle is paid as if the earlier years of the cycle were
 *   done (year paid = year of the contract + cycle years − contract years);
 * - D6222-29: a new contract after the diploma of a previous one is paid at least at the rate of that
 *   contract's last year (read with the current age band; decision "app-new-contract-floor");
 * - D6222-30: +15 points for a contract of a year or less preparing a diploma of the same level, directly
 *   related, as one already obtained; D6222-31 al. 2: the increase never takes the pay above 100 % of the
 *   SMIC (it never lowers the pay below the grid either);
 * - D6222-32: a licence professionnelle is paid at the 2nd-year rate.
 * Exact value kept; displayed minimum rounded UP to the cent, once.
 * Not modelled: the pay actually received under a previous contract with the same employer (D6222-29 al. 1:
 * give it as the floor yourself), apprentices in the public sector, a 4th year (disabled apprentices).
 */
import { addDays, addMonths, compareDates, firstDayOfMonthAfterBirthday, ageOn, monthsAndDays, monthsCovering, type IsoDate } from '../dates.js';
import { invalidArgument } from '../errors.js';
import { Trail, type Explained } from '../explain.js';
import { inForce } from '../law/store.js';
import { smicOn } from '../law/smic.js';
import { APPRENTICE_BAND_CHANGE, APPRENTICE_CONVENTIONAL_FROM_AGE, APPRENTICE_DURATION, APPRENTICE_GRID, APPRENTICE_MIN_AGE, APPRENTICE_SPECIAL_CASES } from '../law/params/apprenticeship.js';
import { LEGAL_WEEKLY_HOURS } from '../law/params/working-time.js';
import { checkWeeklyHours } from '../professionalisation/pay.js';
import { dec, maxDec, minDec, minimumToCents, weeklyToMonthly, type Decimal } from '../money.js';
import { overtimeOn } from '../overtime.js';
import { coveredRange, monthDue, type MonthPart, type Proration } from '../proration.js';
import { SMIC_HOURLY } from '../law/params/smic.js';

export interface AppMinimum {
  rate: Decimal;
  exact: Decimal;
  minimum: Decimal;
  /** Index of the age band in the grid (0 = youngest). */
  band: number;
  /** The year of the grid whose rate is paid (after D6222-28 to D6222-32). */
  yearPaid: number;
  conventionalApplies: boolean;
  /** D6222-30 applied (+15 points, capped by D6222-31). */
  sameLevelIncrease: boolean;
}

/** The optional inputs of the special cases (D6222-28 to D6222-32). */
export interface AppSpecialCases {
  /** Date the contract was concluded: selects the grid and the special-case rules (default: contract start, else the pay date). */
  conclusionDate?: IsoDate;
  /** D6222-28-1: length of the training cycle, in years. */
  cycleYears?: number;
  /** Length of the contract, in years (rounded up): D6222-28-1, D6222-28, D6222-30. */
  contractYears?: number;
  /** D6222-29: last year of execution of a previous contract that led to the diploma. */
  previousContractYear?: number;
  /** D6222-30: contract of a year or less for a diploma of the same level as one obtained, directly related. */
  sameLevel?: boolean;
  /** D6222-32: code of the training prepared ("licence pro" → 2nd-year rate). */
  trainingLevel?: string;
  /** D6222-28: the month falls in a prolongation after an exam failure (needs contractYears: the last year before it). */
  prolongation?: boolean;
}

export interface AppMinimumInput extends AppSpecialCases {
  age: number;
  contractYear: number;
  /** Date whose SMIC applies. */
  date: IsoDate;
  /** Start of the contract (default for the conclusion date). */
  contractStart?: IsoDate;
  smicMonthly?: Decimal;
  conventionalMinimum?: Decimal;
  weeklyHours?: number;
  /** Conventional overtime premium (≥ 0.10, L3121-33); default the legal 25 %/50 % (L3121-36). */
  overtimeRate?: Decimal;
}

const wholeYears = (v: number | undefined, field: string, max: number): void => {
  if (v !== undefined && (!Number.isInteger(v) || v < 1 || v > max))
    throw invalidArgument(field, `${v} is not a number of years from 1 to ${max}`, `${v} n'est pas un nombre d'années de 1 à ${max}`, ['L6222-7-1']);
};

const isLicencePro = (code: string | undefined): boolean => code !== undefined && code.trim().toLowerCase().replace(/\s+/g, ' ') === 'licence pro';

function usesSpecialCases(i: AppSpecialCases): boolean {
  return i.cycleYears !== undefined || i.previousContractYear !== undefined || i.sameLevel === true || isLicencePro(i.trainingLevel) || i.prolongation === true;
}

export function appMinimum(input: AppMinimumInput): Explained<AppMinimum> {
  const t = new Trail();
  const conclusion = input.conclusionDate ?? input.contractStart ?? input.date;
  const conclusionField = input.conclusionDate ? 'conclusion_date' : input.contractStart ? 'contract_start' : 'date';
  const minAge = inForce(APPRENTICE_MIN_AGE, conclusion, conclusionField).version.value;
  if (!Number.isInteger(input.age) || input.age < minAge || input.age > 120)
    throw invalidArgument('age', `${input.age} is not an apprentice's age in whole years (${minAge} or more, L6222-1)`, `${input.age} n'est pas un âge d'apprenti en années révolues (${minAge} ans ou plus, L6222-1)`, ['L6222-1']);
  const grid = inForce(APPRENTICE_GRID, conclusion, conclusionField);
  grid.warnings.forEach((w) => t.warn(w));
  t.cite(...grid.version.articles);
  const g = grid.version.value;
  let band = g.bandsUpTo.findIndex((upTo) => input.age < upTo);
  if (band < 0) band = g.bandsUpTo.length;
  if (input.age < g.firstBandFrom) t.cite('D6222-27'); // under 16: the 16–17 rate
  const years = g.rates[band].length;
  const maxYear = input.prolongation ? years + 1 : years;
  if (!Number.isInteger(input.contractYear) || input.contractYear < 1 || input.contractYear > maxYear)
    throw invalidArgument('contract_year', `${input.contractYear} is not a year of execution of the contract (1 to ${maxYear})`, `${input.contractYear} n'est pas une année d'exécution du contrat (1 à ${maxYear})`, ['D6222-26']);
  wholeYears(input.cycleYears, 'cycle_years', 4);
  wholeYears(input.contractYears, 'contract_years', 4);
  wholeYears(input.previousContractYear, 'previous_contract_year', years);

  let yearPaid = input.contractYear;
  let sameLevelIncrease = false;
  let special: ReturnType<typeof inForce<{ sameLevelPoints: string; increaseCapShare: string; sameLevelMaxMonths: number; licenceProYear: number }>> | undefined;
  if (usesSpecialCases(input)) {
    special = inForce(APPRENTICE_SPECIAL_CASES, conclusion, conclusionField);
    // Stryker disable next-line ArrowFunction: the special cases are verified texts, without warnings today
    special.warnings.forEach((w) => t.warn(w));
    const s = special.version.value;
    if (input.prolongation) {
      if (input.contractYears === undefined)
        throw invalidArgument('contract_years', 'missing: a prolongation is paid at the rate of the last year before it, so the contract length is needed (D6222-28)', "manquant : une prolongation est payée au taux de la dernière année qui la précède, la durée du contrat est donc nécessaire (D6222-28)", ['D6222-28']);
      yearPaid = Math.min(yearPaid, input.contractYears);
      t.cite('D6222-28');
    }
    // Stryker disable next-line ConditionalExpression: without a cycle, contractYears < undefined is false anyway
    if (input.cycleYears !== undefined) {
      const contractYears = input.contractYears ?? 1;
      if (contractYears < input.cycleYears) {
        yearPaid += input.cycleYears - contractYears;
        t.cite('D6222-28-1');
      }
    }
    if (input.previousContractYear !== undefined) {
      yearPaid = Math.max(yearPaid, input.previousContractYear);
      t.cite('D6222-29');
    }
    if (isLicencePro(input.trainingLevel)) {
      yearPaid = Math.max(yearPaid, s.licenceProYear);
      t.cite('D6222-32');
    }
    if (input.sameLevel) {
      // Stryker disable next-line ConditionalExpression: an absent length compares as not above any number of months
      if (input.contractYears !== undefined && input.contractYears * 12 > s.sameLevelMaxMonths)
        throw invalidArgument('same_level', `the +15 points apply to a contract of one year or less, not ${input.contractYears} years (D6222-30)`, `la majoration de 15 points vaut pour un contrat d'un an au plus, pas de ${input.contractYears} ans (D6222-30)`, ['D6222-30']);
      sameLevelIncrease = true;
      t.cite('D6222-30', 'D6222-31');
    }
    yearPaid = Math.min(yearPaid, years);
  }
  const rate = dec(g.rates[band][yearPaid - 1]);
  const legal = inForce(LEGAL_WEEKLY_HOURS, input.date).version.value;
  const weekly = input.weeklyHours ?? legal;
  if (input.weeklyHours !== undefined) checkWeeklyHours(weekly, 'weekly_hours', input.date);
  // Hours above 35 a week carry the overtime premium (L3121-36, L3121-33): the minimum is that of the paid hours.
  const overtime = overtimeOn(weekly, input.date, input.overtimeRate);
  if (overtime) {
    t.cite(...overtime.articles);
    overtime.warnings.forEach((w) => t.warn(w));
    t.warn(overtime.note);
  }
  const hours = overtime ? overtime.paidHours : dec(weekly);
  // Each amount multiplies every factor (the share included) before the one inexact division (52/12 or
  // hours/35), so a minimum exact to the cent is never rounded up one cent too far.
  const smicAt = (share: Decimal): Decimal => {
    if (input.smicMonthly !== undefined) return input.smicMonthly.times(hours).times(share).div(legal);
    const smic = smicOn(input.date);
    t.cite(...smic.articles); // the trail keeps each article and warning once
    smic.warnings.forEach((w) => t.warn(w));
    return weeklyToMonthly(smic.hourly.times(hours).times(share));
  };
  let conventionalApplies = false;
  const convFrom = inForce(APPRENTICE_CONVENTIONAL_FROM_AGE, input.date);
  const one = dec(1);
  if (input.conventionalMinimum !== undefined && convFrom.version.value !== null && input.age >= convFrom.version.value) {
    conventionalApplies = input.conventionalMinimum.times(hours).div(legal).gt(smicAt(one));
    t.cite(...convFrom.version.articles);
    convFrom.warnings.forEach((w) => t.warn(w));
  }
  const amountAt = (share: Decimal): Decimal => (conventionalApplies ? input.conventionalMinimum!.times(share).times(hours).div(legal) : smicAt(share));
  let exact = amountAt(rate);
  let paidRate = rate;
  if (sameLevelIncrease && special) {
    const s = special.version.value;
    const increased = rate.plus(s.sameLevelPoints);
    const cap = dec(s.increaseCapShare);
    const capped = minDec(amountAt(increased), smicAt(cap));
    if (capped.gt(exact)) {
      exact = capped;
      paidRate = minDec(increased, maxDec(rate, cap));
    }
  }
  return t.done({ rate: paidRate, exact, minimum: minimumToCents(exact), band, yearPaid, conventionalApplies, sameLevelIncrease });
}

export interface AppScheduleRow {
  month: IsoDate;
  age: number;
  /** Year of execution of the contract (1, 2, 3; 4 in a prolongation). */
  year: number;
  rate: Decimal;
  smic: Decimal;
  exact: Decimal;
  minimum: Decimal;
  /** Days covered / days in the month, and what is due: each part of the month (a contract-year anniversary mid-month) at its own minimum, by days. */
  days: number;
  daysInMonth: number;
  due: Decimal;
  /** The later parts of a month split by a contract-year anniversary, the end of the contract before a prolongation or a SMIC revaluation: each from its first day, at its own minimum. */
  later?: { from: IsoDate; age: number; year: number; rate: Decimal; exact: Decimal; minimum: Decimal }[];
}

export interface AppScheduleInput extends Omit<AppSpecialCases, 'contractYears' | 'prolongation'> {
  birthDate: IsoDate;
  start: IsoDate;
  end: IsoDate;
  conventionalMinimum?: Decimal;
  weeklyHours?: number;
  overtimeRate?: Decimal;
  proration?: Proration;
  /** D6222-28: end of a prolongation after an exam failure (after `end`), paid at the rate of the last year. */
  prolongedEnd?: IsoDate;
}

/**
 * The age whose band pays `day`: the age reached, counted only from the 1st of the following month (D6222-26 and
 * following). In the month of the 15th birthday that is still 14: a 15-year-old (L6222-1) is paid at the youngest
 * band (D6222-27); a real age under the minimum stays, and is refused.
 */
function apprenticeBandAge(birth: IsoDate, day: IsoDate, age: number, minAge: number): number {
  const reached = compareDates(day, firstDayOfMonthAfterBirthday(birth, age)) >= 0 ? age : age - 1;
  return Math.max(reached, Math.min(age, minAge));
}

/**
 * The minimum in force on `day` of an apprenticeship: the band age of that day, the year of execution (a new one
 * on each anniversary of the start), and a prolongation after `end` paid at the last year's rate (D6222-26 to
 * D6222-32). `minAge` is the minimum age of the conclusion date; `contractYears` the contract's length in years.
 * Shared by the salary schedule and the validation of a row's pay.
 */
export function appMinimumOn(c: Omit<AppScheduleInput, 'proration' | 'prolongedEnd'>, day: IsoDate, minAge: number, contractYears: number): { age: number; year: number; r: Explained<AppMinimum> } {
  const age = ageOn(c.birthDate, day);
  let year = 1;
  while (compareDates(day, addMonths(c.start, 12 * year)) >= 0) year++;
  const prolongation = compareDates(day, c.end) > 0;
  const r = appMinimum({
    age: apprenticeBandAge(c.birthDate, day, age, minAge),
    // Stryker disable next-line MethodExpression: in a prolongation the year paid is capped by contractYears below 4 anyway
    contractYear: prolongation ? Math.min(year, 4) : Math.min(year, 3),
    date: day,
    contractStart: c.start,
    conclusionDate: c.conclusionDate,
    conventionalMinimum: c.conventionalMinimum,
    weeklyHours: c.weeklyHours,
    cycleYears: c.cycleYears,
    // Stryker disable next-line ConditionalExpression: contractYears is read only in those three cases
    contractYears: c.cycleYears !== undefined || c.sameLevel || prolongation ? contractYears : undefined,
    previousContractYear: c.previousContractYear,
    sameLevel: c.sameLevel,
    trainingLevel: c.trainingLevel,
    prolongation: prolongation || undefined,
    overtimeRate: c.overtimeRate,
  });
  return { age, year, r };
}

/**
 * One row per calendar month. The age band of a month is the one reached by the 1st of that month after the
 * birthday (D6222-31 / D6222-34); the contract year changes on each anniversary of the start (the rate of a
 * month is the one in force on its first contract day). Months after `end` up to `prolongedEnd` are a
 * prolongation (D6222-28). The contract length for D6222-28-1 and D6222-30 is counted from start to end.
 */
export function appSalarySchedule(input: AppScheduleInput): Explained<AppScheduleRow[]> {
  if (compareDates(input.end, input.start) < 0)
    throw invalidArgument('end', `${input.end} is before the start ${input.start}`, `${input.end} est antérieure au début ${input.start}`);
  if (input.prolongedEnd !== undefined && compareDates(input.prolongedEnd, input.end) <= 0)
    throw invalidArgument('prolonged_end', `${input.prolongedEnd} is not after the end of the contract ${input.end}`, `${input.prolongedEnd} n'est pas postérieure à la fin du contrat ${input.end}`, ['D6222-28']);
  if (compareDates(input.birthDate, input.start) >= 0)
    throw invalidArgument('birth_date', `${input.birthDate} is not before the contract start ${input.start}`, `${input.birthDate} n'est pas antérieure au début du contrat ${input.start}`);
  const lastDay = input.prolongedEnd ?? input.end;
  const months = monthsCovering(input.start, lastDay);
  const conclusion = input.conclusionDate ?? input.start;
  // L6222-7-1: at most 3 years, 4 for a disabled apprentice (the longest the law allows any contract); L6222-11:
  // a prolongation after an exam failure of a year at most.
  const duration = inForce(APPRENTICE_DURATION, conclusion, input.conclusionDate ? 'conclusion_date' : 'start').version;
  const latestEnd = addDays(addMonths(input.start, duration.value.maxMonthsDisabled), -1);
  if (compareDates(input.end, latestEnd) > 0)
    throw invalidArgument('end', `${input.end} is after ${latestEnd}: an apprenticeship lasts at most ${duration.value.maxMonths / 12} years, ${duration.value.maxMonthsDisabled / 12} for a disabled apprentice (L6222-7-1)`, `${input.end} est postérieure au ${latestEnd} : un apprentissage dure au plus ${duration.value.maxMonths / 12} ans, ${duration.value.maxMonthsDisabled / 12} pour un apprenti handicapé (L6222-7-1)`, ['L6222-7-1']);
  const latestProlongation = addDays(addMonths(addDays(input.end, 1), duration.value.prolongationMaxMonths), -1);
  // Stryker disable next-line ConditionalExpression: an absent prolongedEnd compares as not after any date
  if (input.prolongedEnd !== undefined && compareDates(input.prolongedEnd, latestProlongation) > 0)
    throw invalidArgument('prolonged_end', `${input.prolongedEnd} is after ${latestProlongation}: a prolongation after an exam failure lasts at most ${duration.value.prolongationMaxMonths} months (L6222-11)`, `${input.prolongedEnd} est postérieure au ${latestProlongation} : une prolongation après un échec à l'examen dure au plus ${duration.value.prolongationMaxMonths} mois (L6222-11)`, ['L6222-11']);
  const bandLaw = inForce(APPRENTICE_BAND_CHANGE, conclusion, input.conclusionDate ? 'conclusion_date' : 'start');
  const t = new Trail().cite(...bandLaw.version.articles);
  const span = monthsAndDays(input.start, input.end);
  const contractYears = Math.max(1, Math.ceil((span.months + (span.days > 0 ? 1 : 0)) / 12));
  const rows: AppScheduleRow[] = [];
  // SMIC revaluations not on the 1st of a month: the month is weighted by days under each (decision "prorate-calendar-days").
  // (a revaluation on the 1st starts a month, so never falls inside one: `inside` below keeps the others)
  const smicChanges = SMIC_HOURLY.versions.map((v) => v.validFrom);
  const minAge = inForce(APPRENTICE_MIN_AGE, conclusion, input.conclusionDate ? 'conclusion_date' : 'start').version.value;
  const minimumOn = (day: IsoDate) => {
    const { age, year, r } = appMinimumOn(input, day, minAge, contractYears);
    return { age, year, r: t.use(r) };
  };
  for (const m of months) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the 1st and the start day of the first month share the SMIC, the band and the year
    const day = compareDates(m, input.start) < 0 ? input.start : m;
    const { age, year, r } = minimumOn(day);
    // A contract year that starts inside the month (its anniversary), the end of the contract before a
    // prolongation, or a SMIC revaluation mid-month: each part of the month at its own minimum.
    const range = coveredRange(m, input.start, lastDay);
    const inside = (d: IsoDate) => compareDates(d, range.from) > 0 && compareDates(d, range.to) <= 0;
    const splits = new Set<IsoDate>(smicChanges.filter(inside));
    for (let y = 1; compareDates(addMonths(input.start, 12 * y), range.to) <= 0; y++) if (inside(addMonths(input.start, 12 * y))) splits.add(addMonths(input.start, 12 * y));
    // Stryker disable next-line ConditionalExpression: without a prolongation the day after the end is never inside a month of the contract
    if (input.prolongedEnd !== undefined && inside(addDays(input.end, 1))) splits.add(addDays(input.end, 1));
    const bounds = [range.from, ...[...splits].sort()];
    const later = bounds.slice(1).map((from) => ({ from, ...minimumOn(from) }));
    const parts: MonthPart[] = bounds.map((from, i) => ({ from, to: i + 1 < bounds.length ? addDays(bounds[i + 1], -1) : range.to, exact: i === 0 ? r.exact : later[i - 1].r.exact }));
    const d = monthDue(m, parts, input.proration);
    rows.push({
      month: m, age, year, rate: r.rate, smic: smicOn(day).monthly, exact: r.exact, minimum: r.minimum, days: d.covered, daysInMonth: d.inMonth, due: d.due,
      ...(later.length ? { later: later.map((l) => ({ from: l.from, age: l.age, year: l.year, rate: l.r.rate, exact: l.r.exact, minimum: l.r.minimum })) } : {}),
    });
  }
  return t.done(rows);
}
