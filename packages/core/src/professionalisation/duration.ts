/**
 * Duration of the action de professionnalisation (L6325-11, L6325-12): 6 to 12 months; up to 24 months
 * where a branch agreement provides it; up to 36 months for L6325-1-1 persons from 2019-01-01 (24 before).
 * Not modelled: which beneficiaries or qualifications a given branch agreement covers.
 */
import type { IsoDate } from '../dates.js';
import { invalidArgument } from '../errors.js';
import { Trail, type Explained } from '../explain.js';
import { inForce } from '../law/store.js';
import { PRO_ACTION_DURATION } from '../law/params/professionalisation.js';

export interface DurationBounds {
  min: number;
  max: number;
}

export function proActionBounds(input: { priority: boolean; branchAgreement: boolean; date: IsoDate }): Explained<DurationBounds> {
  const { version, warnings } = inForce(PRO_ACTION_DURATION, input.date);
  const t = new Trail().cite('L6325-11');
  warnings.forEach((w) => t.warn(w));
  const v = version.value;
  let max = v.max;
  if (input.branchAgreement) {
    max = Math.max(max, v.maxWithAgreement);
    t.cite('L6325-12');
  }
  if (input.priority) {
    max = Math.max(max, v.maxPriority);
    t.cite('L6325-1-1');
  }
  return t.done({ min: v.min, max });
}

export type DurationVerdict = 'ok' | 'too_short' | 'too_long';

/** Checks an action length in months against the bounds in force on its start date. */
export function checkActionDuration(input: { months: number; priority: boolean; branchAgreement: boolean; date: IsoDate }): Explained<{ verdict: DurationVerdict; bounds: DurationBounds }> {
  if (!Number.isFinite(input.months) || input.months <= 0)
    throw invalidArgument('duration_months', `${input.months} is not a positive number of months`, `${input.months} n'est pas un nombre de mois positif`);
  const t = new Trail();
  const bounds = t.use(proActionBounds(input));
  const verdict: DurationVerdict = input.months < bounds.min ? 'too_short' : input.months > bounds.max ? 'too_long' : 'ok';
  return t.done({ verdict, bounds });
}
