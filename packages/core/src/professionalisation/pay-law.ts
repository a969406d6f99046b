/**
 * The law a professionalisation minimum reads on a date (L6325-8, L6325-9, D6325-15, D6325-16, D6325-18, L3121-20,
 * L3121-27), gathered once per date, and the choices every path makes from it: the share of the SMIC for an
 * age band (bandRate), the band of a month (D6325-16). pay.ts (big.js), pay-fast.ts (integers) and the monthly
 * schedule and segments all read it from here, so neither minimum module imports the other.
 */
import { ageOn, compareDates, firstDayOfMonthAfterBirthday, type Feb29Rule, type IsoDate } from '../dates.js';
import { invalidArgument } from '../errors.js';
import type { Warning } from '../explain.js';
import { inForce, type Parameter } from '../law/store.js';
import { PRO_ADULT_FLOOR, PRO_AGE_BANDS, PRO_ELIGIBILITY_AGES, PRO_RATES } from '../law/params/professionalisation.js';
import { LEGAL_WEEKLY_HOURS, MAX_WEEKLY_HOURS, OVERTIME_PREMIUM } from '../law/params/working-time.js';
import { SMIC_HOURLY } from '../law/params/smic.js';
import { dec, type Decimal } from '../money.js';

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

/** The four D6325-15 shares, in any unit (decimals for big.js, basis points for the integer path). */
export interface BandRates<T> {
  under21: T;
  under21Qualified: T;
  from21: T;
  from21Qualified: T;
}

/** The D6325-15 share for an age band under 26: from `higherBand` (21) the higher pair, with a professional bac level the higher of each pair. */
export function bandRate<T>(rates: BandRates<T>, higherBand: number, bandAge: number, professionalBacLevel: boolean): T {
  if (bandAge >= higherBand) return professionalBacLevel ? rates.from21Qualified : rates.from21;
  return professionalBacLevel ? rates.under21Qualified : rates.under21;
}

/**
 * The age that selects a month's band in a contract: the age itself in the 26+ regime (decided at the start,
 * decision "adult-regime-at-start"); otherwise the 21+ band only from the 1st of the month after the 21st
 * birthday (D6325-16, `higherFrom`), and never the adult band.
 */
export function contractBandAge(age: number, day: IsoDate, adultRegime: boolean, higherFrom: IsoDate, law: Pick<ProPayLaw, 'higherBand'>): number {
  if (adultRegime) return age;
  return compareDates(day, higherFrom) >= 0 ? law.higherBand : Math.min(age, law.higherBand - 1);
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

/** The parameters a minimum depends on: a new version of one inside a contract starts a new segment. */
export const PAY_PARAMETERS: readonly Parameter<unknown>[] = [SMIC_HOURLY, PRO_RATES, PRO_ADULT_FLOOR, LEGAL_WEEKLY_HOURS, OVERTIME_PREMIUM] as Parameter<unknown>[];

/** 26+ with no conventional minimum given: only the SMIC share could be checked (D6325-18). */
export const CONVENTIONAL_NOT_STATED: Warning = {
  code: 'CONVENTIONAL_MINIMUM_NOT_STATED',
  message: {
    en: 'aged 26 or more: the minimum is the higher of the SMIC and 85 % of the conventional minimum, which was not given',
    fr: "26 ans ou plus : le minimum est le plus élevé du SMIC et de 85 % du minimum conventionnel, qui n'a pas été indiqué",
  },
  articles: ['D6325-18'],
};

/** A conventional minimum given under 26: not used, the 85 % test applies only from 26 (D6325-18). */
export const CONVENTIONAL_UNDER_26: Warning = {
  code: 'CONVENTIONAL_MINIMUM_UNDER_26',
  message: {
    en: 'under 26 the legal minimum is a share of the SMIC; the 85 % conventional test (D6325-18) applies only from 26, so the conventional minimum was not used',
    fr: "avant 26 ans le minimum légal est une part du SMIC ; le test des 85 % du minimum conventionnel (D6325-18) ne s'applique qu'à partir de 26 ans",
  },
  articles: ['D6325-18'],
};
