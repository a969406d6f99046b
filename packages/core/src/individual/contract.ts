/**
 * Training contract between a provider and an individual paying for themselves (L6353-3 to L6353-7):
 * 10 days to retract from signature, the day of signature not counted (L6353-5); nothing payable before,
 * then at most 30 % of the price (L6353-6), a cap rounded DOWN to the cent so it is never exceeded; on force majeure only the services delivered are paid, pro rata
 * (L6353-7: delivered hours / planned hours). Not modelled: postponement of a deadline on a holiday.
 */
import { addDays, type IsoDate } from '../dates.js';
import { invalidArgument } from '../errors.js';
import { Trail, type Explained } from '../explain.js';
import { inForce } from '../law/store.js';
import { INDIVIDUAL_CONTRACT } from '../law/params/individual.js';
import { amountToCents, capToCents, dec, type Decimal } from '../money.js';

export function retractionDeadline(signature: IsoDate): Explained<IsoDate> {
  const law = inForce(INDIVIDUAL_CONTRACT, signature, 'signature_date');
  return new Trail().cite('L6353-5').done(addDays(signature, law.version.value.retractionDays));
}

export function maxAdvance(price: Decimal, date: IsoDate): Explained<Decimal> {
  const law = inForce(INDIVIDUAL_CONTRACT, date);
  return new Trail().cite('L6353-6').done(capToCents(price.times(law.version.value.maxAdvanceShare)));
}

export function forceMajeureDue(price: Decimal, deliveredHours: number, plannedHours: number): Explained<Decimal> {
  if (!Number.isFinite(plannedHours) || plannedHours <= 0) throw invalidArgument('planned_hours', `${plannedHours} is not a planned number of hours above 0`, `${plannedHours} n'est pas un nombre d'heures prévu supérieur à 0`);
  if (!Number.isFinite(deliveredHours) || deliveredHours < 0 || deliveredHours > plannedHours)
    throw invalidArgument('delivered_hours', `${deliveredHours} is not between 0 and the planned ${plannedHours} hours`, `${deliveredHours} n'est pas compris entre 0 et les ${plannedHours} heures prévues`);
  return new Trail().cite('L6353-7').done(amountToCents(price.times(dec(deliveredHours)).div(dec(plannedHours))));
}
