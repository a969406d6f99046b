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
import { Big, dec, fromCents, hundredths, maxDec, weeklyToMonthly, type Decimal } from '../money.js';
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
  const { min, max } = integerBounds(input.months, weekly, version.value) ?? {
    min: maxDec(weeklyToMonthly(weeklyTotal.times(version.value.minShare)), dec(version.value.floorHours)).round(2, Big.roundUp),
    max: weeklyToMonthly(weeklyTotal.times(version.value.maxShare)).round(2, Big.roundDown),
  };
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
  return t.done(new Bounds(weeklyTotal, min, max, status));
}

/** The longest contract or action the law allows on `date` (priority public or branch agreement, L6325-11, L6325-12). */
export function longestAction(date: IsoDate): number {
  const v = inForce(PRO_ACTION_DURATION, date).version.value;
  return Math.max(v.max, v.maxWithAgreement, v.maxPriority);
}

/** The bounds, with the contract's total hours worked out only when read (a message quotes them). */
class Bounds implements TrainingBounds {
  constructor(
    private readonly weeklyTotal: Decimal,
    readonly min: Decimal,
    readonly max: Decimal,
    readonly status: TrainingBounds['status'],
  ) {}
  get contractHours(): Decimal {
    return weeklyToMonthly(this.weeklyTotal);
  }
}

/** A share in basis points ('0.15' → 1500), once per version of the law. */
const basisPoints = new Map<string, number>();
// Stryker disable next-line BlockStatement: no basis points sends the bounds to big.js, which gives the same bounds
function bp(share: string): number {
  let b = basisPoints.get(share);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache; a missing value sends the bounds to big.js, the same bounds
  if (b === undefined) basisPoints.set(share, (b = Number(dec(share).times(10000).toString())));
  return b;
}

/**
 * min and max in exact integers when the months and the weekly hours have at most 2 decimals: hundredths of
 * an hour = months × hours × share × 52/12, each in hundredths or basis points (M × W × S × 52 / (12 × 10⁶)),
 * the minimum rounded up, the maximum down, as the big.js form does; else undefined (big.js answers).
 */
// Stryker disable next-line BlockStatement: no integer bounds sends the computation to big.js, which gives the same bounds
function integerBounds(months: number, weekly: number, v: { minShare: string; floorHours: number; maxShare: string }): { min: Decimal; max: Decimal } | undefined {
  const m = hundredths(months);
  const w = hundredths(weekly);
  if (m === undefined || w === undefined) return undefined;
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: the law states the floor in whole hours (150 h), so big.js is never needed for it
  if (!Number.isInteger(v.floorHours)) return undefined;
  const minN = m * w * bp(v.minShare) * 52;
  const maxN = m * w * bp(v.maxShare) * 52;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BooleanLiteral: at most 36 months of 48 h the products stay far below 2^53
  if (!Number.isSafeInteger(minN) || !Number.isSafeInteger(maxN)) return undefined;
  const den = 12_000_000;
  const minH = (minN - (minN % den)) / den + (minN % den === 0 ? 0 : 1);
  const maxH = (maxN - (maxN % den)) / den;
  // fromCents reads any whole number of hundredths
  return { min: fromCents(Math.max(minH, v.floorHours * 100)), max: fromCents(maxH) };
}
