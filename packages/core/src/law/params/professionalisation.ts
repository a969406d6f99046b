/**
 * Contrat de professionnalisation: every number of its pay, duration, training, deadlines and tutoring, with its dates and articles.
 * Shares of SMIC are decimal strings. `validTo` is exclusive.
 */
import { defineParameter } from '../store.js';

const LF = 'Légifrance, Code du travail';
const LD = 'consolidated article versions';

/** Minimum pay as a share of SMIC for holders under 26 (D6325-15). */
export const PRO_RATES = defineParameter<{ under21: string; under21Qualified: string; from21: string; from21Qualified: string }>({
  id: 'pro.min_pay.rates',
  description: 'professionalisation minimum pay rates (under 26)',
  unit: 'rate',
  versions: [
    { validFrom: '2008-05-01', validTo: null, value: { under21: '0.55', under21Qualified: '0.65', from21: '0.70', from21Qualified: '0.80' }, articles: ['L6325-8', 'D6325-15'], source: `${LF}, D6325-15 version 1.0 (${LD})`, verified: true },
  ],
});

/** Age thresholds of the pay grid: 21 (D6325-15/-16), 26 (L6325-8/-9). */
export const PRO_AGE_BANDS = defineParameter<{ higherBand: number; adultRegime: number }>({
  id: 'pro.min_pay.age_bands',
  description: 'professionalisation pay age thresholds',
  unit: 'years',
  versions: [{ validFrom: '2008-05-01', validTo: null, value: { higherBand: 21, adultRegime: 26 }, articles: ['L6325-8', 'L6325-9', 'D6325-15', 'D6325-16'], source: `${LF}, D6325-15, D6325-16`, verified: true }],
});

/** Holders aged 26 or more: at least max(SMIC, 85 % of the conventional minimum) (L6325-9, D6325-18). */
export const PRO_ADULT_FLOOR = defineParameter<{ smicShare: string; conventionalShare: string }>({
  id: 'pro.min_pay.adult',
  description: 'professionalisation minimum pay from 26',
  unit: 'rate',
  versions: [{ validFrom: '2008-05-01', validTo: null, value: { smicShare: '1', conventionalShare: '0.85' }, articles: ['L6325-9', 'D6325-18'], source: `${LF}, D6325-18 version 1.0`, verified: true }],
});

/** Eligibility ages (L6325-1 1°: 16 to 25 révolus; 2°: jobseekers 26+). */
export const PRO_ELIGIBILITY_AGES = defineParameter<{ minimum: number; youthUpTo: number; jobseekerFrom: number }>({
  id: 'pro.eligibility.ages',
  description: 'professionalisation eligibility ages',
  unit: 'years',
  versions: [{ validFrom: '2016-01-01', validTo: null, value: { minimum: 16, youthUpTo: 25, jobseekerFrom: 26 }, articles: ['L6325-1'], source: `${LF}, L6325-1 version 3.0 (${LD})`, verified: true }],
});

/** L6325-1-1 b): registered as a jobseeker for more than one year. */
export const PRO_PRIORITY_JOBSEEKER_MONTHS = defineParameter<number>({
  id: 'pro.priority.jobseeker_months',
  description: 'jobseeker registration giving priority status',
  unit: 'months',
  versions: [{ validFrom: '2015-08-19', validTo: null, value: 12, articles: ['L6325-1-1'], source: `${LF}, L6325-1-1 version 2.0`, verified: true }],
});

/** Duration of the action de professionnalisation, in months (L6325-11, L6325-12). */
export const PRO_ACTION_DURATION = defineParameter<{ min: number; max: number; maxWithAgreement: number; maxPriority: number }>({
  id: 'pro.action.duration',
  description: 'action de professionnalisation duration',
  unit: 'months',
  versions: [
    { validFrom: '2009-11-26', validTo: '2019-01-01', value: { min: 6, max: 12, maxWithAgreement: 24, maxPriority: 24 }, articles: ['L6325-11', 'L6325-12'], source: `${LF}, L6325-11 version 2.0 (${LD}); 24 months for L6325-1-1 persons as published by juritravail.com (the 2017 wording was not read)`, verified: false, note: 'value verified, 2017 wording UNVERIFIED' },
    { validFrom: '2019-01-01', validTo: null, value: { min: 6, max: 12, maxWithAgreement: 24, maxPriority: 36 }, articles: ['L6325-11', 'L6325-12'], source: `${LF}, L6325-11 version 3.0 (loi 2018-771 art. 28)`, verified: true },
  ],
});

/** Training share: 15 % (at least 150 h) to 25 % of the contract's hours (L6325-13). */
export const PRO_TRAINING_SHARE = defineParameter<{ minShare: string; floorHours: number; maxShare: string }>({
  id: 'pro.training.share',
  description: 'professionalisation training share',
  unit: 'rate',
  versions: [{ validFrom: '2016-08-10', validTo: null, value: { minShare: '0.15', floorHours: 150, maxShare: '0.25' }, articles: ['L6325-13'], source: `${LF}, L6325-13 version 2.0 (earlier versions UNVERIFIED)`, verified: true }],
});

/** The longest contract or action any version allows (priority public or branch agreement): 36 months. */
export const PRO_LONGEST_ACTION_HELD: number = Math.max(...PRO_ACTION_DURATION.versions.map((v) => Math.max(v.value.max, v.value.maxWithAgreement, v.value.maxPriority)));

/**
 * Mobility abroad (L6325-25 I). Created 2019-01-01; version 2.0 from 2019-08-23: ≤ 12 months, ≥ 6 months
 * in France; version 3.0 from 2023-12-29 (loi 2023-1267): ≤ 12 months and ≤ half the contract.
 * Not held: the contract length the mobility allows (no code reads it; a contract's length is checked by
 * L6325-11/-12 through PRO_ACTION_DURATION).
 */
export const PRO_ABROAD = defineParameter<{ maxMonths: number; maxShare: string | null; minMonthsInFrance: number | null}>({
  id: 'pro.abroad',
  description: 'professionalisation mobility abroad',
  unit: 'months',
  versions: [
    { validFrom: '2019-01-01', validTo: '2019-08-23', value: { maxMonths: 12, maxShare: null, minMonthsInFrance: 6 }, articles: ['L6325-25'], source: `${LF}, L6325-25 version 1.0 (loi 2018-771); content assumed as version 2.0`, verified: false, note: 'version 1.0 wording not read: UNVERIFIED' },
    { validFrom: '2019-08-23', validTo: '2023-12-29', value: { maxMonths: 12, maxShare: null, minMonthsInFrance: 6 }, articles: ['L6325-25'], source: `${LF}, L6325-25 version 2.0 (${LD})`, verified: true },
    { validFrom: '2023-12-29', validTo: null, value: { maxMonths: 12, maxShare: '0.5', minMonthsInFrance: null }, articles: ['L6325-25'], source: `${LF}, L6325-25 version 3.0 (loi 2023-1267)`, verified: true },
  ],
});

/** Deadlines in days: deposit with the OPCO after the start (D6325-1), OPCO decision after receipt (D6325-2). */
export const PRO_DEPOSIT_DAYS = defineParameter<number>({
  id: 'pro.deposit.days',
  description: 'deposit of the contract with the OPCO',
  unit: 'days',
  versions: [{ validFrom: '2016-09-01', validTo: null, value: 5, articles: ['D6325-1'], source: `${LF}, D6325-1 version 4.0 and later; décret 2024-631 changed only names`, verified: true }],
});

export const PRO_OPCO_DECISION_DAYS = defineParameter<number>({
  id: 'pro.opco_decision.days',
  description: 'OPCO decision on a deposited contract',
  unit: 'days',
  versions: [{ validFrom: '2016-09-01', validTo: null, value: 20, articles: ['D6325-2'], source: `${LF}, D6325-2 version 2.0 and later`, verified: true }],
});

export const PRO_TERMINATION_REPORT_DAYS = defineParameter<number>({
  id: 'pro.termination_report.days',
  description: 'report of an early termination',
  unit: 'days',
  versions: [{ validFrom: '2021-04-01', validTo: null, value: 30, articles: ['D6325-5'], source: `${LF}, D6325-5 version 5.0 (earlier versions UNVERIFIED)`, verified: true }],
});

export const PRO_REVIEW_MONTHS = defineParameter<number>({
  id: 'pro.programme_review.months',
  description: 'programme-fit review after the start',
  unit: 'months',
  versions: [{ validFrom: '2008-05-01', validTo: null, value: 2, articles: ['D6325-13'], source: `${LF}, D6325-13 (version 4.0 since 2019: wording only)`, verified: true }],
});

/** Tutor: at least 2 years' experience (D6325-6); at most 3 tutees, 2 for an employer-tutor (D6325-9). */
export const PRO_TUTOR = defineParameter<{ minExperienceMonths: number; maxTuteesEmployee: number; maxTuteesEmployer: number }>({
  id: 'pro.tutor',
  description: 'professionalisation tutor conditions',
  unit: 'rule',
  versions: [{ validFrom: '2014-08-28', validTo: null, value: { minExperienceMonths: 24, maxTuteesEmployee: 3, maxTuteesEmployer: 2 }, articles: ['D6325-6', 'D6325-9'], source: `${LF}, D6325-6 version 2.0, D6325-9`, verified: true }],
});

/** Renewal of a CDD: once, on the grounds of L6325-7 (1° higher qualification; 2° failure for a listed cause). */
export const PRO_RENEWAL = defineParameter<{ maxRenewals: number; grounds: string[] }>({
  id: 'pro.renewal',
  description: 'renewal of a professionalisation CDD',
  unit: 'rule',
  versions: [{ validFrom: '2011-07-30', validTo: null, value: { maxRenewals: 1, grounds: ['higher_qualification', 'exam_failure', 'maternity', 'illness', 'work_accident', 'occupational_disease', 'training_body_failure'] }, articles: ['L6325-7'], source: `${LF}, L6325-7 version 2.0`, verified: true }],
});

/** Benefits in kind: at most 75 % of the ordinary deduction and ¾ of the salary (D6325-17). */
export const PRO_BENEFITS_IN_KIND = defineParameter<{ deductionShare: string; salaryShare: string }>({
  id: 'pro.benefits_in_kind',
  description: 'benefits-in-kind deduction cap',
  unit: 'rate',
  versions: [{ validFrom: '2008-05-01', validTo: null, value: { deductionShare: '0.75', salaryShare: '0.75' }, articles: ['D6325-17'], source: `${LF}, D6325-17`, verified: true }],
});
