/** Contract between a training provider and an individual paying for themselves (L6353-3 to L6353-7). */
import { defineParameter } from '../store.js';

export const INDIVIDUAL_CONTRACT = defineParameter<{ retractionDays: number; maxAdvanceShare: string }>({
  id: 'individual.contract',
  description: 'individual training contract rules',
  unit: 'rule',
  versions: [{ validFrom: '2008-05-01', validTo: null, value: { retractionDays: 10, maxAdvanceShare: '0.3' }, articles: ['L6353-5', 'L6353-6'], source: 'Légifrance, Code du travail, L6353-5 and L6353-6 (unchanged since 2008)', verified: true }],
});
