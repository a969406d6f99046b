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
import { addDays, addMonths, ageOn, anniversary, compareDates, firstDayOfMonthAfterBirthday, lastOfMonth, monthsCovering, type Feb29Rule, type IsoDate } from '../dates.js';
import { invalidArgument } from '../errors.js';
import { Trail, type Explained } from '../explain.js';
import { smicOn } from '../law/smic.js';
import { SMIC_HOURLY } from '../law/params/smic.js';
import { Big, dec, fromCents, hundredths, maxDec, minimumQuotientToCents, minimumToCents, type Decimal } from '../money.js';
import { proMinimumFast } from './pay-fast.js';
import { bandRate, checkAge, checkWeeklyHours, contractBandAge, CONVENTIONAL_NOT_STATED, CONVENTIONAL_UNDER_26, legalWeeklyHours, PAY_PARAMETERS, payBandAge, proPayLaw, type ProPayLaw } from './pay-law.js';
import { longestAction } from './training.js';

// The law lookup lives in pay-law.ts (no import cycle with pay-fast.ts); its public helpers are re-exported here.
export { checkAge, checkWeeklyHours, legalWeeklyHours, payBandAge, proPayLaw, type ProPayLaw } from './pay-law.js';
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
    t.warn(overtime.note);
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
  const rate = bandRate(law.rates, law.higherBand, input.age, input.professionalBacLevel);
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

/** What every minimum of one contract shares: the regime and the band change decided once at the start. */
interface ContractPay {
  law: ProPayLaw;
  startAge: number;
  adultRegime: boolean;
  /** The 1st of the month after the 21st birthday (D6325-16). */
  higherFrom: IsoDate;
  /** The minimum of `day` for someone of `age` that day: the integer hot path when it applies, else big.js. */
  minimumOn(day: IsoDate, age: number, t: Trail): DayMinimum;
  /** The big.js minimum of `day` for a band already chosen (the later parts of a month). */
  slowAt(day: IsoDate, bandAge: number): Explained<ProMinimum>;
}

interface DayMinimum {
  bandAge: number;
  rate: Decimal;
  /** Whole cents when the integer path computed the minimum. */
  cents?: number;
  exact(): Decimal;
  minimum(): Decimal;
}

/**
 * The checks and the decisions a contract's schedule and segments share: the dates in order, the length the
 * law allows (L6325-11, L6325-12: the longest action in force at the start, 36 months since 2019), the age at
 * the start, the regime (decision "adult-regime-at-start") and the D6325-16 change date; then each day's
 * minimum, on the integer hot path of pay-fast.ts when the inputs allow it (the exact big.js value only
 * computed if read), else by proMinimum.
 */
function contractPay(input: ScheduleInput): ContractPay {
  if (compareDates(input.end, input.start) < 0)
    throw invalidArgument('end', `${input.end} is before the start ${input.start}`, `${input.end} est antérieure au début ${input.start}`);
  const longest = longestAction(input.start);
  const latestEnd = addDays(addMonths(input.start, longest), -1);
  if (compareDates(input.end, latestEnd) > 0)
    throw invalidArgument('end', `${input.end} is after ${latestEnd}: a contrat de professionnalisation (or its action, for a CDI) lasts at most ${longest} months (L6325-11, L6325-12)`, `${input.end} est postérieure au ${latestEnd} : un contrat de professionnalisation (ou son action, pour un CDI) dure au plus ${longest} mois (L6325-11, L6325-12)`, ['L6325-11', 'L6325-12']);
  if (compareDates(input.birthDate, input.start) >= 0)
    throw invalidArgument('birth_date', `${input.birthDate} is not before the contract start ${input.start}`, `${input.birthDate} n'est pas antérieure au début du contrat ${input.start}`);
  const startAge = ageOn(input.birthDate, input.start, input.feb29);
  checkAge(startAge, input.start, 'birth_date');
  const law = proPayLaw(input.start);
  const adultRegime = startAge >= law.adultRegime; // decision "adult-regime-at-start"
  const higherFrom = firstDayOfMonthAfterBirthday(input.birthDate, law.higherBand, input.feb29); // D6325-16
  const conventionalCents = input.conventionalMinimum === undefined ? undefined : hundredthsOf(input.conventionalMinimum);
  const centiHours = input.weeklyHours === undefined ? undefined : hundredths(input.weeklyHours);
  const overtimeBp = input.overtimeRate === undefined ? undefined : basisPointsOf(input.overtimeRate);
  const fastable = conventionalCents !== null && overtimeBp !== null && (input.weeklyHours === undefined || centiHours !== undefined);
  const slowAt = (day: IsoDate, bandAge: number) =>
    proMinimum({ age: bandAge, professionalBacLevel: input.professionalBacLevel, date: day, conventionalMinimum: input.conventionalMinimum, weeklyHours: input.weeklyHours, overtimeRate: input.overtimeRate, adultRegime });
  return {
    law,
    startAge,
    adultRegime,
    higherFrom,
    slowAt,
    minimumOn(day, age, t) {
      const bandAge = contractBandAge(age, day, adultRegime, higherFrom, law);
      const fast = fastable ? proMinimumFast(bandAge, input.professionalBacLevel, day, undefined, conventionalCents as number | undefined, centiHours, overtimeBp ?? undefined) : undefined;
      if (!fast) {
        const r = t.use(slowAt(day, bandAge));
        return { bandAge, rate: r.rate, exact: () => r.exact, minimum: () => r.minimum };
      }
      t.cite(...fast.articles);
      for (const w of fast.warnings) t.warn(w);
      const pay = proPayLaw(day);
      let exact: Decimal | undefined;
      let minimum: Decimal | undefined;
      return {
        bandAge,
        rate: adultRegime ? pay.smicShare : bandRate(pay.rates, pay.higherBand, bandAge, input.professionalBacLevel),
        cents: fast.cents,
        exact: () => (exact ??= slowAt(day, bandAge).value.exact),
        minimum: () => (minimum ??= fromCents(fast.cents)),
      };
    },
  };
}

/**
 * One row per calendar month from start to end, each with the SMIC and the band of that month (contractPay
 * decides the regime and the band; the month only adds its days).
 */
export function proSalarySchedule(input: ScheduleInput): Explained<ScheduleRow[]> {
  const pay = contractPay(input);
  const months = monthsCovering(input.start, input.end);
  const t = new Trail();
  const rows: ScheduleRow[] = [];
  const proration = input.proration ?? 'calendar';
  // Days inside the contract where a minimum may change mid-month (a SMIC revaluation not on the 1st…): the month is then weighted by days.
  const changes = lawChanges(input.start, input.end).filter((d) => !d.endsWith('-01'));
  // Age on each month's first contract day, advanced birthday by birthday (no date parsing per month).
  let age = pay.startAge;
  let nextBirthday = anniversary(input.birthDate, age + 1, input.feb29);
  for (const m of months) {
    const day = compareDates(m, input.start) < 0 ? input.start : m;
    while (compareDates(day, nextBirthday) >= 0) nextBirthday = anniversary(input.birthDate, ++age + 1, input.feb29);
    const dm = pay.minimumOn(day, age, t);
    const smic = smicOn(day).monthly;
    const range = coveredRange(m, input.start, input.end);
    const splits = changes.filter((c) => compareDates(c, range.from) > 0 && compareDates(c, range.to) <= 0);
    const whole = range.from === m && compareDates(range.to, lastOfMonth(m)) === 0 && splits.length === 0;
    // A whole month under one minimum owes that minimum; otherwise each part its days (decision "prorate-calendar-days").
    let share: Pick<ScheduleRow, 'days' | 'daysInMonth' | 'due'>;
    if (whole) {
      const n = countDays(m, range.to, proration);
      share = { days: n, daysInMonth: n, due: dm.minimum() };
    } else {
      const bounds = [range.from, ...splits];
      const parts: MonthPart[] = bounds.map((from, i) => ({ from, to: i + 1 < bounds.length ? addDays(bounds[i + 1], -1) : range.to, exact: i === 0 ? dm.exact() : t.use(pay.slowAt(from, dm.bandAge)).exact }));
      const d = monthDue(m, parts, proration);
      share = { days: d.covered, daysInMonth: d.inMonth, due: d.due };
    }
    rows.push({
      month: m,
      age,
      rate: dm.rate,
      smic,
      get exact() {
        return dm.exact();
      },
      get minimum() {
        return dm.minimum();
      },
      ...(dm.cents === undefined ? {} : { minimumCents: dm.cents }),
      ...share,
    });
  }
  if (!pay.adultRegime) t.cite('D6325-16');
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
  for (const p of PAY_PARAMETERS) for (const v of p.versions) if (compareDates(v.validFrom, start) > 0 && compareDates(v.validFrom, end) <= 0) out.add(v.validFrom);
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

/** A segment whose minimum and exact value are worked out when read (a class: cheap to make for every contract of a sheet). */
class Segment implements MinimumSegment {
  readonly rate: Decimal;
  readonly minimumCents?: number;
  constructor(
    readonly from: IsoDate,
    readonly smic: Decimal,
    readonly smicHourly: Decimal,
    readonly weeklyHours: Decimal,
    private readonly dm: DayMinimum,
  ) {
    this.rate = dm.rate;
    this.minimumCents = dm.cents;
  }
  get minimum(): Decimal {
    return this.dm.minimum();
  }
  get exact(): Decimal {
    return this.dm.exact();
  }
}

/**
 * The contract's minimum as segments: a new segment only where something the law depends on changes (a SMIC
 * revaluation, the D6325-16 band change, a new version of the rates). The same figures as the monthly
 * schedule (the same contractPay), in a few computations instead of one per month: what checking thousands
 * of rows needs.
 */
export function proMinimumSegments(input: ScheduleInput): Explained<MinimumSegment[]> {
  const pay = contractPay(input);
  const inside = (d: IsoDate) => compareDates(d, input.start) > 0 && compareDates(d, input.end) <= 0;
  const breaks = new Set<IsoDate>([input.start, ...lawChanges(input.start, input.end)]);
  if (!pay.adultRegime && inside(pay.higherFrom)) breaks.add(pay.higherFrom);
  // past the last known SMIC the months get a BEYOND_KNOWN_LAW warning, as in the monthly schedule
  if (SMIC_HOURLY.knownThrough && inside(addDays(SMIC_HOURLY.knownThrough, 1))) breaks.add(addDays(SMIC_HOURLY.knownThrough, 1));
  const t = new Trail();
  const out: MinimumSegment[] = [];
  for (const day of [...breaks].sort()) {
    const dm = pay.minimumOn(day, ageOn(input.birthDate, day, input.feb29), t);
    const inForceSmic = smicOn(day);
    // The hours the minimum is computed for: with the overtime premium folded in above 35 h (L3121-36), so a finding's arithmetic is the minimum's.
    const stated = input.weeklyHours ?? legalWeeklyHours(day);
    const weeklyHours = overtimeOn(stated, day, input.overtimeRate)?.paidHours ?? dec(String(stated));
    out.push(new Segment(day, inForceSmic.monthly, inForceSmic.hourly, weeklyHours, dm));
  }
  if (!pay.adultRegime) t.cite('D6325-16');
  return t.done(out);
}
