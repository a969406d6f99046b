/**
 * Renewal of a CDD contrat pro (L6325-7): once, when the holder (1°) obtained the qualification and prepares
 * a higher or complementary one, or (2°) did not obtain it because of exam failure, maternity, illness, work
 * accident, occupational disease or failure of the training body. Adoption is not in the list (decision "renewal-adoption-not-listed").
 */
import type { IsoDate } from '../dates.js';
import { Trail, type Explained } from '../explain.js';
import { inForce } from '../law/store.js';
import { PRO_RENEWAL } from '../law/params/professionalisation.js';

export type RenewalGround = 'higher_qualification' | 'exam_failure' | 'maternity' | 'illness' | 'work_accident' | 'occupational_disease' | 'training_body_failure' | 'other';

export function renewalAllowed(input: { renewalsSoFar: number; ground: RenewalGround; date: IsoDate }): Explained<{ allowed: boolean; reason?: 'limit' | 'ground' }> {
  const { version } = inForce(PRO_RENEWAL, input.date);
  const t = new Trail().cite('L6325-7');
  if (input.renewalsSoFar >= version.value.maxRenewals) return t.done({ allowed: false, reason: 'limit' });
  if (!version.value.grounds.includes(input.ground)) return t.done({ allowed: false, reason: 'ground' });
  return t.done({ allowed: true });
}
