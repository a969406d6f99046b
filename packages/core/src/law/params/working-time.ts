/** Working time (Code du travail part 3) used to turn hourly amounts into monthly ones. */
import { defineParameter } from '../store.js';

/** Legal weekly duration: 35 h (L3121-27); the monthly SMIC is based on it (151 2/3 h). */
export const LEGAL_WEEKLY_HOURS = defineParameter<number>({
  id: 'working_time.legal_weekly_hours',
  description: 'legal weekly working time',
  unit: 'hours',
  versions: [{ validFrom: '2000-02-01', validTo: null, value: 35, articles: ['L3121-27'], source: 'Légifrance, Code du travail L3121-27 (loi 2000-37, recodified by loi 2016-1088)', verified: true }],
});

/** Absolute maximum in a single week: 48 h (L3121-20). */
export const MAX_WEEKLY_HOURS = defineParameter<number>({
  id: 'working_time.max_weekly_hours',
  description: 'absolute maximum weekly working time',
  unit: 'hours',
  versions: [{ validFrom: '2016-08-10', validTo: null, value: 48, articles: ['L3121-20'], source: 'Légifrance, Code du travail L3121-20 (loi 2016-1088)', verified: true }],
});
