/**
 * Mobility abroad (L6325-25 I), by version: from 2023-12-29 at most 12 months and at most half of the
 * contract; 2019-08-23 to 2023-12-28 at most 12 months with at least 6 months in France. No such
 * provision before 2019 (#N/A). Not modelled: the mise à disposition convention (III).
 */
import type { IsoDate } from '../dates.js';
import { invalidArgument } from '../errors.js';
import { Trail, type Explained } from '../explain.js';
import { inForce } from '../law/store.js';
import { PRO_ABROAD } from '../law/params/professionalisation.js';
import { Big, dec, minDec, type Decimal } from '../money.js';
import { longestAction } from './training.js';

export function proMaxAbroad(input: { contractMonths: number; date: IsoDate }): Explained<Decimal> {
  const longest = longestAction(input.date);
  if (!Number.isFinite(input.contractMonths) || input.contractMonths <= 0 || input.contractMonths > longest)
    throw invalidArgument('contract_months', `${input.contractMonths} is not a contract length in months (above 0, at most ${longest}, L6325-11, L6325-12)`, `${input.contractMonths} n'est pas une durée de contrat en mois (plus de 0, au plus ${longest}, L6325-11, L6325-12)`, ['L6325-11', 'L6325-12']);
  const { version, warnings } = inForce(PRO_ABROAD, input.date);
  const t = new Trail().cite(...version.articles);
  warnings.forEach((w) => t.warn(w));
  const v = version.value;
  const months = dec(String(input.contractMonths));
  let max = dec(v.maxMonths);
  if (v.maxShare !== null) max = minDec(max, months.times(v.maxShare));
  if (v.minMonthsInFrance !== null) max = minDec(max, months.minus(v.minMonthsInFrance));
  if (max.lt(0)) max = new Big(0);
  return t.done(max);
}
