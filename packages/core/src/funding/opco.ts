/**
 * What the OPCO pays for a contrat de professionnalisation and its tutor (L6332-14):
 * - training: hours × the branch's hourly level, or the default forfait of D6332-86 (9.15 €/h; 15 €/h for
 *   the priority public of L6325-1-1, and from 2020-10-01 for GEIQ insertion paths);
 * - tutor training: at most 15 €/h for at most 40 h, and never more than the cost (D6332-92);
 * - tutor role: at most 230 €/month for 6 months, +50 % if the tutor is 45 or more or the tutee priority
 *   (D6332-93; age taken at the start of the tutoring, decision "tutor-age-at-tutoring-start").
 * Amounts are ceilings ("dans la limite de"); rounding half-up to the cent.
 * Not modelled: flat per-contract branch levels (D6332-85), the < 50 employees top-up (D6332-88).
 */
import type { IsoDate } from '../dates.js';
import { invalidArgument } from '../errors.js';
import { Trail, type Explained } from '../explain.js';
import { inForce } from '../law/store.js';
import { OPCO_DEFAULT_FORFAIT, OPCO_TUTOR_AID, OPCO_TUTOR_TRAINING } from '../law/params/funding.js';
import { amountToCents, dec, minDec, type Decimal } from '../money.js';

export interface TrainingFunding {
  hourlyRate: Decimal;
  amount: Decimal;
  basis: 'branch' | 'default' | 'default_priority';
}

export function opcoTrainingFunding(input: { hours: number; branchHourlyRate?: Decimal; priority?: boolean; geiq?: boolean; date: IsoDate }): Explained<TrainingFunding> {
  if (!Number.isFinite(input.hours) || input.hours < 0)
    throw invalidArgument('training_hours', `${input.hours} is not a number of training hours`, `${input.hours} n'est pas un nombre d'heures de formation`);
  const t = new Trail().cite('L6332-14');
  const hours = dec(input.hours);
  if (input.branchHourlyRate !== undefined) {
    return t.cite('D6332-85').done({ hourlyRate: input.branchHourlyRate, amount: amountToCents(hours.times(input.branchHourlyRate)), basis: 'branch' });
  }
  const { version, warnings } = inForce(OPCO_DEFAULT_FORFAIT, input.date);
  // Stryker disable next-line ArrowFunction: the forfait of D6332-86 is a verified text, without warnings today
  warnings.forEach((w) => t.warn(w));
  t.cite(...version.articles);
  const geiqCounts = input.geiq === true && version.value.geiqPriority;
  if (input.geiq && !version.value.geiqPriority)
    t.warn({ code: 'GEIQ_NOT_YET', message: { en: 'GEIQ paths get the 15 €/h forfait only for contracts concluded from 2020-10-01', fr: 'les parcours en GEIQ ne bénéficient du forfait de 15 €/h que pour les contrats conclus à partir du 01/10/2020' }, articles: ['D6332-86'] });
  const priority = input.priority === true || geiqCounts;
  if (input.priority) t.cite('L6325-1-1');
  const rate = dec(priority ? version.value.priority : version.value.standard);
  return t.done({ hourlyRate: rate, amount: amountToCents(hours.times(rate)), basis: priority ? 'default_priority' : 'default' });
}

export function opcoTutorTraining(input: { hours: number; cost: Decimal; date: IsoDate }): Explained<Decimal> {
  if (!Number.isFinite(input.hours) || input.hours < 0)
    throw invalidArgument('hours', `${input.hours} is not a number of hours`, `${input.hours} n'est pas un nombre d'heures`);
  const { version } = inForce(OPCO_TUTOR_TRAINING, input.date);
  const capped = dec(Math.min(input.hours, version.value.maxHours)).times(version.value.hourly);
  return new Trail().cite(...version.articles).done(amountToCents(minDec(input.cost, capped)));
}

export interface TutorAid {
  monthly: Decimal;
  months: number;
  total: Decimal;
  increased: boolean;
}

export function opcoTutorAid(input: { months: number; tutorAge?: number; priority?: boolean; date: IsoDate }): Explained<TutorAid> {
  if (!Number.isFinite(input.months) || input.months < 0)
    throw invalidArgument('months', `${input.months} is not a number of months`, `${input.months} n'est pas un nombre de mois`);
  if (input.tutorAge !== undefined && (!Number.isInteger(input.tutorAge) || input.tutorAge < 18 || input.tutorAge > 100))
    throw invalidArgument('tutor_age', `${input.tutorAge} is not a tutor's age in whole years`, `${input.tutorAge} n'est pas un âge de tuteur en années révolues`);
  const { version } = inForce(OPCO_TUTOR_AID, input.date);
  const v = version.value;
  const t = new Trail().cite(...version.articles);
  // Stryker disable next-line ConditionalExpression: an absent age compares as not reaching any age
  const increased = (input.tutorAge !== undefined && input.tutorAge >= v.increasedFromAge) || input.priority === true;
  if (input.priority) t.cite('L6325-1-1');
  const monthly = dec(v.monthly).times(increased ? dec(1).plus(v.increase) : 1);
  const months = Math.min(input.months, v.maxMonths);
  return t.done({ monthly, months, total: amountToCents(monthly.times(dec(months))), increased });
}
