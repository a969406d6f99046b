/** Cost of a contrat de professionnalisation over its life, totals checked by hand. */
import { describe, expect, it } from 'vitest';
import { dec, parseQualification, proCostSchedule } from '@formapro/core';
import { evaluate } from '@formapro/functions';

const none = parseQualification('none')!;

describe('PRO_COST_SCHEDULE (L6332-14, D6332-86, D6332-93)', () => {
  it('12-month contract at the minimum, 20 % charges, 400 h, tutor aid: totals by hand', () => {
    // A8 contract: 2024-02-12 → 2025-02-11. Salary: Feb 2024 18/29 × 971.81 = 603.19; Mar–Oct 8 × 1,236.85 = 9,894.80;
    // Nov 2024–Jan 2025 3 × 1,261.26 = 3,783.78; Feb 2025 11/28 × 1,261.26 = 495.495 → up 495.50 → 14,777.27
    // (the prorated minimum is rounded up once from the exact fraction: decision "prorate-calendar-days")
    const r = proCostSchedule({ birthDate: '2003-02-12', start: '2024-02-12', end: '2025-02-11', qualification: none, chargesRate: dec('0.2'), trainingHours: 400 }).value;
    expect(r.rows).toHaveLength(13);
    expect(r.total.salary.toString()).toBe('14777.27');
    expect(r.rows[12].salary.toString()).toBe('495.5');
    expect(r.total.opcoTraining.toString()).toBe('3660'); // 9.15 × 400, spread over 13 months
    expect(r.total.tutorAid.toString()).toBe('1380'); // 230 × 6
    // Charges 20 % a month, to the cent: 603.19 → 120.64; 8 × 247.37 = 1,978.96; 3 × 252.252 → 3 × 252.25 = 756.75;
    // 495.50 → 99.10: 2,955.45. Employer cost 14,777.27 + 2,955.45 = 17,732.72 (no training price, no tutor cost);
    // net 17,732.72 − 3,660 − 1,380 = 12,692.72.
    expect(r.total.charges.toString()).toBe('2955.45');
    expect(r.total.employerCost.toString()).toBe('17732.72');
    expect(r.total.netCost.toString()).toBe('12692.72');
    expect(r.rows.slice(6).every((row) => row.tutorAid.eq(0))).toBe(true);
  });

  it('spread "start": the whole OPCO funding in the first month; an actual salary replaces the minimum', () => {
    const r = proCostSchedule({ birthDate: '2003-02-12', start: '2024-03-01', end: '2025-02-28', qualification: none, monthlySalary: dec(1500), trainingHours: 300, spread: 'start' }).value;
    expect(r.rows[0].opcoTraining.toString()).toBe('2745'); // 9.15 × 300
    expect(r.rows[1].opcoTraining.toString()).toBe('0');
    expect(r.total.salary.toString()).toBe('18000'); // 12 × 1,500
  });

  it('no charges rate: 0 and a warning; FUND-11 aid applied only when asked and due (contract 2023-06-01, aged 21)', () => {
    const base = { birthDate: '2002-01-01', start: '2023-06-01', end: '2024-05-31', qualification: none };
    const plain = proCostSchedule(base);
    expect(plain.warnings.map((w) => w.code)).toContain('CHARGES_NOT_GIVEN');
    expect(plain.value.total.hiringAid.toString()).toBe('0');
    const aided = proCostSchedule({ ...base, hiringAid: true });
    expect(aided.value.total.hiringAid.toString()).toBe('6000');
    expect(aided.warnings.map((w) => w.code)).toContain('UNVERIFIED');
    const late = proCostSchedule({ ...base, start: '2024-05-01', end: '2025-04-30', hiringAid: true });
    expect(late.value.total.hiringAid.toString()).toBe('0');
    expect(late.warnings.map((w) => w.code)).toContain('HIRING_AID_NOT_DUE');
  });

  it('spills with a TOTAL row through the catalogue', () => {
    const m = evaluate('PRO_COST_SCHEDULE', ['2003-02-12', '2024-02-12', '2025-02-11', 'none', '', 0.2, 400]).value as unknown[][];
    expect(m[0][0]).toBe('Month');
    expect(m[0].slice(0, 5)).toEqual(['Month', 'Minimum', 'Days', 'Due', 'Salary']);
    expect(m.at(-1)![0]).toBe('TOTAL');
    expect(m.at(-1)![4]).toBe(14777.27);
    expect(m.slice(-3, -1).map((r) => r[0])).toEqual(['TOTAL 2024', 'TOTAL 2025']);
  });
});
