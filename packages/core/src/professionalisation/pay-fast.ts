/**
 * The minimum of `proMinimum` (L6325-8, L6325-9, D6325-15, D6325-18) on the spreadsheet hot path, where
 * thousands of cells recalculate at once: the same fraction, computed in exact INTEGER arithmetic (cents,
 * basis points, hundredths of an hour), every product checked to stay below 2^53 so no rounding can occur.
 * No binary fraction is ever formed: inputs with more decimals than that, or too large, get `undefined`
 * and the caller uses `proMinimum` (big.js). A property test proves both give the same cent.
 */
import { daysInMonth, isLeapYear, parseIso, type IsoDate, type Ymd } from '../dates.js';
import type { Warning } from '../explain.js';
import { smicOn } from '../law/smic.js';
import { dec, hundredths } from '../money.js';
import { overtimeOn } from '../overtime.js';
import { CONVENTIONAL_NOT_STATED, CONVENTIONAL_UNDER_26, PAY_PARAMETERS, bandRate, proPayLaw } from './pay-law.js';
import { longestAction } from './training.js';

export interface FastMinimum {
  /** The minimum rounded up to the cent, in cents. */
  cents: number;
  /** The exact minimum in cents is num / den (what a partial month is prorated from). */
  num: number;
  den: number;
  articles: readonly string[];
  warnings: readonly Warning[];
}

/** ⌈n / d⌉ for safe non-negative integers, by integer remainder (no reliance on a rounded quotient). */
function ceilDiv(n: number, d: number): number {
  let q = Math.floor(n / d);
  let r = n - q * d;
  while (r < 0) { q -= 1; r += d; }
  while (r >= d) { q += 1; r -= d; }
  return r > 0 ? q + 1 : q;
}

interface FastLaw {
  bp: { under21: number; under21Qualified: number; from21: number; from21Qualified: number; smic: number; conventional: number };
  higherBand: number;
  adultRegime: number;
  minimumAge: number;
  legal: number;
  maxHours: number;
  hourlyCents: number | undefined;
  /** The published monthly SMIC in cents (the schedule's SMIC column). */
  smicMonthlyCents: number | undefined;
  /** The longest contract or action in force (L6325-11, L6325-12), in months. */
  longest: number;
  articlesGiven: { rates: readonly string[]; adult: readonly string[] };
  articlesDated: { rates: readonly string[]; adult: readonly string[] };
  smicWarnings: readonly Warning[];
  /** The warnings with a SMIC given / dated: 26+ without a conventional minimum, one given under 26 (D6325-18). */
  adultWithoutConventional: { given: readonly Warning[]; dated: readonly Warning[] };
  conventionalUnder26: { given: readonly Warning[]; dated: readonly Warning[] };
}

const cache = new Map<IsoDate, FastLaw | null>();

function basisPoints(d: { times(n: number): { toString(): string } }): number | undefined {
  const n = Number(d.times(10000).toString());
  return Number.isSafeInteger(n) ? n : undefined;
}

function fastLaw(date: IsoDate): FastLaw | null {
  const hit = cache.get(date);
  if (hit !== undefined) return hit;
  let law: FastLaw | null = null;
  try {
    const l = proPayLaw(date);
    const bps = [l.rates.under21, l.rates.under21Qualified, l.rates.from21, l.rates.from21Qualified, l.smicShare, l.conventionalShare].map(basisPoints);
    let smicArticles: readonly string[] = [];
    let hourlyCents: number | undefined;
    let smicMonthlyCents: number | undefined;
    let smicWarnings: readonly Warning[] = [];
    try {
      const smic = smicOn(date);
      hourlyCents = hundredths(Number(smic.hourly.toString()));
      smicMonthlyCents = hundredths(Number(smic.monthly.toString()));
      smicArticles = smic.articles;
      smicWarnings = smic.warnings;
    } catch {
      hourlyCents = undefined; // no SMIC for that date: only the given-SMIC form is fast
    }
    if (bps.every((b) => b !== undefined) && Number.isInteger(l.legalWeeklyHours)) {
      const [under21, under21Qualified, from21, from21Qualified, smic, conventional] = bps as number[];
      law = {
        bp: { under21, under21Qualified, from21, from21Qualified, smic, conventional },
        higherBand: l.higherBand,
        adultRegime: l.adultRegime,
        minimumAge: l.minimumAge,
        legal: l.legalWeeklyHours,
        maxHours: l.maxWeeklyHours,
        hourlyCents,
        smicMonthlyCents,
        longest: longestOn(date),
        articlesGiven: { rates: l.ratesArticles, adult: l.adultArticles },
        articlesDated: { rates: [...smicArticles, ...l.ratesArticles], adult: [...smicArticles, ...l.adultArticles] },
        smicWarnings,
        adultWithoutConventional: { given: [CONVENTIONAL_NOT_STATED], dated: [...smicWarnings, CONVENTIONAL_NOT_STATED] },
        conventionalUnder26: { given: [CONVENTIONAL_UNDER_26], dated: [...smicWarnings, CONVENTIONAL_UNDER_26] },
      };
    }
  } catch {
    law = null; // no law for that date: the slow path reports it
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(date, law);
  return law;
}

/** The longest action in force on a date, or 0 (no fast schedule) before the earliest version. */
function longestOn(date: IsoDate): number {
  try {
    return longestAction(date);
  } catch {
    return 0;
  }
}

const NO_WARNINGS: readonly Warning[] = [];

/** Paid hours of an overtime week as an integer count of 1/`scale` hours, with the premium's articles and notes. */
interface FastOvertime {
  units: number;
  scale: number;
  articles: readonly string[];
  warnings: readonly Warning[];
}

const overtimeCache = new Map<string, FastOvertime | null>();

/**
 * Hours above the legal duration: paid hours = legal + (1 + r1) × first hours + (1 + r2) × later hours
 * (L3121-36; one conventional rate for all, L3121-33), exact in 1/10,000 h (hundredths of an hour × basis
 * points), reduced to 1/400 h when it divides (it always does with the legal 25 %/50 %). Null when the slow
 * path must answer (a rate under the floor: its error message).
 */
function fastOvertime(date: IsoDate, centiHours: number, overtimeBp: number | undefined): FastOvertime | null {
  const key = `${date}|${centiHours}|${overtimeBp ?? ''}`;
  const hit = overtimeCache.get(key);
  if (hit !== undefined) return hit;
  let r: FastOvertime | null = null;
  try {
    const o = overtimeOn(centiHours / 100, date, overtimeBp === undefined ? undefined : dec(overtimeBp).div(10000));
    if (o) {
      const e4 = Number(o.paidHours.times(10000).toString());
      if (Number.isSafeInteger(e4))
        r = { units: e4 % 25 === 0 ? e4 / 25 : e4, scale: e4 % 25 === 0 ? 400 : 10000, articles: o.articles, warnings: [...o.warnings, o.note] };
    }
  } catch {
    r = null;
  }
  if (overtimeCache.size > 20_000) overtimeCache.clear();
  overtimeCache.set(key, r);
  return r;
}

/**
 * `smicCents` / `conventionalCents` / `weeklyCentiHours` are hundredths (see `hundredths`); undefined when
 * omitted. Returns undefined whenever the fast form does not apply (the caller then uses proMinimum, which
 * also produces every error message).
 */
export function proMinimumFast(
  age: number,
  professionalBacLevel: boolean,
  date: IsoDate,
  smicCents: number | undefined,
  conventionalCents: number | undefined,
  weeklyCentiHours: number | undefined,
  /** Conventional overtime premium in basis points (2500 = 25 %); default the legal premium. */
  overtimeBp?: number,
): FastMinimum | undefined {
  const law = fastLaw(date);
  if (law === null || !Number.isInteger(age) || age < law.minimumAge || age > 120) return undefined;
  const centiHours = weeklyCentiHours ?? law.legal * 100;
  if (centiHours <= 0 || centiHours > law.maxHours * 100) return undefined;
  // Paid hours in 1/scale h: the weekly hours, or with the overtime premium folded in above the legal duration.
  let hours = centiHours;
  let scale = 100;
  let ot: FastOvertime | null = null;
  if (centiHours > law.legal * 100) {
    ot = fastOvertime(date, centiHours, overtimeBp);
    if (ot === null) return undefined;
    hours = ot.units;
    scale = ot.scale;
  }
  const adult = age >= law.adultRegime;
  const rateBp = adult ? law.bp.smic : bandRate(law.bp, law.higherBand, age, professionalBacLevel);

  let cents: number;
  let num: number;
  let den: number;
  const articles = smicCents === undefined ? law.articlesDated : law.articlesGiven;
  if (smicCents !== undefined) {
    // smic × hours/legal × rate, in cents: S × H × R / (100 × legal × 10⁴)
    if (smicCents <= 0 || smicCents > 1e8) return undefined;
    const n = smicCents * hours * rateBp;
    if (!Number.isSafeInteger(n)) return undefined;
    num = n;
    den = scale * law.legal * 10000;
  } else {
    // hourly × hours × 52/12 × rate: h × H × 52 × R / (100 × 12 × 10⁴)
    if (law.hourlyCents === undefined) return undefined;
    const n = law.hourlyCents * hours * 52 * rateBp;
    if (!Number.isSafeInteger(n)) return undefined;
    num = n;
    den = scale * 12 * 10000;
  }
  cents = ceilDiv(num, den);
  const smicWarnings = smicCents === undefined ? law.smicWarnings : NO_WARNINGS;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a negative or huge conventional minimum gives the same cent on either path (the SMIC, or a product checked below)
  if (conventionalCents !== undefined && (conventionalCents < 0 || conventionalCents > 1e8)) return undefined;
  if (adult) {
    // 26+ without a conventional minimum: the SMIC share alone, said (D6325-18)
    if (conventionalCents === undefined) return withOvertime(ot, { cents, num, den, articles: articles.adult, warnings: smicCents === undefined ? law.adultWithoutConventional.dated : law.adultWithoutConventional.given });
    const n = conventionalCents * law.bp.conventional * hours;
    if (!Number.isSafeInteger(n)) return undefined;
    const convDen = 10000 * scale * law.legal;
    // the larger exact fraction, compared exactly (the cross products may pass 2^53)
    if (BigInt(n) * BigInt(den) > BigInt(num) * BigInt(convDen)) {
      num = n;
      den = convDen;
    }
    cents = ceilDiv(num, den);
    return withOvertime(ot, { cents, num, den, articles: articles.adult, warnings: smicWarnings });
  }
  // under 26 a conventional minimum given is not used, and that is said (D6325-18)
  return withOvertime(ot, { cents, num, den, articles: articles.rates, warnings: conventionalCents === undefined ? smicWarnings : smicCents === undefined ? law.conventionalUnder26.dated : law.conventionalUnder26.given });
}

/** The overtime articles and notes first, as the big.js path cites them. */
function withOvertime(ot: FastOvertime | null, r: FastMinimum): FastMinimum {
  if (ot === null) return r;
  return { cents: r.cents, num: r.num, den: r.den, articles: [...ot.articles, ...r.articles.filter((a) => !ot.articles.includes(a))], warnings: [...ot.warnings, ...r.warnings] };
}

// --- Dates as integers inside a call: yyyymmdd keys compare like the ISO strings -----------------------

const keyOf = (d: Ymd) => d.y * 10000 + d.m * 100 + d.d;

/** The month and day of the `years`-th birthday (29 February on 1 March in a common year, decision "feb29-birthday"). */
function birthdayKey(b: Ymd, years: number): number {
  const y = b.y + years;
  return b.m === 2 && b.d === 29 && !isLeapYear(y) ? y * 10000 + 301 : y * 10000 + b.m * 100 + b.d;
}

/** Age in whole years on `t` (the `ageOn` of dates.ts for a birth before `t`). */
function ageYmd(b: Ymd, t: Ymd): number {
  const age = t.y - b.y;
  return keyOf(t) < birthdayKey(b, age) ? age - 1 : age;
}

/** The 1st of the month after the `years`-th birthday (D6325-16), as a key. */
function monthAfterBirthdayKey(b: Ymd, years: number): number {
  const k = birthdayKey(b, years);
  const y = Math.floor(k / 10000);
  const m = Math.floor(k / 100) % 100;
  return m === 12 ? (y + 1) * 10000 + 101 : y * 10000 + (m + 1) * 100 + 1;
}

export interface FastMinimumAt extends FastMinimum {
  /** Age on the date asked. */
  age: number;
  /** The 26+ regime, decided at the contract start (decision "adult-regime-at-start"). */
  adultRegime: boolean;
}

/**
 * `proMinimumAt` (pay.ts) in integers: the age on the start decides the regime, the band of the month is the
 * 21+ one only from the 1st of the month after the 21st birthday (D6325-16). Undefined whenever the big.js
 * path must answer (its checks and messages); the same cent, articles and warnings (property-tested).
 */
export function proMinimumAtFast(
  birthDate: IsoDate,
  date: IsoDate,
  start: IsoDate,
  professionalBacLevel: boolean,
  conventionalCents: number | undefined,
  weeklyCentiHours: number | undefined,
  overtimeBp?: number,
): FastMinimumAt | undefined {
  const b = parseIso(birthDate);
  const s = parseIso(start);
  const d = parseIso(date);
  if (!b || !s || !d || keyOf(b) >= keyOf(s) || keyOf(d) < keyOf(s)) return undefined;
  const startLaw = fastLaw(start);
  const law = fastLaw(date);
  if (startLaw === null || law === null) return undefined;
  const startAge = ageYmd(b, s);
  if (startAge < startLaw.minimumAge || startAge > 120) return undefined;
  const adultRegime = startAge >= startLaw.adultRegime;
  const age = ageYmd(b, d);
  let bandAge = age;
  if (!adultRegime) {
    if (age >= law.higherBand && keyOf(d) < monthAfterBirthdayKey(b, law.higherBand)) bandAge = law.higherBand - 1;
    bandAge = Math.min(bandAge, startLaw.adultRegime - 1);
  }
  // proMinimumFast chooses the regime by the band age on `date`: it must be the one decided at the start
  if (bandAge >= law.adultRegime !== adultRegime) return undefined;
  const r = proMinimumFast(bandAge, professionalBacLevel, date, undefined, conventionalCents, weeklyCentiHours, overtimeBp);
  return r && { cents: r.cents, num: r.num, den: r.den, articles: r.articles, warnings: r.warnings, age, adultRegime };
}

/** One month of `proSalarySchedule` in integers (euros are cents / 100, the rate basis points / 10,000). */
export interface FastScheduleRow {
  month: IsoDate;
  age: number;
  rateBp: number;
  smicCents: number;
  minimumCents: number;
  days: number;
  daysInMonth: number;
  dueCents: number;
}

export interface FastSchedule {
  rows: FastScheduleRow[];
  articles: string[];
  warnings: Warning[];
}

const monthIso = new Map<number, IsoDate>();
/** The ISO 1st of a month, kept once per month (a schedule names every month it covers). */
function firstOfMonthIso(y: number, m: number): IsoDate {
  const k = y * 100 + m;
  let s = monthIso.get(k);
  // Stryker disable next-line ConditionalExpression: cache — a miss writes the same text
  if (s === undefined) {
    s = `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-01`;
    monthIso.set(k, s);
  }
  return s;
}

let midMonthChanges: number[] | undefined;
/** Days, not a 1st, on which a parameter of the minimum takes a new value (a month then splits: the big.js path). */
function changesNotOnThe1st(): number[] {
  return (midMonthChanges ??= PAY_PARAMETERS.flatMap((p) => p.versions.map((v) => parseIso(v.validFrom))).filter((v): v is Ymd => v !== undefined && v.d !== 1).map(keyOf));
}

/**
 * `proSalarySchedule` (pay.ts) in integers, for calendar proration: each month's minimum by proMinimumFast,
 * a partial month's due as ⌈exact × days covered / days in the month⌉ to the cent. Undefined whenever the
 * big.js path must answer (a check failing, a month split by a mid-month change of the law, an input the
 * integer path declines); the same figures, articles and warnings (property-tested).
 */
export function proSalaryScheduleFast(
  birthDate: IsoDate,
  start: IsoDate,
  end: IsoDate,
  professionalBacLevel: boolean,
  conventionalCents: number | undefined,
  weeklyCentiHours: number | undefined,
  overtimeBp?: number,
): FastSchedule | undefined {
  const b = parseIso(birthDate);
  const s = parseIso(start);
  const e = parseIso(end);
  if (!b || !s || !e) return undefined;
  const startKey = keyOf(s);
  const endKey = keyOf(e);
  const startLaw = fastLaw(start);
  if (startLaw === null || endKey < startKey || keyOf(b) >= startKey) return undefined;
  // the longest contract in force at the start (L6325-11, L6325-12): ends before the same day `longest` months on
  const total = s.y * 12 + s.m - 1 + startLaw.longest;
  const ly = Math.floor(total / 12);
  const lm = (total % 12) + 1;
  if (startLaw.longest <= 0 || endKey >= ly * 10000 + lm * 100 + Math.min(s.d, daysInMonth(ly, lm))) return undefined;
  // a month split by a change of the law is the big.js path's (monthDue over its parts)
  for (const c of changesNotOnThe1st()) if (c > startKey && c <= endKey) return undefined;
  let age = ageYmd(b, s);
  if (age < startLaw.minimumAge || age > 120) return undefined;
  const adultRegime = age >= startLaw.adultRegime;
  const higherFrom = monthAfterBirthdayKey(b, startLaw.higherBand);
  let nextBirthday = birthdayKey(b, age + 1);
  const articles: string[] = [];
  const warnings: Warning[] = [];
  const rows: FastScheduleRow[] = [];
  for (let y = s.y, m = s.m; y * 100 + m <= e.y * 100 + e.m; m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    const firstMonth = y === s.y && m === s.m;
    const lastMonth = y === e.y && m === e.m;
    const month = firstOfMonthIso(y, m);
    const day = firstMonth ? start : month;
    const dayKey = firstMonth ? startKey : y * 10000 + m * 100 + 1;
    while (dayKey >= nextBirthday) nextBirthday = birthdayKey(b, ++age + 1);
    // contractBandAge: the age itself in the 26+ regime, else the 21+ band from the D6325-16 date only
    const bandAge = adultRegime ? age : dayKey >= higherFrom ? startLaw.higherBand : Math.min(age, startLaw.higherBand - 1);
    const law = fastLaw(day);
    const r = proMinimumFast(bandAge, professionalBacLevel, day, undefined, conventionalCents, weeklyCentiHours, overtimeBp);
    if (law === null || r === undefined || law.smicMonthlyCents === undefined) return undefined;
    for (const a of r.articles) if (!articles.includes(a)) articles.push(a);
    for (const w of r.warnings) if (!warnings.some((x) => x.code === w.code && x.message.en === w.message.en)) warnings.push(w);
    const inMonth = daysInMonth(y, m);
    const covered = (lastMonth ? e.d : inMonth) - (firstMonth ? s.d : 1) + 1;
    let dueCents = r.cents;
    if (covered !== inMonth) {
      // decision "prorate-calendar-days": the exact minimum × days covered / days in the month, rounded up once
      const n = r.num * covered;
      const d = r.den * inMonth;
      if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d)) return undefined;
      dueCents = ceilDiv(n, d);
    }
    rows.push({
      month,
      age,
      rateBp: adultRegime ? law.bp.smic : bandRate(law.bp, law.higherBand, bandAge, professionalBacLevel),
      smicCents: law.smicMonthlyCents,
      minimumCents: r.cents,
      days: covered,
      daysInMonth: inMonth,
      dueCents,
    });
  }
  if (!adultRegime && !articles.includes('D6325-16')) articles.push('D6325-16');
  return { rows, articles, warnings };
}
