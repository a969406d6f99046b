/**
 * The minimum of `proMinimum` (L6325-8, L6325-9, D6325-15, D6325-18) on the spreadsheet hot path, where
 * thousands of cells recalculate at once: the same fraction, computed in exact INTEGER arithmetic (cents,
 * basis points, hundredths of an hour), every product checked to stay below 2^53 so no rounding can occur.
 * No binary fraction is ever formed: inputs with more decimals than that, or too large, get `undefined`
 * and the caller uses `proMinimum` (big.js). A property test proves both give the same cent.
 */
import type { IsoDate } from '../dates.js';
import type { Warning } from '../explain.js';
import { smicOn } from '../law/smic.js';
import { dec } from '../money.js';
import { overtimeOn } from '../overtime.js';
import { bandRate, proPayLaw } from './pay-law.js';

export interface FastMinimum {
  /** The minimum rounded up to the cent, in cents. */
  cents: number;
  articles: readonly string[];
  warnings: readonly Warning[];
}

/** An amount or a duration as an integer number of hundredths, when it has at most 2 decimals. */
export function hundredths(x: number): number | undefined {
  const h = Math.round(x * 100);
  return Number.isSafeInteger(h) && h / 100 === x ? h : undefined;
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
  articlesGiven: { rates: readonly string[]; adult: readonly string[] };
  articlesDated: { rates: readonly string[]; adult: readonly string[] };
  smicWarnings: readonly Warning[];
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
    let smicWarnings: readonly Warning[] = [];
    try {
      const smic = smicOn(date);
      hourlyCents = hundredths(Number(smic.hourly.toString()));
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
        articlesGiven: { rates: l.ratesArticles, adult: l.adultArticles },
        articlesDated: { rates: [...smicArticles, ...l.ratesArticles], adult: [...smicArticles, ...l.adultArticles] },
        smicWarnings,
      };
    }
  } catch {
    law = null; // no law for that date: the slow path reports it
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(date, law);
  return law;
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
        r = { units: e4 % 25 === 0 ? e4 / 25 : e4, scale: e4 % 25 === 0 ? 400 : 10000, articles: o.articles, warnings: o.note ? [...o.warnings, o.note] : o.warnings };
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
  const articles = smicCents === undefined ? law.articlesDated : law.articlesGiven;
  if (smicCents !== undefined) {
    // smic × hours/legal × rate, in cents: S × H × R / (100 × legal × 10⁴)
    if (smicCents <= 0 || smicCents > 1e8) return undefined;
    const n = smicCents * hours * rateBp;
    if (!Number.isSafeInteger(n)) return undefined;
    cents = ceilDiv(n, scale * law.legal * 10000);
  } else {
    // hourly × hours × 52/12 × rate: h × H × 52 × R / (100 × 12 × 10⁴)
    if (law.hourlyCents === undefined) return undefined;
    const n = law.hourlyCents * hours * 52 * rateBp;
    if (!Number.isSafeInteger(n)) return undefined;
    cents = ceilDiv(n, scale * 12 * 10000);
  }
  if (adult) {
    if (conventionalCents === undefined) return undefined; // the slow path adds the warning
    if (conventionalCents < 0 || conventionalCents > 1e8) return undefined;
    const n = conventionalCents * law.bp.conventional * hours;
    if (!Number.isSafeInteger(n)) return undefined;
    cents = Math.max(cents, ceilDiv(n, 10000 * scale * law.legal));
    return withOvertime(ot, { cents, articles: articles.adult, warnings: smicCents === undefined ? law.smicWarnings : NO_WARNINGS });
  }
  if (conventionalCents !== undefined) return undefined; // the slow path adds its warning
  return withOvertime(ot, { cents, articles: articles.rates, warnings: smicCents === undefined ? law.smicWarnings : NO_WARNINGS });
}

/** The overtime articles and notes first, as the big.js path cites them. */
function withOvertime(ot: FastOvertime | null, r: FastMinimum): FastMinimum {
  if (ot === null) return r;
  return { cents: r.cents, articles: [...ot.articles, ...r.articles.filter((a) => !ot.articles.includes(a))], warnings: [...ot.warnings, ...r.warnings] };
}
