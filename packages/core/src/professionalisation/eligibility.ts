/**
 * Who may sign a contrat de professionnalisation (L6325-1) and who is "public prioritaire" (L6325-1-1).
 * 1° persons aged 16 to 25 révolus; 2° jobseekers aged 26 or more; 3° RSA, ASS or AAH beneficiaries, or
 * persons who held a CUI, at any age. Age is assessed on the start date (decision "eligibility-age-at-start").
 * Priority: (a) 1° persons without upper-secondary completion nor a technological or professional diploma;
 * (b) 1° or 2° persons registered as jobseekers for more than one year; (c) every 3° person.
 */
import { ageOn, type IsoDate } from '../dates.js';
import { Trail, type Explained } from '../explain.js';
import { inForce } from '../law/store.js';
import { PRO_ELIGIBILITY_AGES, PRO_PRIORITY_JOBSEEKER_MONTHS } from '../law/params/professionalisation.js';
import type { Qualification } from './qualification.js';

export type Benefit = 'RSA' | 'ASS' | 'AAH' | 'CUI';

export interface EligibilityInput {
  birthDate: IsoDate;
  start: IsoDate;
  jobseeker?: boolean;
  jobseekerOver1y?: boolean;
  /** Months registered as a jobseeker (instead of jobseekerOver1y): priority when more than 12 (L6325-1-1). */
  jobseekerMonths?: number;
  benefit?: Benefit | null;
  qualification?: Qualification;
}

export interface Eligibility {
  eligible: boolean;
  /** Which paragraph of L6325-1 opens the contract; null when none does. */
  category: '1°' | '2°' | '3°' | null;
  priority: boolean;
  age: number;
}

export function proEligibility(input: EligibilityInput): Explained<Eligibility> {
  const ages = inForce(PRO_ELIGIBILITY_AGES, input.start).version.value;
  const age = ageOn(input.birthDate, input.start);
  const t = new Trail().cite('L6325-1');
  let category: Eligibility['category'] = null;
  if (input.benefit) category = '3°';
  else if (age >= ages.minimum && age <= ages.youthUpTo) category = '1°';
  else if (age >= ages.jobseekerFrom && input.jobseeker) category = '2°';
  if (age < ages.minimum && category === '3°') category = null; // no contract below 16 (no derogation)
  let priority = false;
  if (category === '3°') priority = true;
  else if (category === '1°' && input.qualification?.noSecondCycleNorDiploma) priority = true;
  else if ((category === '1°' || category === '2°') && registeredOverPriorityMonths(input)) priority = true;
  if (priority) t.cite('L6325-1-1');
  return t.done({ eligible: category !== null, category, priority, age });
}

/** "Inscrits depuis plus d'un an" (L6325-1-1): stated as such, or more than the months of the law on the start date. */
function registeredOverPriorityMonths(input: EligibilityInput): boolean {
  // Stryker disable next-line ConditionalExpression: with neither stated, undefined > months is false too
  if (input.jobseekerOver1y !== undefined || input.jobseekerMonths === undefined) return input.jobseekerOver1y === true;
  return input.jobseekerMonths > inForce(PRO_PRIORITY_JOBSEEKER_MONTHS, input.start).version.value;
}
