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

/** The highest weekly maximum of any version held: the bound a weekly-hours argument is read against before its date is known. */
export const MAX_WEEKLY_HOURS_HELD: number = Math.max(...MAX_WEEKLY_HOURS.versions.map((v) => v.value));

/**
 * Overtime premium on the hours above the legal weekly duration (L3121-36; L3121-22 before the 2016
 * recodification, same rates): 25 % for each of the first 8 overtime hours (the 36th to the 43rd), 50 %
 * beyond. Shares are decimal strings.
 */
export const OVERTIME_PREMIUM = defineParameter<{ firstHours: number; firstRate: string; laterRate: string }>({
  id: 'working_time.overtime_premium',
  description: 'legal overtime premium',
  unit: 'rate',
  versions: [
    { validFrom: '2008-05-01', validTo: '2016-08-10', value: { firstHours: 8, firstRate: '0.25', laterRate: '0.5' }, articles: ['L3121-22'], source: 'Code du travail L3121-22 (ordonnance 2007-329, loi 2008-789), wording as quoted by public course material; Légifrance not read', verified: false },
    { validFrom: '2016-08-10', validTo: null, value: { firstHours: 8, firstRate: '0.25', laterRate: '0.5' }, articles: ['L3121-36'], source: 'Code du travail L3121-36 (loi 2016-1088 art. 8), wording as quoted by legisocial.fr and juriblio.fr; Légifrance not read', verified: false },
  ],
});

/** Lowest overtime premium a collective agreement may set: 10 % (L3121-33; L3121-22 al. 2 before 2016-08-10). */
export const OVERTIME_CONVENTIONAL_FLOOR = defineParameter<string>({
  id: 'working_time.overtime_conventional_floor',
  description: 'lowest conventional overtime premium',
  unit: 'rate',
  versions: [
    { validFrom: '2008-05-01', validTo: '2016-08-10', value: '0.1', articles: ['L3121-22'], source: 'Code du travail L3121-22 al. 2 (loi 2008-789), as quoted by public course material; Légifrance not read', verified: false },
    { validFrom: '2016-08-10', validTo: null, value: '0.1', articles: ['L3121-33'], source: 'Code du travail L3121-33 (loi 2016-1088), as summarised by legisocial.fr; Légifrance not read', verified: false },
  ],
});
