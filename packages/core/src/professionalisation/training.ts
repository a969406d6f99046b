/**
 * Training hours (L6325-13): between 15 % of the contract's total hours (at least 150 h in total, decision
 * "training-floor-in-total") and 25 %; a branch agreement may go above 25 % (L6325-14). When 150 h exceeds 25 % (under 600 h of
 * contract) the bounds conflict: status REQUIRES_BRANCH_AGREEMENT, never a silent clamp (decision "training-floor-conflict").
 * Total hours = months × weekly hours × 52/12. The minimum is rounded up and the maximum down to the
 * hundredth of an hour, so the range never leaves the legal bounds.
 */
import { invalidArgument } from '../errors.js';
import { Trail, type Explained } from '../explain.js';
import { inForce } from '../law/store.js';
import { PRO_ACTION_DURATION, PRO_TRAINING_SHARE } from '../law/params/professionalisation.js';
import { Big, dec, maxDec, weeklyToMonthly, type Decimal } from '../money.js';
import type { IsoDate } from '../dates.js';
import { checkWeeklyHours, legalWeeklyHours } from './pay-law.js';

export interface TrainingBounds {
  contractHours: Decimal;
  min: Decimal;
  max: Decimal;
  status: 'ok' | 'REQUIRES_BRANCH_AGREEMENT';
}

export function proTrainingBounds(input: { months: number; weeklyHours?: number; date: IsoDate }): Explained<TrainingBounds> {
  const date = input.date;
  const weekly = input.weeklyHours ?? legalWeeklyHours(date);
  const longest = longestAction(date);
  if (!Number.isFinite(input.months) || input.months <= 0 || input.months > longest)
    throw invalidArgument('duration_months', `${input.months} is not a contract length in months (above 0, at most ${longest}, L6325-11, L6325-12)`, `${input.months} n'est pas une durée de contrat en mois (plus de 0, au plus ${longest}, L6325-11, L6325-12)`, ['L6325-11', 'L6325-12']);
  checkWeeklyHours(weekly, 'weekly_hours', date);
  const { version, warnings } = inForce(PRO_TRAINING_SHARE, date);
  const t = new Trail().cite(...version.articles);
  warnings.forEach((w) => t.warn(w));
  const weeklyTotal = dec(String(input.months)).times(dec(String(weekly)));
  const contractHours = weeklyToMonthly(weeklyTotal);
  const min = maxDec(weeklyToMonthly(weeklyTotal.times(version.value.minShare)), dec(version.value.floorHours)).round(2, Big.roundUp);
  const max = weeklyToMonthly(weeklyTotal.times(version.value.maxShare)).round(2, Big.roundDown);
  const status = min.gt(max) ? 'REQUIRES_BRANCH_AGREEMENT' : 'ok';
  if (status !== 'ok') {
    t.cite('L6325-14');
    t.warn({
      code: 'REQUIRES_BRANCH_AGREEMENT',
      message: {
        en: `the 150-hour floor (${min.toString()} h) is above 25 % of the contract (${max.toString()} h): only a branch agreement allowing more than 25 % makes the contract possible (L6325-14)`,
        fr: `le plancher de 150 heures (${min.toString()} h) dépasse 25 % du contrat (${max.toString()} h) : seul un accord de branche autorisant plus de 25 % permet ce contrat (L6325-14)`,
      },
      articles: ['L6325-13', 'L6325-14'],
    });
  }
  return t.done({ contractHours, min, max, status });
}

/** The longest contract or action the law allows on `date` (priority public or branch agreement, L6325-11, L6325-12). */
export function longestAction(date: IsoDate): number {
  const v = inForce(PRO_ACTION_DURATION, date).version.value;
  return Math.max(v.max, v.maxWithAgreement, v.maxPriority);
}
