/**
 * Golden cases of the contrat de professionnalisation, derived by hand from the law. Each case states its arithmetic and is run against the core AND through
 * the spreadsheet catalogue (`evaluate`), so both faces give the same figure.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  checkActionDuration,
  dec,
  proActionBounds,
  proDepositDeadline,
  proEligibility,
  proMaxAbroad,
  proMinimum,
  proMinimumAt,
  proOpcoDecisionDeadline,
  proReviewDeadline,
  proSalarySchedule,
  proTerminationReportDeadline,
  proTrainingBounds,
  parseQualification,
  renewalAllowed,
  smicOn,
  tutorExperienceOk,
  tutorLoadOk,
} from '@formapro/core';
import { evaluate, DateValue, FnError, type CellValue } from '@formapro/functions';

// "today" is the default date of some functions called below without one: the clock is pinned so the law read
// never depends on the day the suite runs.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2024-06-15T12:00:00'));
});
afterAll(() => {
  vi.useRealTimers();
});

const fn = (name: string, ...args: CellValue[]) => evaluate(name, args);
const value = (name: string, ...args: CellValue[]) => fn(name, ...args).value;

describe('A. minimum pay (D6325-15, D6325-16, L6325-9, D6325-18)', () => {
  it('A1 D6325-15: age 20, no bac pro, March 2024: 0.55 × 1,766.92 = 971.806 → 971.81', () => {
    expect(proMinimum({ age: 20, professionalBacLevel: false, date: '2024-03-15', smicMonthly: dec('1766.92') }).value.minimum.toFixed(2)).toBe('971.81');
    // from the hourly SMIC: 11.65 × 1,820 / 12 × 0.55 = 971.8041… → 971.81
    expect(proMinimum({ age: 20, professionalBacLevel: false, date: '2024-03-15' }).value.minimum.toFixed(2)).toBe('971.81');
    expect(value('PRO_MIN_SALARY', 20, 'none', 1766.92)).toBe(971.81);
    expect(value('PRO_MIN_SALARY', 20, 'none', '', '', '2024-03-15')).toBe(971.81);
  });

  it('A2 D6325-15: age 20 with a bac pro: 0.65 × 1,766.92 = 1,148.498 → 1,148.50', () => {
    expect(value('PRO_MIN_SALARY', 20, 'bac pro', 1766.92)).toBe(1148.5);
    expect(value('PRO_MIN_SALARY', 20, 'bac pro', null, null, '2024-03-15')).toBe(1148.5);
  });

  it('A4 D6325-15: age 23 with a BTS: 0.80 × 1,766.92 = 1,413.536 → 1,413.54', () => {
    expect(value('PRO_MIN_SALARY', 23, 'bts', 1766.92)).toBe(1413.54);
    expect(value('PRO_MIN_SALARY', 23, 'BTS', '1766,92')).toBe(1413.54);
  });

  it('A1 rounding (decision "minimum-rounded-up"): age 23, none: 0.70 × 1,766.92 = 1,236.844 → rounded UP to 1,236.85 (service-public figure)', () => {
    const r = proMinimum({ age: 23, professionalBacLevel: false, date: '2024-03-15', smicMonthly: dec('1766.92') }).value;
    expect(r.exact.toString()).toBe('1236.844');
    expect(r.minimum.toFixed(2)).toBe('1236.85');
  });

  it('A7 D6325-15: a general bac does not give the higher rate; a bac pro, an RNCP level 4 or TRUE does', () => {
    expect(value('PRO_MIN_SALARY', 20, 'bac', 1766.92)).toBe(971.81);
    expect(value('PRO_MIN_SALARY', 20, 4, 1766.92)).toBe(1148.5);
    expect(value('PRO_MIN_SALARY', 20, true, 1766.92)).toBe(1148.5);
    expect(value('PRO_MIN_SALARY', 20, 'cap', 1766.92)).toBe(971.81);
    expect(value('PRO_MIN_SALARY', 20, 3, 1766.92)).toBe(971.81);
  });

  it('A5 D6325-16: born 2003-03-03: March 2024 = 971.81, April 2024 = 0.70 × 11.65 × 1,820 / 12 = 1,236.8417 → 1,236.85', () => {
    expect(value('PRO_MIN_SALARY_AT', '2003-03-03', '2024-03-20', 'none', '2024-01-01')).toBe(971.81);
    expect(value('PRO_MIN_SALARY_AT', '2003-03-03', '2024-04-15', 'none')).toBe(1236.85);
    expect(proMinimumAt({ birthDate: '2003-03-03', date: '2024-04-01', professionalBacLevel: false, contractStart: '2024-01-01' }).articles).toContain('D6325-16');
  });

  it('A8 D6325-16: contract starting on the 21st birthday (2024-02-12): 55 % in February, 70 % from 2024-03-01', () => {
    const rows = proSalarySchedule({ birthDate: '2003-02-12', start: '2024-02-12', end: '2024-04-30', professionalBacLevel: false }).value;
    expect(rows.map((r) => [r.month, r.rate.toString(), r.minimum.toFixed(2)])).toEqual([
      ['2024-02-01', '0.55', '971.81'],
      ['2024-03-01', '0.7', '1236.85'],
      ['2024-04-01', '0.7', '1236.85'],
    ]);
  });

  it('A9 D6325-15/-16: born 2002-11-20, 21 on 2023-11-20, contract from 2024-02-12: 70 % from the start', () => {
    expect(value('PRO_MIN_SALARY_AT', '2002-11-20', '2024-02-12', 'none')).toBe(1236.85);
  });

  it('D6325-16 boundary: birthday on the 1st of a month (2003-03-01) still gives 55 % for all of March', () => {
    expect(value('PRO_MIN_SALARY_AT', '2003-03-01', '2024-03-01', 'none', '2024-01-01')).toBe(971.81);
    expect(value('PRO_MIN_SALARY_AT', '2003-03-01', '2024-03-31', 'none', '2024-01-01')).toBe(971.81);
    expect(value('PRO_MIN_SALARY_AT', '2003-03-01', '2024-04-01', 'none', '2024-01-01')).toBe(1236.85);
  });

  it('D6325-16 boundary: birthday on the last day of a month (2003-03-31): 70 % from 2024-04-01', () => {
    expect(value('PRO_MIN_SALARY_AT', '2003-03-31', '2024-03-31', 'none', '2024-01-01')).toBe(971.81);
    expect(value('PRO_MIN_SALARY_AT', '2003-03-31', '2024-04-01', 'none', '2024-01-01')).toBe(1236.85);
  });

  it('D6325-16 with a 29 February birth (decision "feb29-birthday"): 21 is reached on 2025-03-01 (default), so 70 % only from 2025-04-01', () => {
    // Nov 2024 SMIC 11.88: 0.55 × 11.88 × 1,820 / 12 = 990.99 ; 0.70 → 1,261.26
    expect(value('PRO_MIN_SALARY_AT', '2004-02-29', '2025-03-31', 'none', '2024-11-01')).toBe(990.99);
    expect(value('PRO_MIN_SALARY_AT', '2004-02-29', '2025-04-01', 'none', '2024-11-01')).toBe(1261.26);
    // the other reading (28 February) moves the change one month earlier
    expect(proMinimumAt({ birthDate: '2004-02-29', date: '2025-03-01', professionalBacLevel: false, contractStart: '2024-11-01', feb29: 'feb28' }).value.minimum.toFixed(2)).toBe('1261.26');
  });

  it('A10 L6325-9, D6325-18: aged 28, branch minimum 2,000: 0.85 × 2,000 = 1,700 < SMIC → 1,766.92', () => {
    expect(value('PRO_MIN_SALARY', 28, 'none', 1766.92, 2000)).toBe(1766.92);
    expect(value('PRO_MIN_SALARY', 28, 'none', '', 2000, '2024-03-15')).toBe(1766.92);
  });

  it('A12 L6325-9, D6325-18: aged 27, branch minimum 2,300: 0.85 × 2,300 = 1,955 > SMIC → 1,955.00', () => {
    expect(value('PRO_MIN_SALARY', 27, 'none', 1766.92, 2300)).toBe(1955);
    const r = fn('PRO_MIN_SALARY', 27, 'none', 1766.92, 2300);
    expect(r.articles).toEqual(expect.arrayContaining(['L6325-9', 'D6325-18']));
  });

  it('L6325-9 part time: aged 27, 28 h/week, branch minimum 2,300: 0.85 × 2,300 × 28/35 = 1,564.00', () => {
    expect(value('PRO_MIN_SALARY', 27, 'none', 1766.92, 2300, '2024-03-15', 28)).toBe(1564);
  });

  it('PRO-REM-01 part time: age 20, 24 h/week, March 2024: 0.55 × 11.65 × 24 × 52 / 12 = 666.380 → 666.38', () => {
    // 11.65 × 24 × 52 = 14,539.2 ; × 0.55 = 7,996.56 ; / 12 = 666.38
    expect(value('PRO_MIN_SALARY', 20, 'none', '', '', '2024-03-15', 24)).toBe(666.38);
  });

  it('decision "adult-regime-at-start": 25 at the start, 26 during the contract: stays at 70 %, no switch to the 26+ regime', () => {
    // born 1998-06-10, start 2024-01-15 (25), asked for 2024-09 (26): 0.70 × 1,766.92 → 1,236.85
    expect(value('PRO_MIN_SALARY_AT', '1998-06-10', '2024-09-15', 'none', '2024-01-15', 2300)).toBe(1236.85);
    // 26 at the start: the 26+ regime, 0.85 × 2,300 = 1,955
    expect(value('PRO_MIN_SALARY_AT', '1997-06-10', '2024-09-15', 'none', '2024-01-15', 2300)).toBe(1955);
  });

  it('A15 D6325-15: from November 2024 (SMIC 11.88, 1,801.80): 990.99 / 1,171.17 / 1,261.26 / 1,441.44, exact to the cent', () => {
    // 1,801.80 × 0.55 = 990.99 exactly: rounding up must not add a cent (division by 12 done last)
    expect(value('PRO_MIN_SALARY', 20, 'none', '', '', '2024-11-15')).toBe(990.99);
    expect(value('PRO_MIN_SALARY', 20, 'bac pro', '', '', '2024-11-15')).toBe(1171.17);
    expect(value('PRO_MIN_SALARY', 22, 'none', '', '', '2024-11-15')).toBe(1261.26);
    expect(value('PRO_MIN_SALARY', 22, 'licence pro', '', '', '2024-11-15')).toBe(1441.44);
  });

  it('SMIC change month (2024-10 → 2024-11): the schedule takes each month its own SMIC', () => {
    const rows = proSalarySchedule({ birthDate: '2004-05-05', start: '2024-10-07', end: '2024-11-30', professionalBacLevel: false }).value;
    expect(rows.map((r) => [r.month, r.smic.toFixed(2), r.minimum.toFixed(2)])).toEqual([
      ['2024-10-01', '1766.92', '971.81'],
      ['2024-11-01', '1801.80', '990.99'],
    ]);
  });

  it('2017 law: age 20, none, March 2017: 0.55 × 9.76 × 1,820 / 12 = 814.1467 → 814.15', () => {
    expect(value('PRO_MIN_SALARY', 20, 'none', '', '', '2017-03-15')).toBe(814.15);
  });

  it('PRO_SALARY_SCHEDULE spills a header and one row per month', () => {
    const m = value('PRO_SALARY_SCHEDULE', '2003-02-12', '2024-02-12', '2024-05-31', 'none');
    expect(Array.isArray(m)).toBe(true);
    const rows = m as unknown[][];
    expect(rows[0]).toEqual(['Month', 'Age', 'Rate', 'SMIC', 'Minimum', 'Days', 'Due']);
    expect(rows).toHaveLength(5);
    // start on the 12th of a 29-day February: 0.55 × 11.65 × 151 2/3 = 971.804166… × 18/29 = 603.1888 → 603.19
    expect(rows[1]).toEqual([new DateValue('2024-02-01'), 21, 0.55, 1766.92, 971.81, '18/29', 603.19]);
    expect(rows[4]).toEqual([new DateValue('2024-05-01'), 21, 0.7, 1766.92, 1236.85, '31/31', 1236.85]);
  });

  it('PRO_MIN_RATE D6325-15 / L6325-9: 0.55, 0.65, 0.7, 0.8, 1', () => {
    expect(value('PRO_MIN_RATE', 20, 'none')).toBe(0.55);
    expect(value('PRO_MIN_RATE', 20, 'bac pro')).toBe(0.65);
    expect(value('PRO_MIN_RATE', 21, 'none')).toBe(0.7);
    expect(value('PRO_MIN_RATE', 25, 'master')).toBe(0.8);
    expect(value('PRO_MIN_RATE', 26, 'master')).toBe(1);
  });
});

describe('B. durations, training share, mobility, renewal', () => {
  const bounds = (months: number, weeklyHours?: number) => {
    const b = proTrainingBounds({ months, weeklyHours, date: '2024-04-16' }).value;
    return [b.contractHours.toString(), b.min.toString(), b.max.toString(), b.status];
  };

  it('B1 L6325-13: 12 months × 35 h: D = 1,820 h, 15 % = 273, 25 % = 455', () => {
    expect(bounds(12)).toEqual(['1820', '273', '455', 'ok']);
    expect(value('PRO_TRAINING_HOURS', 12)).toBe(273);
    expect(value('PRO_TRAINING_HOURS', 12, 35, 'max')).toBe(455);
  });

  it('B2 L6325-13: 6 months: D = 910, 15 % = 136.5 < 150 → 150; 25 % = 227.5', () => {
    expect(bounds(6)).toEqual(['910', '150', '227.5', 'ok']);
  });

  it('B4 L6325-13/-14: 24 months, priority: 546 ≤ T ≤ 910', () => {
    expect(bounds(24)).toEqual(['3640', '546', '910', 'ok']);
  });

  it('decision "training-floor-conflict" L6325-13/-14: 6 months at 20 h: D = 520, 25 % = 130 < 150 → REQUIRES_BRANCH_AGREEMENT', () => {
    expect(bounds(6, 20)).toEqual(['520', '150', '130', 'REQUIRES_BRANCH_AGREEMENT']);
    const r = fn('PRO_TRAINING_HOURS', 6, 20);
    expect(r.value).toBe(150);
    expect(r.warnings.map((w) => w.code)).toContain('REQUIRES_BRANCH_AGREEMENT');
    expect(r.articles).toContain('L6325-14');
  });

  it('L6325-13: 7 months × 35 h: D = 1,061.67; min 159.25 rounded up; max 265.4166… rounded down to 265.41', () => {
    expect(bounds(7)[1]).toBe('159.25');
    expect(bounds(7)[2]).toBe('265.41');
  });

  it('B5 L6325-11/-12: 18-month action, aged 22, not priority: invalid without a branch agreement, valid with one', () => {
    expect(checkActionDuration({ months: 18, priority: false, branchAgreement: false, date: '2024-03-01' }).value.verdict).toBe('too_long');
    expect(checkActionDuration({ months: 18, priority: false, branchAgreement: true, date: '2024-03-01' }).value.verdict).toBe('ok');
  });

  it('B7 L6325-11: priority public, 37 months → invalid (max 36)', () => {
    expect(checkActionDuration({ months: 37, priority: true, branchAgreement: false, date: '2024-03-01' }).value.verdict).toBe('too_long');
    expect(checkActionDuration({ months: 36, priority: true, branchAgreement: false, date: '2024-03-01' }).value.verdict).toBe('ok');
  });

  it('B8 L6325-11: 5 months → invalid (min 6)', () => {
    expect(checkActionDuration({ months: 5, priority: false, branchAgreement: false, date: '2024-03-01' }).value.verdict).toBe('too_short');
  });

  it('PRO-DUR-01 law change 2019-01-01 (loi 2018-771): priority max 24 months on 2018-12-31, 36 on 2019-01-01', () => {
    expect(value('PRO_MAX_DURATION', true, false, '2018-12-31')).toBe(24);
    expect(value('PRO_MAX_DURATION', true, false, '2019-01-01')).toBe(36);
    expect(value('PRO_MAX_DURATION', false, false, '2019-01-01')).toBe(12);
    expect(value('PRO_MAX_DURATION', false, true, '2019-01-01')).toBe(24);
    expect(proActionBounds({ priority: true, branchAgreement: false, date: '2018-06-01' }).warnings.map((w) => w.code)).toContain('UNVERIFIED');
  });

  it('B11 L6325-25 I (2024): 20-month contract: at most 10 months abroad; 24-month contract: 12', () => {
    expect(value('PRO_MAX_ABROAD', 20, '2024-06-01')).toBe(10);
    expect(value('PRO_MAX_ABROAD', 24, '2024-06-01')).toBe(12);
    expect(proMaxAbroad({ contractMonths: 20, date: '2024-06-01' }).articles).toEqual(['L6325-25']);
  });

  it('L6325-25 versions: 2023-12-28 (≤ 12 months, 6 in France): 20 months → 12; 2023-12-29 (half): → 10; before 2019: #N/A', () => {
    expect(value('PRO_MAX_ABROAD', 20, '2023-12-28')).toBe(12);
    expect(value('PRO_MAX_ABROAD', 20, '2023-12-29')).toBe(10);
    expect(value('PRO_MAX_ABROAD', 10, '2023-12-28')).toBe(4);
    const old = value('PRO_MAX_ABROAD', 20, '2018-12-31');
    expect(old).toBeInstanceOf(FnError);
    expect((old as FnError).code).toBe('#N/A');
  });

  it('B12 L6325-7: first renewal after exam failure allowed, a second refused; adoption is not a listed ground', () => {
    expect(renewalAllowed({ renewalsSoFar: 0, ground: 'exam_failure', date: '2024-03-01' }).value.allowed).toBe(true);
    expect(renewalAllowed({ renewalsSoFar: 1, ground: 'exam_failure', date: '2024-03-01' }).value).toEqual({ allowed: false, reason: 'limit' });
    expect(renewalAllowed({ renewalsSoFar: 0, ground: 'other', date: '2024-03-01' }).value).toEqual({ allowed: false, reason: 'ground' });
  });
});

describe('C. tutor, deposit and deadlines', () => {
  it('C1 D6325-9: salaried tutor with 2 contrats pro + 1 apprentice, adding 1 (4 tutees) → refused', () => {
    expect(tutorLoadOk(4, false, '2024-03-01').value).toEqual({ ok: false, max: 3 });
    expect(tutorLoadOk(3, false, '2024-03-01').value.ok).toBe(true);
  });

  it('C2 D6325-9: employer-tutor with 2 tutees, adding 1 → refused (cap 2)', () => {
    expect(tutorLoadOk(3, true, '2024-03-01').value).toEqual({ ok: false, max: 2 });
  });

  it('C3 D6325-6: 23 months of experience → ineligible; 24 → eligible', () => {
    expect(tutorExperienceOk(23, '2024-03-01').value.ok).toBe(false);
    expect(tutorExperienceOk(24, '2024-03-01').value.ok).toBe(true);
  });

  it('C5 D6325-2: file received 2024-03-08, decision deadline 2024-03-28 (receipt + 20 days)', () => {
    expect(proOpcoDecisionDeadline('2024-03-08').value).toBe('2024-03-28');
  });

  it('C6 D6325-5: early termination on 2024-05-15, report by 2024-06-14 (+ 30 days)', () => {
    expect(proTerminationReportDeadline('2024-05-15').value).toBe('2024-06-14');
  });

  it('C7 D6325-13: start 2024-03-04, programme-fit review by 2024-05-04 (+ 2 months)', () => {
    expect(proReviewDeadline('2024-03-04').value).toBe('2024-05-04');
  });

  it('PRO-DEP-01 D6325-1: start 2024-03-04, deposit by 2024-03-09 (start + 5 days, not signature)', () => {
    expect(proDepositDeadline('2024-03-04').value).toBe('2024-03-09');
    expect(value('PRO_DEPOSIT_DEADLINE', '2024-03-04')).toEqual(new DateValue('2024-03-09'));
    expect(value('PRO_DEPOSIT_DEADLINE', 45355)).toEqual(new DateValue('2024-03-09')); // Excel serial of 2024-03-04
    expect(value('PRO_DEPOSIT_DEADLINE', '2024-12-29')).toEqual(new DateValue('2025-01-03'));
  });
});

describe('eligibility and priority public (L6325-1, L6325-1-1)', () => {
  const q = (s: string) => parseQualification(s)!;
  it('PRO-ELIG-01 L6325-1: 16 to 25 révolus (1°), the day before the 26th birthday included', () => {
    expect(proEligibility({ birthDate: '2008-03-04', start: '2024-03-04' }).value).toMatchObject({ eligible: true, category: '1°', age: 16 });
    expect(proEligibility({ birthDate: '2008-03-05', start: '2024-03-04' }).value).toMatchObject({ eligible: false, age: 15 });
    expect(proEligibility({ birthDate: '1998-03-05', start: '2024-03-04' }).value).toMatchObject({ eligible: true, category: '1°', age: 25 });
    expect(proEligibility({ birthDate: '1998-03-04', start: '2024-03-04' }).value).toMatchObject({ eligible: false, age: 26 });
  });

  it('PRO-ELIG-01 L6325-1 2°/3°: 27-year-old jobseeker eligible (2°); RSA beneficiary aged 40 eligible and priority (3°)', () => {
    expect(proEligibility({ birthDate: '1997-01-01', start: '2024-03-04', jobseeker: true }).value).toMatchObject({ eligible: true, category: '2°', priority: false });
    expect(proEligibility({ birthDate: '1984-01-01', start: '2024-03-04', benefit: 'RSA' }).value).toMatchObject({ eligible: true, category: '3°', priority: true });
  });

  it('PRO-ELIG-02 L6325-1-1: a 19-year-old without any diploma is priority; with a CAP not; a jobseeker over 1 year is', () => {
    expect(proEligibility({ birthDate: '2005-01-01', start: '2024-03-04', qualification: q('none') }).value.priority).toBe(true);
    expect(proEligibility({ birthDate: '2005-01-01', start: '2024-03-04', qualification: q('cap') }).value.priority).toBe(false);
    expect(proEligibility({ birthDate: '1990-01-01', start: '2024-03-04', jobseeker: true, jobseekerOver1y: true }).value.priority).toBe(true);
  });
});

describe('SMIC series', () => {
  it('every monthly figure = hourly × 35 × 52 / 12 rounded to the cent equals the published value', () => {
    const published: [string, string, string][] = [
      ['2017-01-01', '9.76', '1480.27'], ['2018-01-01', '9.88', '1498.47'], ['2019-01-01', '10.03', '1521.22'],
      ['2020-01-01', '10.15', '1539.42'], ['2021-01-01', '10.25', '1554.58'], ['2021-10-01', '10.48', '1589.47'],
      ['2022-01-01', '10.57', '1603.12'], ['2022-05-01', '10.85', '1645.58'], ['2022-08-01', '11.07', '1678.95'],
      ['2023-01-01', '11.27', '1709.28'], ['2023-05-01', '11.52', '1747.20'], ['2024-01-01', '11.65', '1766.92'],
      ['2024-11-01', '11.88', '1801.80'], ['2026-01-01', '12.02', '1823.03'], ['2026-06-01', '12.31', '1867.02'],
    ];
    for (const [from, hourly, monthly] of published) {
      const s = smicOn(from);
      expect([from, s.hourly.toFixed(2), s.monthly.toFixed(2)]).toEqual([from, hourly, monthly]);
    }
  });

  it('the day before and the day of each change: 2024-10-31 → 1,766.92; 2024-11-01 → 1,801.80; 2025-12-31 → 1,801.80 (no 2025 revaluation)', () => {
    expect(value('SMIC', '2024-10-31')).toBe(1766.92);
    expect(value('SMIC', '2024-11-01')).toBe(1801.8);
    expect(value('SMIC', '2025-12-31')).toBe(1801.8);
    expect(value('SMIC', '2026-01-01')).toBe(1823.03);
    expect(value('SMIC', '2024-03-15', 'hourly')).toBe(11.65);
  });

  it('the June 2026 value is flagged UNVERIFIED; a date past the known series gets the last value and a warning; before 2017: #N/A', () => {
    expect(fn('SMIC', '2026-07-01').warnings.map((w) => w.code)).toContain('UNVERIFIED');
    const later = fn('SMIC', '2027-03-01');
    expect(later.value).toBe(1867.02);
    expect(later.warnings.map((w) => w.code)).toContain('BEYOND_KNOWN_LAW');
    const before = value('SMIC', '2016-12-31');
    expect(before).toBeInstanceOf(FnError);
    expect((before as FnError).code).toBe('#N/A');
  });
});

describe('bad input names the argument', () => {
  it('L6325-1: age 15 → #VALUE! "age: 15 is below 16, the youngest age the contract is open to (L6325-1)"', () => {
    const v = value('PRO_MIN_SALARY', 15, 'none', 1766.92) as FnError;
    expect(v).toBeInstanceOf(FnError);
    expect(v.code).toBe('#VALUE!');
    expect(v.message).toMatch(/^age: 15 is below 16, the youngest age the contract is open to \(L6325-1\)/);
  });

  it('an unknown qualification, a bad date and a negative SMIC are refused with the argument named', () => {
    expect((value('PRO_MIN_SALARY', 20, 'bac+12', 1766.92) as FnError).message).toMatch(/^qualification: /);
    expect((value('PRO_MIN_SALARY_AT', '2003-02-30', '2024-04-15', 'none') as FnError).message).toMatch(/^birth_date: /);
    expect((value('PRO_MIN_SALARY', 20, 'none', -5) as FnError).message).toMatch(/^smic: /);
    expect((value('PRO_SALARY_SCHEDULE', '2003-02-12', '2024-05-12', '2024-02-12', 'none') as FnError).message).toMatch(/^end: /);
  });
});
