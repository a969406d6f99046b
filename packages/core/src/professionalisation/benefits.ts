/**
 * Benefits in kind of a contrat de professionnalisation holder (D6325-17): the employer may deduct them from
 * the salary within 75 % of the deduction allowed for the other employees, and the deductions of a month
 * never exceed three quarters of the salary due. The deduction is rounded DOWN to the cent: a cap is never
 * overstated (decision "cap-rounds-down").
 * Not modelled: the value of each benefit (the ordinary deduction is the user's, from the social-security
 * scales or the convention).
 */
import type { IsoDate } from '../dates.js';
import { invalidArgument } from '../errors.js';
import { Trail, type Explained } from '../explain.js';
import { inForce } from '../law/store.js';
import { PRO_BENEFITS_IN_KIND } from '../law/params/professionalisation.js';
import { capToCents, minDec, type Decimal } from '../money.js';

export interface BenefitsInKindInput {
  /** The deduction the other employees' benefits allow for the month (€). */
  ordinaryDeduction: Decimal;
  /** The salary due for the month before the deduction (€). */
  salary: Decimal;
  date: IsoDate;
}

export interface BenefitsInKindDeduction {
  /** The most that may be deducted this month. */
  maximum: Decimal;
  /** Which cap binds: 75 % of the ordinary deduction, or ¾ of the salary. */
  limitedBy: 'deduction' | 'salary';
}

export function proBenefitsInKindDeduction(input: BenefitsInKindInput): Explained<BenefitsInKindDeduction> {
  for (const [field, v] of [['ordinary_deduction', input.ordinaryDeduction], ['salary', input.salary]] as const)
    if (v.lt(0)) throw invalidArgument(field, `${v.toString()} is not an amount`, `${v.toString()} n'est pas un montant`);
  const { version, warnings } = inForce(PRO_BENEFITS_IN_KIND, input.date);
  const t = new Trail().cite(...version.articles);
  warnings.forEach((w) => t.warn(w));
  const ofDeduction = input.ordinaryDeduction.times(version.value.deductionShare);
  const ofSalary = input.salary.times(version.value.salaryShare);
  const maximum = capToCents(minDec(ofDeduction, ofSalary));
  return t.done({ maximum, limitedBy: ofDeduction.lte(ofSalary) ? 'deduction' : 'salary' });
}
