/**
 * Deadlines, in calendar days, the day of the event not counted (decision "deadline-day-not-counted"): deposit with the OPCO
 * within 5 days after the START of the contract (D6325-1; service-public's "after signature" is not the
 * text, decision "deposit-from-start"), OPCO decision within 20 days of receipt (D6325-2), report of an early termination
 * within 30 days (D6325-5), programme-fit review within 2 months of the start (D6325-13).
 * Not modelled: postponement of a deadline falling on a weekend or holiday (not stated in the texts).
 */
import { addDays, addMonths, type IsoDate } from '../dates.js';
import { Trail, type Explained } from '../explain.js';
import { inForce, type Parameter } from '../law/store.js';
import { PRO_DEPOSIT_DAYS, PRO_OPCO_DECISION_DAYS, PRO_REVIEW_MONTHS, PRO_TERMINATION_REPORT_DAYS } from '../law/params/professionalisation.js';

function daysAfter(p: Parameter<number>, event: IsoDate, field: string): Explained<IsoDate> {
  const { version, warnings } = inForce(p, event, field);
  const t = new Trail().cite(...version.articles);
  warnings.forEach((w) => t.warn(w));
  return t.done(addDays(event, version.value));
}

export const proDepositDeadline = (start: IsoDate) => daysAfter(PRO_DEPOSIT_DAYS, start, 'start_date');
export const proOpcoDecisionDeadline = (receipt: IsoDate) => daysAfter(PRO_OPCO_DECISION_DAYS, receipt, 'receipt_date');
export const proTerminationReportDeadline = (termination: IsoDate) => daysAfter(PRO_TERMINATION_REPORT_DAYS, termination, 'termination_date');

export function proReviewDeadline(start: IsoDate): Explained<IsoDate> {
  const { version } = inForce(PRO_REVIEW_MONTHS, start, 'start_date');
  return new Trail().cite(...version.articles).done(addMonths(start, version.value));
}
