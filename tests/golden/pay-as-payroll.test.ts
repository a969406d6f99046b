/**
 * Pay and cost the way payroll computes them: partial months prorated by calendar days, a month with two
 * minimums weighted by days, overtime above 35 h (L3121-36, L3121-33), and the two cost models, each worked by
 * hand in the test name.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, appCostSchedule, appSalarySchedule, dec, fromDayNumber, parseQualification, proCostSchedule, proMinimum, proMinimumFast, proSalarySchedule, toDayNumber } from '@formapro/core';
import { evaluate, FnError } from '@formapro/functions';

const value = (name: string, ...args: (string | number | boolean)[]) => evaluate(name, args).value;

describe('prorated months (decision "prorate-calendar-days")', () => {
  const pro = proSalarySchedule({ birthDate: '2003-02-12', start: '2024-02-12', end: '2024-05-11', professionalBacLevel: false }).value;

  it('start on the 12th of a 29-day February: 0.55 × 11.65 × 151 2/3 = 971.804166… × 18/29 = 603.1888 → 603.19', () => {
    expect([pro[0].days, pro[0].daysInMonth]).toEqual([18, 29]);
    expect(pro[0].minimum.toString()).toBe('971.81');
    expect(pro[0].due.toString()).toBe('603.19');
  });

  it('end on the 11th of May: 0.70 × 11.65 × 151 2/3 = 1,236.841666… × 11/31 = 438.8793 → 438.88 (not 1,236.85 × 11/31 = 438.8823 → 438.89)', () => {
    expect([pro[3].days, pro[3].daysInMonth]).toEqual([11, 31]);
    expect(pro[3].due.toString()).toBe('438.88');
  });

  it('apprentice anniversary on the 16th: September 2025 = 15/30 × 0.43 × 1,801.80 + 15/30 × 0.51 × 1,801.80 = 387.387 + 459.459 = 846.846 → 846.85', () => {
    const rows = appSalarySchedule({ birthDate: '2006-05-10', start: '2024-09-16', end: '2026-09-15' }).value;
    const sep = rows.find((r) => r.month === '2025-09-01')!;
    expect(sep.minimum.toString()).toBe('774.78'); // 0.43 × 1,801.80 = 774.774 → up
    expect(sep.due.toString()).toBe('846.85');
    expect(sep.due.gt(774.78) && sep.due.lt(918.92)).toBe(true);
    // first month: 15/30 × 0.43 × 1,766.92 = 379.8878 → 379.89; last: 15/30 × 0.51 × SMIC of 2026-06 (12.31 × 151 2/3 = 1,867.0167) = 476.0893 → 476.09
    expect(rows[0].due.toString()).toBe('379.89');
    expect(rows.at(-1)!.due.toString()).toBe('476.09');
  });

  it('the catalogue spills it: APP_SALARY_SCHEDULE 2006-05-10 2024-09-16 2026-09-15 has Days 30/30 and Due 846.85 in September 2025', () => {
    const m = value('APP_SALARY_SCHEDULE', '2006-05-10', '2024-09-16', '2026-09-15') as unknown[][];
    expect(m[0]).toEqual(['Month', 'Age', 'Year', 'Rate', 'SMIC', 'Minimum', 'Days', 'Due']);
    const sep = m.find((r) => String((r[0] as { iso?: string }).iso) === '2025-09-01')!;
    expect(sep.slice(5)).toEqual([774.78, '30/30', 846.85]);
    const fr = evaluate('APP_SALARY_SCHEDULE', ['2006-05-10', '2024-09-16', '2026-09-15'], 'fr').value as unknown[][];
    expect(fr[0].slice(6)).toEqual(['Jours', 'Dû']);
  });

  it('workdays: February 2024 from Monday 12th = 14 of 21 weekdays: 971.804166… × 14/21 = 647.8694 → 647.87', () => {
    const w = proSalarySchedule({ birthDate: '2003-02-12', start: '2024-02-12', end: '2024-03-31', professionalBacLevel: false, proration: 'workdays' }).value;
    expect([w[0].days, w[0].daysInMonth]).toEqual([14, 21]);
    expect(w[0].due.toString()).toBe('647.87');
    expect((value('PRO_SALARY_SCHEDULE', '2003-02-12', '2024-02-12', '2024-03-31', 'none', '', '', '', 'weekly') as FnError).message).toMatch(/^proration: /);
  });

  const day = fc.integer({ min: toDayNumber('2019-01-01'), max: toDayNumber('2025-06-30') }).map(fromDayNumber);
  it('property: over whole months, the sum of Due equals the sum of Minimum (professionalisation and apprenticeship)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 30, max: 700 }), fc.integer({ min: 17, max: 24 }), fc.boolean(), fc.option(fc.integer({ min: 20, max: 45 })), (start, length, age, q, hours) => {
        const end = addDays(start, length);
        const birth = `${Number(start.slice(0, 4)) - age}-${start.slice(5, 7)}-01`;
        const weeklyHours = hours ?? undefined;
        for (const rows of [
          proSalarySchedule({ birthDate: birth, start, end, professionalBacLevel: q, weeklyHours }).value,
          appSalarySchedule({ birthDate: birth, start: start.slice(0, 8) + '01', end, weeklyHours }).value,
        ]) {
          const whole = rows.filter((r) => r.days === r.daysInMonth);
          const sum = (k: 'due' | 'minimum') => whole.reduce((s, r) => s.plus(r[k]), dec(0));
          // an apprentice month with an anniversary inside is whole yet weighted: compare only one-minimum months
          const single = whole.filter((r) => r.due.eq(r.minimum) || !('year' in r));
          expect(single.length).toBeGreaterThanOrEqual(whole.length - 1);
          if ('year' in rows[0]) continue;
          expect(sum('due').toString()).toBe(sum('minimum').toString());
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('overtime (decision "overtime-one-conventional-rate")', () => {
  it('28 h week unchanged (part time pro rata): 0.80 × 12.02 × 28 × 52/12 = 1,166.7413 → 1,166.75', () => {
    expect(value('PRO_MIN_SALARY', 22, 'bts', '', '', '2026-03-15', 28)).toBe(1166.75);
  });
  it('39 h week: 35 + 4 × 1.25 = 40 paid hours; 0.80 × 12.02 × 40 × 52/12 = 1,666.7733 → 1,666.78 (was 1,625.11 without the premium)', () => {
    expect(value('PRO_MIN_SALARY', 22, 'bts', '', '', '2026-03-15', 39)).toBe(1666.78);
  });
  it('43 h week: 35 + 8 × 1.25 = 45 paid hours; 0.80 × 12.02 × 45 × 52/12 = 1,875.12', () => {
    expect(value('PRO_MIN_SALARY', 22, 'bts', '', '', '2026-03-15', 43)).toBe(1875.12);
  });
  it('45 h week: 35 + 8 × 1.25 + 2 × 1.5 = 48 paid hours; 0.80 × 12.02 × 48 × 52/12 = 2,000.128 → 2,000.13', () => {
    expect(value('PRO_MIN_SALARY', 22, 'bts', '', '', '2026-03-15', 45)).toBe(2000.13);
  });
  it('conventional 10 % (L3121-33): 39 h → 35 + 4 × 1.1 = 39.4 h; 0.80 × 12.02 × 39.4 × 52/12 = 1,641.7717 → 1,641.78; 5 % refused', () => {
    expect(value('PRO_MIN_SALARY', 22, 'bts', '', '', '2026-03-15', 39, 0.1)).toBe(1641.78);
    const e = value('PRO_MIN_SALARY', 22, 'bts', '', '', '2026-03-15', 39, 0.05) as FnError;
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^overtime_rate: .*L3121-33/);
  });
  it('--explain says the hours at each rate: 39 h = 35 h + 4 h at +25 %', () => {
    const r = evaluate('PRO_MIN_SALARY', [22, 'bts', '', '', '2026-03-15', 39]);
    expect(r.articles).toContain('L3121-36');
    expect(r.warnings.find((w) => w.code === 'OVERTIME')!.message.en).toBe('39 h a week: 35 h at the base rate, 4 h at +25 %: the minimum is paid on 40 h a week (L3121-36)');
  });
  it('apprentice, 39 h: 0.43 × 12.02 × 40 × 52/12 = 895.8907 → 895.90 (APP_MIN_SALARY weekly_hours)', () => {
    expect(value('APP_MIN_SALARY', 19, 1, '', '', '2026-03-15', '', '', '', '', '', '', '', 39)).toBe(895.9);
  });
  it('validation judges a 39 h contract on the premium: 1,625.11 a month is below the 1,666.78 due', () => {
    const r = evaluate('PRO_CHECK', ['2003-01-10', '2026-01-05', '2026-12-31', 'bts', 1625.11, 300, '', '', '', '', 39]);
    expect(String(r.value)).toMatch(/SALARY_BELOW_MINIMUM/);
    // the finding's arithmetic is the paid hours': 80 % × 12.02 × 40 h × 52/12
    expect(String(r.value)).toMatch(/€12\.02 an hour × 40 h a week × 52\/12/);
    // from June 2026 (12.31 €): 0.80 × 12.31 × 40 × 52/12 = 1,706.9867 → 1,706.99; 1,710 is enough all year
    const ok = evaluate('PRO_CHECK', ['2003-01-10', '2026-01-05', '2026-12-31', 'bts', 1710, 300, '', '', '', '', 39]);
    expect(String(ok.value)).not.toMatch(/SALARY_BELOW_MINIMUM/);
  });
  it('property: the integer fast path equals big.js with overtime and a conventional rate', () => {
    const date = fc.integer({ min: toDayNumber('2017-01-01'), max: toDayNumber('2026-12-31') }).map(fromDayNumber);
    fc.assert(
      fc.property(fc.integer({ min: 16, max: 70 }), fc.boolean(), date, fc.integer({ min: 3501, max: 4800 }), fc.option(fc.integer({ min: 1000, max: 10000 })), fc.option(fc.integer({ min: 100_000, max: 400_000 })), (age, q, d, centi, bp, conv) => {
        const fast = proMinimumFast(age, q, d, undefined, conv ?? undefined, centi, bp ?? undefined);
        const slow = proMinimum({ age, professionalBacLevel: q, date: d, weeklyHours: centi / 100, overtimeRate: bp == null ? undefined : dec(bp).div(10000), conventionalMinimum: conv == null ? undefined : dec(conv).div(100) });
        if (fast) {
          expect(fast.cents / 100).toBe(Number(slow.value.minimum.toString()));
          expect([...fast.articles]).toEqual(slow.articles);
          expect(fast.warnings.map((w) => w.code)).toEqual(slow.warnings.map((w) => w.code));
        } else expect(bp != null || slow.warnings.some((w) => w.code.startsWith('CONVENTIONAL_MINIMUM'))).toBe(true); // a conventional rate whose paid hours are not whole 1/10,000 h, or too large a product, goes to big.js
      }),
      { numRuns: 1500 },
    );
  }, 60_000);
});

describe('cost of a contrat de professionnalisation, by hand', () => {
  const none = parseQualification('none')!;
  it('2024-02-12 → 2025-02-11, 20 % charges, 400 h at 15 €/h: salary 14,777.27 + charges 2,955.45 + training 6,000 − OPCO 3,660 − tutor aid 1,380 = 18,692.72', () => {
    // charges: 120.64 (603.19 × 0.2 = 120.638) + 8 × 247.37 + 3 × 252.25 (252.252) + 99.10 = 2,955.45
    const r = proCostSchedule({ birthDate: '2003-02-12', start: '2024-02-12', end: '2025-02-11', qualification: none, chargesRate: dec('0.2'), trainingHours: 400, trainingPrice: dec(15) }).value;
    expect(r.total.salary.toString()).toBe('14777.27');
    expect(r.total.charges.toString()).toBe('2955.45');
    expect(r.total.trainingCost.toString()).toBe('6000');
    expect(r.total.netCost.toString()).toBe('18692.72');
    expect(r.years.map((y) => y.year)).toEqual([2024, 2025]);
    expect(r.years[0].total.netCost.plus(r.years[1].total.netCost).toString()).toBe('18692.72');
  });
  it('a negative month only with an inflow, and it says why: spread "start", no price, month 1 = 603.19 + 120.64 − 3,660 − 230 = −3,166.17', () => {
    const r = proCostSchedule({ birthDate: '2003-02-12', start: '2024-02-12', end: '2025-02-11', qualification: none, chargesRate: dec('0.2'), trainingHours: 400, spread: 'start' });
    expect(r.value.rows[0].netCost.toString()).toBe('-3166.17');
    expect(r.value.rows[0].note!.en).toBe("negative: OPCO training funding 3660.00 € and tutor aid 230.00 € received this month exceed the month's costs");
    expect(r.value.rows.slice(1).every((row) => row.netCost.gte(0) && row.note === undefined)).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain('TRAINING_PRICE_NOT_GIVEN');
  });
  it('the plan breaks a rule the validation engine knows: 18 months at 35 h need ≥ 409.5 h (15 % of 2,730 h), 300 h is a warning', () => {
    const r = proCostSchedule({ birthDate: '2003-02-12', start: '2024-03-01', end: '2025-08-31', qualification: none, trainingHours: 300, chargesRate: dec('0.2') });
    const w = r.warnings.find((x) => x.code === 'PLAN_TRAINING_HOURS_TOO_LOW')!;
    expect(w.message.en).toMatch(/^the plan breaks a rule: 300 training hours: at least 409\.5 h/);
    expect(w.articles).toEqual(['L6325-13']);
  });
});

describe('cost of an apprenticeship, by hand (décret 2025-174, 2025-585)', () => {
  const licence = parseQualification('licence')!;
  it('licence, 20 employees, 2025-09-01 → 2027-08-31, 10 % charges: salary 21,413.42 + charges 2,141.36 + participation 750 − aid 5,000 = 19,304.78', () => {
    // salary: 4 × 774.78 + 5 × 783.91 + 3 × 802.82 + 9 × 952.18 + 3 × 1,138.89 = 3,099.12 + 3,919.55 + 2,408.46 + 8,569.62 + 3,416.67
    const r = appCostSchedule({ birthDate: '2006-05-10', start: '2025-09-01', end: '2027-08-31', trainingLevel: licence, headcount: 20, chargesRate: dec('0.1') });
    const t = r.value.total;
    expect(t.salary.toString()).toBe('21413.42');
    expect(t.charges.toString()).toBe('2141.36');
    expect(t.trainingCost.toString()).toBe('750');
    expect(t.hiringAid.toString()).toBe('5000');
    expect(t.netCost.toString()).toBe('19304.78');
    // the aid per day of contract year 1 (365 days): September 30/365 × 5,000 = 410.96; invoiced 45 days after the start: October
    expect(r.value.rows[0].hiringAid.toString()).toBe('410.96');
    expect(r.value.rows[1].trainingCost.toString()).toBe('750');
    expect(r.value.years.map((y) => [y.year, y.total.netCost.toString()])).toEqual([[2025, '2487.81'], [2026, '7821.63'], [2027, '8995.34']]);
    expect(r.warnings.filter((w) => w.code === 'UNVERIFIED').length).toBeGreaterThanOrEqual(2);
  });
  it('aide unique 2019: bac pro, 10 employees, 3 years from 2019-09-01: 4,125 + 2,000 + 1,200 = 7,325', () => {
    const r = appCostSchedule({ birthDate: '2002-03-01', start: '2019-09-01', end: '2022-08-31', trainingLevel: parseQualification('bac pro')!, headcount: 10, chargesRate: dec(0) });
    expect(r.value.total.hiringAid.toString()).toBe('7325');
  });
  it('exceptional aid 2020-07 → 2022-12: 18 or more at the start, 8,000 the first year, then the aide unique 2,000 for year 2 (bac pro, 10 employees)', () => {
    const r = appCostSchedule({ birthDate: '2002-03-01', start: '2021-09-01', end: '2023-08-31', trainingLevel: parseQualification('bac pro')!, headcount: 10, chargesRate: dec(0) });
    expect(r.value.total.hiringAid.toString()).toBe('10000');
  });
  it('2023–2024: 6,000 the first year; 250 or more without the quota commitment: 0 with a warning', () => {
    const base = { birthDate: '2004-03-01', start: '2024-01-15', end: '2025-01-14', trainingLevel: parseQualification('bts')!, chargesRate: dec(0) };
    expect(appCostSchedule({ ...base, headcount: 40 }).value.total.hiringAid.toString()).toBe('6000');
    const big = appCostSchedule({ ...base, headcount: 300 });
    expect(big.value.total.hiringAid.toString()).toBe('0');
    expect(big.warnings.map((w) => w.code)).toContain('AID_QUOTA_NOT_STATED');
    expect(appCostSchedule({ ...base, headcount: 300, quotaCommitment: true }).value.total.hiringAid.toString()).toBe('6000');
  });
  it('unknown periods give a warning, never a silent zero: conclusion 2026-03-01 and 2018-06-01', () => {
    for (const start of ['2026-03-01', '2018-06-01']) {
      const r = appCostSchedule({ birthDate: '2000-01-01', start, end: addDays(start, 364), trainingLevel: parseQualification('bac pro')!, headcount: 10, chargesRate: dec(0) });
      expect(r.value.total.hiringAid.toString()).toBe('0');
      expect(r.warnings.map((w) => w.code)).toContain('AID_NOT_HELD');
    }
  });
  it('the catalogue and the CLI function: APP_COST_SCHEDULE spills Month, Minimum, Days, Due …, TOTAL per year and overall (French: Mois, Minimum, Jours, Dû)', () => {
    const m = value('APP_COST_SCHEDULE', '2006-05-10', '2025-09-01', '2027-08-31', 'licence', 20, '', 0.1) as unknown[][];
    expect(m[0]).toEqual(['Month', 'Minimum', 'Days', 'Due', 'Salary', 'Charges', 'Training participation', 'Employer cost', 'Hiring aid', 'Net cost', 'Note']);
    expect(m.slice(-4).map((r) => r[0])).toEqual(['TOTAL 2025', 'TOTAL 2026', 'TOTAL 2027', 'TOTAL']);
    expect(m.at(-1)![9]).toBe(19304.78);
    const fr = evaluate('APP_COST_SCHEDULE', ['2006-05-10', '2025-09-01', '2027-08-31', 'licence', 20, '', 0.1], 'fr').value as unknown[][];
    expect(fr[0].slice(0, 4)).toEqual(['Mois', 'Minimum', 'Jours', 'Dû']);
  });
});
