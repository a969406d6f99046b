/**
 * Minimum pay of a contrat de professionnalisation.
 * - Under 26: SMIC × 55 % (under 21) or 70 % (21+); 65 % / 80 % with a qualification at least at bac pro
 *   level (L6325-8, D6325-15).
 * - The 21+ amount applies from the 1st of the month after the 21st birthday (D6325-16).
 * - 26 and over: max(SMIC, 85 % of the conventional minimum) (L6325-9, D6325-18), decided by the age at the
 *   start of the contract and never switched mid-contract (decision "adult-regime-at-start").
 * - Part time: both terms prorated on weekly hours / 35.
 * The exact amount is kept; the displayed minimum is rounded UP to the cent (decision "minimum-rounded-up").
 * Not modelled: benefits in kind (D6325-17), more favourable conventional rates for under-26s.
 */
import { addDays, ageOn, anniversary, compareDates, firstDayOfMonthAfterBirthday, lastOfMonth, monthsCovering, type Feb29Rule, type IsoDate } from '../dates.js';
import { invalidArgument } from '../errors.js';
import { Trail, type Explained } from '../explain.js';
import { inForce, type Parameter } from '../law/store.js';
import { smicOn } from '../law/smic.js';
import { PRO_ADULT_FLOOR, PRO_AGE_BANDS, PRO_ELIGIBILITY_AGES, PRO_RATES } from '../law/params/professionalisation.js';
import { LEGAL_WEEKLY_HOURS, MAX_WEEKLY_HOURS, OVERTIME_PREMIUM } from '../law/params/working-time.js';
import { SMIC_HOURLY } from '../law/params/smic.js';
import { Big, dec, fromCents, maxDec, minimumQuotientToCents, minimumToCents, weeklyToMonthly, type Decimal } from '../money.js';
import { hundredths, proMinimumFast } from './pay-fast.js';
import { overtimeOn } from '../overtime.js';
import { countDays, coveredRange, monthDue, type MonthPart, type Proration } from '../proration.js';

export interface ProMinimum {
  /** Share of SMIC applied (1 for the 26+ regime, before the conventional test). */
  rate: Decimal;
  /** Monthly SMIC base for the hours worked (hourly × hours × 52/12, or the given monthly SMIC × hours/35). */
  smicBase: Decimal;
  /** The legal minimum, unrounded: compare actual pay with this. */
  exact: Decimal;
  /** Rounded up to the cent: the figure to display or pay. */
  minimum: Decimal;
  /** True when 85 % of the conventional minimum is above the SMIC (26+ only). */
  conventionalApplies: boolean;
  regime: 'under21' | 'from21' | 'adult';
}

export interface ProMinimumInput {
  /** Age that selects the band (21) and, unless `adultRegime` is given, the 26+ regime. */
  age: number;
  /** Holds a qualification at least at bac pro level (D6325-15). */
  professionalBacLevel: boolean;
  /** Date whose SMIC and law apply. */
  date: IsoDate;
  /** Monthly full-time SMIC given by the user instead of the dated series. */
  smicMonthly?: Decimal;
  /** Monthly full-time conventional minimum of the job (for the 26+ regime). */
  conventionalMinimum?: Decimal;
  weeklyHours?: number;
  /** Conventional overtime premium (≥ 0.10, L3121-33) for the hours above 35; default the legal 25 %/50 % (L3121-36). */
  overtimeRate?: Decimal;
  /** Forces the regime decided at the contract start (decision "adult-regime-at-start"); default: age ≥ 26. */
  adultRegime?: boolean;
}

/** The pay law in force on a date, gathered once per date: rates are law, so they are cached (not results of user input). */
export interface ProPayLaw {
  legalWeeklyHours: number;
  maxWeeklyHours: number;
  minimumAge: number;
  higherBand: number;
  adultRegime: number;
  rates: { under21: Decimal; under21Qualified: Decimal; from21: Decimal; from21Qualified: Decimal };
  ratesArticles: string[];
  smicShare: Decimal;
  conventionalShare: Decimal;
  adultArticles: string[];
}

const payLawCache = new Map<IsoDate, ProPayLaw>();

export function proPayLaw(date: IsoDate): ProPayLaw {
  let law = payLawCache.get(date);
  if (law) return law;
  const rates = inForce(PRO_RATES, date).version;
  const bands = inForce(PRO_AGE_BANDS, date).version.value;
  const adult = inForce(PRO_ADULT_FLOOR, date).version;
  law = {
    legalWeeklyHours: inForce(LEGAL_WEEKLY_HOURS, date).version.value,
    maxWeeklyHours: inForce(MAX_WEEKLY_HOURS, date).version.value,
    minimumAge: inForce(PRO_ELIGIBILITY_AGES, date).version.value.minimum,
    higherBand: bands.higherBand,
    adultRegime: bands.adultRegime,
    rates: { under21: dec(rates.value.under21), under21Qualified: dec(rates.value.under21Qualified), from21: dec(rates.value.from21), from21Qualified: dec(rates.value.from21Qualified) },
    ratesArticles: rates.articles,
    smicShare: dec(adult.value.smicShare),
    conventionalShare: dec(adult.value.conventionalShare),
    adultArticles: adult.articles,
  };
  if (payLawCache.size > 20_000) payLawCache.clear();
  payLawCache.set(date, law);
  return law;
}

/** Weekly hours above 0 and at most the maximum weekly duration in force on `date` (L3121-20). */
export function checkWeeklyHours(h: number, field: string, date: IsoDate): void {
  const max = inForce(MAX_WEEKLY_HOURS, date).version.value;
  if (!Number.isFinite(h) || h <= 0 || h > max)
    throw invalidArgument(field, `${h} is not a weekly duration above 0 and at most ${max} hours (L3121-20)`, `${h} n'est pas une durée hebdomadaire de plus de 0 et au plus ${max} heures (L3121-20)`, ['L3121-20']);
}

/** Weekly hours of a full-time contract: the legal duration (L3121-27). */
export function legalWeeklyHours(date: IsoDate): number {
  return inForce(LEGAL_WEEKLY_HOURS, date).version.value;
}

export function checkAge(age: number, date: IsoDate, field = 'age'): void {
  const minimum = proPayLaw(date).minimumAge;
  if (!Number.isFinite(age) || !Number.isInteger(age))
    throw invalidArgument(field, `${age} is not an age in whole years`, `${age} n'est pas un âge en années révolues`);
  if (age < minimum)
    throw invalidArgument(field, `${age} is below ${minimum}, the youngest age the contract is open to (L6325-1)`, `${age} est inférieur à ${minimum}, l'âge minimum du contrat (L6325-1)`, ['L6325-1']);
  if (age > 120) throw invalidArgument(field, `${age} is not a plausible age`, `${age} n'est pas un âge plausible`);
}

const CONVENTIONAL_NOT_STATED = {
  code: 'CONVENTIONAL_MINIMUM_NOT_STATED',
  message: {
    en: 'aged 26 or more: the minimum is the higher of the SMIC and 85 % of the conventional minimum, which was not given',
    fr: "26 ans ou plus : le minimum est le plus élevé du SMIC et de 85 % du minimum conventionnel, qui n'a pas été indiqué",
  },
  articles: ['D6325-18'],
};

const CONVENTIONAL_UNDER_26 = {
  code: 'CONVENTIONAL_MINIMUM_UNDER_26',
  message: {
    en: 'under 26 the legal minimum is a share of the SMIC; the 85 % conventional test (D6325-18) applies only from 26, so the conventional minimum was not used',
    fr: "avant 26 ans le minimum légal est une part du SMIC ; le test des 85 % du minimum conventionnel (D6325-18) ne s'applique qu'à partir de 26 ans",
  },
  articles: ['D6325-18'],
};

export function proMinimum(input: ProMinimumInput): Explained<ProMinimum> {
  const law = proPayLaw(input.date);
  const t = new Trail();
  const legal = law.legalWeeklyHours;
  const weeklyHours = input.weeklyHours ?? legal;
  checkAge(input.age, input.date);
  if (weeklyHours !== legal) checkWeeklyHours(weeklyHours, 'weekly_hours', input.date);
  const adult = input.adultRegime ?? input.age >= law.adultRegime;
  // Hours above 35 a week carry the overtime premium (L3121-36, L3121-33): the minimum is that of the paid hours.
  const overtime = overtimeOn(weeklyHours, input.date, input.overtimeRate);
  if (overtime) {
    t.cite(...overtime.articles);
    overtime.warnings.forEach((w) => t.warn(w));
    if (overtime.note) t.warn(overtime.note);
  }
  const hours = overtime ? overtime.paidHours : dec(weeklyHours);

  // The SMIC base times a share as a fraction numerator / divisor: the one inexact division (÷ 35 or
  // × 52/12) is done last, exactly, and the exact value is only expanded when someone reads it.
  let numerator: (share: Decimal) => Decimal;
  let divisor: number;
  if (input.smicMonthly !== undefined) {
    const perHour = input.smicMonthly.times(hours);
    numerator = (share) => perHour.times(share);
    divisor = legal;
  } else {
    const smic = smicOn(input.date);
    t.cite(...smic.articles);
    for (const w of smic.warnings) t.warn(w);
    const perWeek = smic.hourly.times(hours).times(52);
    numerator = (share) => perWeek.times(share);
    divisor = 12;
  }
  const ofSmic = (share: Decimal) => numerator(share).div(divisor);

  if (adult) {
    t.cite(...law.adultArticles);
    const rate = law.smicShare;
    const smicBase = ofSmic(rate);
    let exact = smicBase;
    let conventionalApplies = false;
    if (input.conventionalMinimum !== undefined) {
      const conventional = input.conventionalMinimum.times(law.conventionalShare).times(hours).div(legal);
      conventionalApplies = conventional.gt(exact);
      exact = maxDec(exact, conventional);
    } else {
      t.warn(CONVENTIONAL_NOT_STATED);
    }
    return t.done({ rate, smicBase, exact, minimum: minimumToCents(exact), conventionalApplies, regime: 'adult' });
  }

  t.cite(...law.ratesArticles);
  const from21 = input.age >= law.higherBand;
  const r = law.rates;
  const rate = from21 ? (input.professionalBacLevel ? r.from21Qualified : r.from21) : input.professionalBacLevel ? r.under21Qualified : r.under21;
  const scaled = numerator(rate);
  if (input.conventionalMinimum !== undefined) t.warn(CONVENTIONAL_UNDER_26);
  let exact: Decimal | undefined;
  return t.done({
    rate,
    get smicBase() {
      return ofSmic(new Big(1));
    },
    get exact() {
      return (exact ??= scaled.div(divisor));
    },
    minimum: minimumQuotientToCents(scaled, divisor),
    conventionalApplies: false,
    regime: from21 ? 'from21' : 'under21',
  });
}

export interface ProMinimumAtInput {
  birthDate: IsoDate;
  /** Any day of the month whose minimum is asked. */
  date: IsoDate;
  professionalBacLevel: boolean;
  /** Start of the contract: decides the 26+ regime (default: `date`). */
  contractStart?: IsoDate;
  conventionalMinimum?: Decimal;
  weeklyHours?: number;
  overtimeRate?: Decimal;
  feb29?: Feb29Rule;
}

/**
 * The band that applies in the month of `date`: the 21+ amount from the 1st of the month after the 21st
 * birthday (D6325-16), so the "age" used is 21 only once that day has come.
 */
export function payBandAge(birthDate: IsoDate, date: IsoDate, feb29: Feb29Rule = 'mar1'): number {
  const age = ageOn(birthDate, date, feb29);
  const higher = proPayLaw(date).higherBand;
  if (age >= higher && compareDates(date, firstDayOfMonthAfterBirthday(birthDate, higher, feb29)) < 0) return higher - 1;
  return age;
}

export function proMinimumAt(input: ProMinimumAtInput): Explained<ProMinimum & { age: number }> {
  const start = input.contractStart ?? input.date;
  if (compareDates(input.birthDate, start) >= 0)
    throw invalidArgument('birth_date', `${input.birthDate} is not before the contract start ${start}`, `${input.birthDate} n'est pas antérieure au début du contrat ${start}`);
  if (compareDates(input.date, start) < 0)
    throw invalidArgument('date', `${input.date} is before the contract start ${start}`, `${input.date} est antérieure au début du contrat ${start}`);
  const startAge = ageOn(input.birthDate, start, input.feb29);
  checkAge(startAge, start, input.contractStart ? 'contract_start' : 'birth_date');
  const bands = proPayLaw(start);
  const adultRegime = startAge >= bands.adultRegime; // decision "adult-regime-at-start": decided at the start, never switched
  const age = ageOn(input.birthDate, input.date, input.feb29);
  const bandAge = adultRegime ? age : Math.min(payBandAge(input.birthDate, input.date, input.feb29), bands.adultRegime - 1);
  const t = new Trail();
  const r = t.use(
    proMinimum({
      age: bandAge,
      professionalBacLevel: input.professionalBacLevel,
      date: input.date,
      conventionalMinimum: input.conventionalMinimum,
      weeklyHours: input.weeklyHours,
      overtimeRate: input.overtimeRate,
      adultRegime,
    }),
  );
  if (!adultRegime) t.cite('D6325-16');
  // Object.assign, not a spread: a spread would read the lazy exact figures (two big divisions) nobody asked for
  return t.done(Object.assign(r, { age }));
}

export interface ScheduleRow {
  /** First day of the calendar month. */
  month: IsoDate;
  /** Age on the first day of the contract within that month. */
  age: number;
  rate: Decimal;
  /** Monthly full-time SMIC of the month (published figure). */
  smic: Decimal;
  exact: Decimal;
  minimum: Decimal;
  /** The minimum in whole cents when the integer hot path computed it (cheap comparisons). */
  minimumCents?: number;
  /** Days the contract covers in the month / days in the month (calendar days unless `proration` says otherwise). */
  days: number;
  daysInMonth: number;
  /** What is due for the month: the minimum prorated to the days covered, each part at its own minimum, rounded up once. */
  due: Decimal;
}

export interface ScheduleInput {
  birthDate: IsoDate;
  start: IsoDate;
  end: IsoDate;
  professionalBacLevel: boolean;
  conventionalMinimum?: Decimal;
  weeklyHours?: number;
  /** Conventional overtime premium for the hours above 35 (default: the legal one, L3121-36). */
  overtimeRate?: Decimal;
  /** How a month the contract covers in part is prorated (default calendar days). */
  proration?: Proration;
  feb29?: Feb29Rule;
}

/**
 * One row per calendar month from start to end, each with the SMIC and the band of that month. The regime
 * (26+ or not) and the D6325-16 change date are decided once; each month's minimum takes the integer hot
 * path of pay-fast.ts when it applies (the exact big.js value is then only computed if read).
 */
export function proSalarySchedule(input: ScheduleInput): Explained<ScheduleRow[]> {
  if (compareDates(input.end, input.start) < 0)
    throw invalidArgument('end', `${input.end} is before the start ${input.start}`, `${input.end} est antérieure au début ${input.start}`);
  const months = monthsCovering(input.start, input.end);
  if (months.length > 60)
    throw invalidArgument('end', `the contract spans ${months.length} months; a professionalisation contract or action lasts at most 36 (L6325-11)`, `le contrat couvre ${months.length} mois ; un contrat de professionnalisation dure au plus 36 mois (L6325-11)`, ['L6325-11']);
  if (compareDates(input.birthDate, input.start) >= 0)
    throw invalidArgument('birth_date', `${input.birthDate} is not before the contract start ${input.start}`, `${input.birthDate} n'est pas antérieure au début du contrat ${input.start}`);
  const startAge = ageOn(input.birthDate, input.start, input.feb29);
  checkAge(startAge, input.start, 'birth_date');
  const law = proPayLaw(input.start);
  const adultRegime = startAge >= law.adultRegime; // decision "adult-regime-at-start"
  const higherFrom = firstDayOfMonthAfterBirthday(input.birthDate, law.higherBand, input.feb29); // D6325-16
  const conventionalCents = input.conventionalMinimum === undefined ? undefined : hundredthsOf(input.conventionalMinimum);
  const centiHours = input.weeklyHours === undefined ? undefined : hundredths(input.weeklyHours);
  const t = new Trail();
  const rows: ScheduleRow[] = [];
  const overtimeBp = input.overtimeRate === undefined ? undefined : basisPointsOf(input.overtimeRate);
  const fastable = conventionalCents !== null && overtimeBp !== null && (input.weeklyHours === undefined || centiHours !== undefined);
  const proration = input.proration ?? 'calendar';
  // Days inside the contract where a minimum may change mid-month (a SMIC revaluation not on the 1st…): the month is then weighted by days.
  const changes = lawChanges(input.start, input.end).filter((d) => !d.endsWith('-01'));
  // Age on each month's first contract day, advanced birthday by birthday (no date parsing per month).
  let age = startAge;
  let nextBirthday = anniversary(input.birthDate, age + 1, input.feb29);
  for (const m of months) {
    const day = compareDates(m, input.start) < 0 ? input.start : m;
    while (compareDates(day, nextBirthday) >= 0) nextBirthday = anniversary(input.birthDate, ++age + 1, input.feb29);
    const bandAge = adultRegime ? age : compareDates(day, higherFrom) >= 0 ? law.higherBand : Math.min(age, law.higherBand - 1);
    const minimumOn = (on: IsoDate) =>
      proMinimum({ age: bandAge, professionalBacLevel: input.professionalBacLevel, date: on, conventionalMinimum: input.conventionalMinimum, weeklyHours: input.weeklyHours, overtimeRate: input.overtimeRate, adultRegime });
    const slow = () => minimumOn(day);
    const fast = fastable ? proMinimumFast(bandAge, input.professionalBacLevel, day, undefined, conventionalCents, centiHours, overtimeBp ?? undefined) : undefined;
    const smic = smicOn(day).monthly;
    const range = coveredRange(m, input.start, input.end);
    const splits = changes.filter((c) => compareDates(c, range.from) > 0 && compareDates(c, range.to) <= 0);
    const whole = range.from === m && compareDates(range.to, lastOfMonth(m)) === 0 && splits.length === 0;
    // A whole month under one minimum owes that minimum; otherwise each part its days (decision "prorate-calendar-days").
    const dueOf = (exact: () => Decimal, minimum: () => Decimal): Pick<ScheduleRow, 'days' | 'daysInMonth' | 'due'> => {
      if (whole) {
        const n = countDays(m, range.to, proration);
        return { days: n, daysInMonth: n, due: minimum() };
      }
      const bounds = [range.from, ...splits];
      const parts: MonthPart[] = bounds.map((from, i) => ({ from, to: i + 1 < bounds.length ? addDays(bounds[i + 1], -1) : range.to, exact: i === 0 ? exact() : t.use(minimumOn(from)).exact }));
      const d = monthDue(m, parts, proration);
      return { days: d.covered, daysInMonth: d.inMonth, due: d.due };
    };
    if (fast) {
      t.cite(...fast.articles);
      for (const w of fast.warnings) t.warn(w);
      const pay = proPayLaw(day);
      const rate = adultRegime ? pay.smicShare : bandAge >= pay.higherBand ? (input.professionalBacLevel ? pay.rates.from21Qualified : pay.rates.from21) : input.professionalBacLevel ? pay.rates.under21Qualified : pay.rates.under21;
      let exact: Decimal | undefined;
      let minimum: Decimal | undefined;
      const cents = fast.cents;
      const getExact = () => (exact ??= slow().value.exact);
      const getMinimum = () => (minimum ??= fromCents(cents));
      rows.push({
        month: m,
        age,
        rate,
        smic,
        get exact() {
          return getExact();
        },
        get minimum() {
          return getMinimum();
        },
        minimumCents: cents,
        ...dueOf(getExact, getMinimum),
      });
    } else {
      const r = t.use(slow());
      rows.push({ month: m, age, rate: r.rate, smic, exact: r.exact, minimum: r.minimum, ...dueOf(() => r.exact, () => r.minimum) });
    }
  }
  if (!adultRegime) t.cite('D6325-16');
  return t.done(rows);
}

/** A share in whole basis points (0.25 → 2500), else null (the slow path then applies). */
function basisPointsOf(d: Decimal): number | null {
  const b = d.times(10000);
  if (!b.round(0).eq(b) || b.gt(1e6) || b.lt(0)) return null;
  return Number(b.toString());
}

/** First days, inside (start, end], of a new version of a parameter the minimum depends on. */
function lawChanges(start: IsoDate, end: IsoDate): IsoDate[] {
  const out = new Set<IsoDate>();
  for (const p of [SMIC_HOURLY, PRO_RATES, PRO_ADULT_FLOOR, LEGAL_WEEKLY_HOURS, OVERTIME_PREMIUM] as Parameter<unknown>[])
    for (const v of p.versions) if (compareDates(v.validFrom, start) > 0 && compareDates(v.validFrom, end) <= 0) out.add(v.validFrom);
  return [...out].sort();
}

/** Hundredths of a decimal amount when it has at most 2 decimals, else null (the slow path then applies). */
function hundredthsOf(d: Decimal): number | null {
  const h = d.times(100);
  if (!h.round(0).eq(h) || h.gt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(h.toString());
}

export interface MinimumSegment {
  /** First day the minimum applies (the contract start, or the 1st of a month). */
  from: IsoDate;
  rate: Decimal;
  /** The published monthly SMIC of the segment (for display; the minimum is computed from the hourly rate). */
  smic: Decimal;
  /** The hourly SMIC the minimum is computed from (rate × hourly × weekly hours × 52/12). */
  smicHourly: Decimal;
  /** The weekly hours the minimum is computed for. */
  weeklyHours: Decimal;
  minimum: Decimal;
  minimumCents?: number;
  /** The exact (unrounded) minimum; computed on demand. */
  exact: Decimal;
}

/**
 * The contract's minimum as segments: a new segment only where something the law depends on changes (a SMIC
 * revaluation, the D6325-16 band change, a new version of the rates). The same figures as the monthly
 * schedule, in a few computations instead of one per month: what checking thousands of rows needs.
 */
export function proMinimumSegments(input: ScheduleInput): Explained<MinimumSegment[]> {
  if (compareDates(input.end, input.start) < 0)
    throw invalidArgument('end', `${input.end} is before the start ${input.start}`, `${input.end} est antérieure au début ${input.start}`);
  if (compareDates(input.birthDate, input.start) >= 0)
    throw invalidArgument('birth_date', `${input.birthDate} is not before the contract start ${input.start}`, `${input.birthDate} n'est pas antérieure au début du contrat ${input.start}`);
  const startAge = ageOn(input.birthDate, input.start, input.feb29);
  checkAge(startAge, input.start, 'birth_date');
  const law = proPayLaw(input.start);
  const adultRegime = startAge >= law.adultRegime; // decision "adult-regime-at-start"
  const higherFrom = firstDayOfMonthAfterBirthday(input.birthDate, law.higherBand, input.feb29); // D6325-16
  const breaks = new Set<IsoDate>([input.start]);
  const inside = (d: IsoDate) => compareDates(d, input.start) > 0 && compareDates(d, input.end) <= 0;
  for (const p of [SMIC_HOURLY, PRO_RATES, PRO_ADULT_FLOOR, LEGAL_WEEKLY_HOURS, OVERTIME_PREMIUM] as Parameter<unknown>[]) for (const v of p.versions) if (inside(v.validFrom)) breaks.add(v.validFrom);
  if (!adultRegime && inside(higherFrom)) breaks.add(higherFrom);
  // past the last known SMIC the months get a BEYOND_KNOWN_LAW warning, as in the monthly schedule
  if (SMIC_HOURLY.knownThrough && inside(addDays(SMIC_HOURLY.knownThrough, 1))) breaks.add(addDays(SMIC_HOURLY.knownThrough, 1));
  const days = [...breaks].sort();
  const conventionalCents = input.conventionalMinimum === undefined ? undefined : hundredthsOf(input.conventionalMinimum);
  const centiHours = input.weeklyHours === undefined ? undefined : hundredths(input.weeklyHours);
  const overtimeBp = input.overtimeRate === undefined ? undefined : basisPointsOf(input.overtimeRate);
  const fastable = conventionalCents !== null && overtimeBp !== null && (input.weeklyHours === undefined || centiHours !== undefined);
  const t = new Trail();
  const out: MinimumSegment[] = [];
  for (const day of days) {
    const age = ageOn(input.birthDate, day, input.feb29);
    const bandAge = adultRegime ? age : compareDates(day, higherFrom) >= 0 ? law.higherBand : Math.min(age, law.higherBand - 1);
    const slow = () => proMinimum({ age: bandAge, professionalBacLevel: input.professionalBacLevel, date: day, conventionalMinimum: input.conventionalMinimum, weeklyHours: input.weeklyHours, overtimeRate: input.overtimeRate, adultRegime });
    const fast = fastable ? proMinimumFast(bandAge, input.professionalBacLevel, day, undefined, conventionalCents as number | undefined, centiHours, overtimeBp ?? undefined) : undefined;
    const inForceSmic = smicOn(day);
    const smic = inForceSmic.monthly;
    const smicHourly = inForceSmic.hourly;
    // The hours the minimum is computed for: with the overtime premium folded in above 35 h (L3121-36), so a finding's arithmetic is the minimum's.
    const stated = input.weeklyHours ?? inForce(LEGAL_WEEKLY_HOURS, day).version.value;
    const weeklyHours = overtimeOn(stated, day, input.overtimeRate)?.paidHours ?? dec(String(stated));
    if (fast) {
      t.cite(...fast.articles);
      for (const w of fast.warnings) t.warn(w);
      const pay = proPayLaw(day);
      const rate = adultRegime ? pay.smicShare : bandAge >= pay.higherBand ? (input.professionalBacLevel ? pay.rates.from21Qualified : pay.rates.from21) : input.professionalBacLevel ? pay.rates.under21Qualified : pay.rates.under21;
      let exact: Decimal | undefined;
      out.push({ from: day, rate, smic, smicHourly, weeklyHours, minimum: fromCents(fast.cents), minimumCents: fast.cents, get exact() { return (exact ??= slow().value.exact); } });
    } else {
      const r = t.use(slow());
      out.push({ from: day, rate: r.rate, smic, smicHourly, weeklyHours, minimum: r.minimum, exact: r.exact });
    }
  }
  if (!adultRegime) t.cite('D6325-16');
  return t.done(out);
}
