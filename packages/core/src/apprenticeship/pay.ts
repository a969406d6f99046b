/**
 * Minimum pay of an apprentice (L6222-27, D6222-26, D6222-27): a share of the SMIC by age band and year of
 * execution of the contract; from 21 (2019 grid) the share applies to the conventional minimum of the job
 * when that is higher. The band changes on the 1st of the month after the birthday. The grid is the one in
 * force when the contract started (2019-01-01 reform). Exact value kept; displayed minimum rounded UP.
 * Not modelled: the +15 points after a shortened contract or a change of qualification (D6222-28 to -29),
 * apprentices in the public sector, overseas specifics.
 */
import { addMonths, compareDates, firstDayOfMonthAfterBirthday, ageOn, monthsCovering, type IsoDate } from '../dates.js';
import { invalidArgument } from '../errors.js';
import { Trail, type Explained } from '../explain.js';
import { inForce } from '../law/store.js';
import { smicOn } from '../law/smic.js';
import { APPRENTICE_GRID, APPRENTICE_MIN_AGE } from '../law/params/apprenticeship.js';
import { LEGAL_WEEKLY_HOURS } from '../law/params/working-time.js';
import { checkWeeklyHours } from '../professionalisation/pay.js';
import { dec, maxDec, minimumToCents, weeklyToMonthly, type Decimal } from '../money.js';

export interface AppMinimum {
  rate: Decimal;
  exact: Decimal;
  minimum: Decimal;
  /** Index of the age band in the grid (0 = youngest). */
  band: number;
  conventionalApplies: boolean;
}

export interface AppMinimumInput {
  age: number;
  contractYear: number;
  /** Date whose SMIC applies. */
  date: IsoDate;
  /** Start of the contract: selects the grid (default: date). */
  contractStart?: IsoDate;
  smicMonthly?: Decimal;
  conventionalMinimum?: Decimal;
  weeklyHours?: number;
}

export function appMinimum(input: AppMinimumInput): Explained<AppMinimum> {
  const t = new Trail();
  const minAge = inForce(APPRENTICE_MIN_AGE, input.contractStart ?? input.date, input.contractStart ? 'contract_start' : 'date').version.value;
  if (!Number.isInteger(input.age) || input.age < minAge || input.age > 120)
    throw invalidArgument('age', `${input.age} is not an apprentice's age in whole years (${minAge} or more, L6222-1)`, `${input.age} n'est pas un âge d'apprenti en années révolues (${minAge} ans ou plus, L6222-1)`, ['L6222-1']);
  const grid = inForce(APPRENTICE_GRID, input.contractStart ?? input.date, input.contractStart ? 'contract_start' : 'date');
  grid.warnings.forEach((w) => t.warn(w));
  t.cite(...grid.version.articles);
  const g = grid.version.value;
  let band = g.bandsUpTo.findIndex((upTo) => input.age < upTo);
  if (band < 0) band = g.bandsUpTo.length;
  const years = g.rates[band].length;
  if (!Number.isInteger(input.contractYear) || input.contractYear < 1 || input.contractYear > years)
    throw invalidArgument('contract_year', `${input.contractYear} is not a year of execution of the contract (1 to ${years})`, `${input.contractYear} n'est pas une année d'exécution du contrat (1 à ${years})`, ['D6222-26']);
  const rate = dec(g.rates[band][input.contractYear - 1]);
  const legal = inForce(LEGAL_WEEKLY_HOURS, input.date).version.value;
  const weekly = input.weeklyHours ?? legal;
  if (input.weeklyHours !== undefined) checkWeeklyHours(weekly, 'weekly_hours', input.date);
  const hours = dec(weekly);
  let exact: Decimal;
  if (input.smicMonthly !== undefined) exact = input.smicMonthly.times(hours).times(rate).div(legal);
  else {
    const smic = smicOn(input.date);
    t.cite(...smic.articles);
    smic.warnings.forEach((w) => t.warn(w));
    exact = weeklyToMonthly(smic.hourly.times(hours).times(rate));
  }
  let conventionalApplies = false;
  if (input.conventionalMinimum !== undefined && g.conventionalFromBand !== null && band >= g.conventionalFromBand) {
    const conventional = input.conventionalMinimum.times(rate).times(hours).div(legal);
    conventionalApplies = conventional.gt(exact);
    exact = maxDec(exact, conventional);
  }
  return t.done({ rate, exact, minimum: minimumToCents(exact), band, conventionalApplies });
}

export interface AppScheduleRow {
  month: IsoDate;
  age: number;
  /** Year of execution of the contract (1, 2, 3). */
  year: number;
  rate: Decimal;
  smic: Decimal;
  exact: Decimal;
  minimum: Decimal;
}

/**
 * One row per calendar month. The age band of a month is the one reached by the 1st of that month after the
 * birthday (D6222-27); the contract year changes on each anniversary of the start (the rate of a month is
 * the one in force on its first contract day).
 */
export function appSalarySchedule(input: { birthDate: IsoDate; start: IsoDate; end: IsoDate; conventionalMinimum?: Decimal; weeklyHours?: number }): Explained<AppScheduleRow[]> {
  if (compareDates(input.end, input.start) < 0)
    throw invalidArgument('end', `${input.end} is before the start ${input.start}`, `${input.end} est antérieure au début ${input.start}`);
  if (compareDates(input.birthDate, input.start) >= 0)
    throw invalidArgument('birth_date', `${input.birthDate} is not before the contract start ${input.start}`, `${input.birthDate} n'est pas antérieure au début du contrat ${input.start}`);
  const months = monthsCovering(input.start, input.end);
  if (months.length > 49)
    throw invalidArgument('end', `the contract spans ${months.length} months; an apprenticeship lasts at most 3 years (4 for a disabled apprentice)`, `le contrat couvre ${months.length} mois ; un apprentissage dure au plus 3 ans (4 pour un apprenti handicapé)`, ['L6222-7-1']);
  const t = new Trail().cite('D6222-27');
  const rows: AppScheduleRow[] = [];
  for (const m of months) {
    const day = compareDates(m, input.start) < 0 ? input.start : m;
    const age = ageOn(input.birthDate, day);
    // the band age: the age reached, counted only from the 1st of the following month
    const bandAge = compareDates(day, firstDayOfMonthAfterBirthday(input.birthDate, age)) >= 0 ? age : age - 1;
    let year = 1;
    while (compareDates(day, addMonths(input.start, 12 * year)) >= 0) year++;
    const r = t.use(appMinimum({ age: bandAge, contractYear: Math.min(year, 3), date: day, contractStart: input.start, conventionalMinimum: input.conventionalMinimum, weeklyHours: input.weeklyHours }));
    rows.push({ month: m, age, year, rate: r.rate, smic: smicOn(day).monthly, exact: r.exact, minimum: r.minimum });
  }
  return t.done(rows);
}
