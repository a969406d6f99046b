/** CPF, derived by hand from L6323-11, R6323-1, R6323-3-1, D6323-3-3, L6323-13, R6323-3. */
import { describe, expect, it } from 'vitest';
import { cpfAbondement, cpfAccrualHours, dec } from '@formapro/core';
import { evaluate, DateValue, FnError, type CellValue } from '@formapro/functions';

const value = (name: string, ...args: CellValue[]) => evaluate(name, args).value;

describe('CPF in euros (2019 onwards)', () => {
  it('E1 R6323-1 I: 2024, full time, balance 4,700 → min(500, 5,000 − 4,700) = 300 €', () => {
    expect(value('CPF_ACCRUAL', 1607, '', false, 4700, 2024)).toBe(300);
  });
  it('E2 L6323-11: 964.2 h of 1,607 (60 %) ≥ half → 500 €', () => {
    expect(value('CPF_ACCRUAL', 964.2, 1607, false, 0, 2024)).toBe(500);
  });
  it('E4 L6323-11: exactly half (803.5 of 1,607) → 500 €; just below → prorated and rounded up', () => {
    expect(value('CPF_ACCRUAL', 803.5, 1607, false, 0, 2024)).toBe(500);
    // 500 × 800 / 1,607 = 248.9110… → rounded up to 248.92 (R6323-1 II)
    expect(value('CPF_ACCRUAL', 800, 1607, false, 0, 2024)).toBe(248.92);
  });
  it('E7 R6323-3-1: declared low qualification, ≥ half, balance 7,600 → min(800, 8,000 − 7,600) = 400 €', () => {
    expect(value('CPF_ACCRUAL', 1607, '', true, 7600, 2024)).toBe(400);
  });
  it('D6323-3-3 from its first year (2019, in force 2019-06-09): OETH full time → 500 + 300 = 800 €; ceiling 8,000: balance 7,600 → min(800, 400) = 400 €; not OETH, same balance → min(500, 5,000 − 7,600 < 0) = 0 €', () => {
    expect(value('CPF_ACCRUAL', 1607, '', false, 0, 2019, true)).toBe(800);
    expect(value('CPF_ACCRUAL', 1607, '', false, 7600, 2019, true)).toBe(400);
    expect(value('CPF_ACCRUAL', 1607, '', false, 7600, 2019, false)).toBe(0);
    expect(value('CPF_ACCRUAL', 1607, '', false, 0, 2019, false)).toBe(500);
  });
  it('E8 D6323-3-3: OETH, full time, balance 0 → 500 + 300 = 800 €', () => {
    expect(value('CPF_ACCRUAL', 1607, '', false, 0, 2024, true)).toBe(800);
  });
  it('E9 L6323-12: 500 h worked + 16 weeks of maternity leave counted as work (16 × 35 = 560 h) = 1,060 h ≥ 803.5 → 500 €; the 500 h alone → 500 × 500 / 1,607 = 155.569… → 155.57 €', () => {
    // Maternity leave is worked time for the CPF (L6323-12): the function takes it inside worked_hours.
    expect(value('CPF_ACCRUAL', 500 + 16 * 35, 1607, false, 0, 2024)).toBe(500);
    // Had the leave not been counted, the year would be below half and prorated (R6323-1 II, rounded up).
    expect(value('CPF_ACCRUAL', 500, 1607, false, 0, 2024)).toBe(155.57);
  });
  it('2018 → 2019: CPF_ACCRUAL for 2018 is #N/A pointing to hours; CPF_ACCRUAL_HOURS for 2019 is #N/A', () => {
    const e = value('CPF_ACCRUAL', 1607, '', false, 0, 2018) as FnError;
    expect(e.code).toBe('#N/A');
    expect(e.message).toMatch(/CPF_ACCRUAL_HOURS/);
    expect((value('CPF_ACCRUAL_HOURS', 1607, '', false, 0, 2019) as FnError).code).toBe('#N/A');
    expect(value('CPF_ACCRUAL', 1607, '', false, 0, 2019)).toBe(500);
  });
});

describe('CPF in hours (2015–2018, old L6323-11, L6323-11-1)', () => {
  it('E15 R6323-1 (2015): 1,125 h of 1,607, balance 0: 24 × 1,125 / 1,607 = 16.80 → 17 h', () => {
    expect(value('CPF_ACCRUAL_HOURS', 1125, '', false, 0, 2017)).toBe(17);
  });
  it('E16 L6323-11-1 (2017): low qualification, full time → 48 h (ceiling 400); in 2016 the 24 h rule applies', () => {
    expect(value('CPF_ACCRUAL_HOURS', 1607, '', true, 0, 2017)).toBe(48);
    expect(value('CPF_ACCRUAL_HOURS', 1607, '', true, 390, 2018)).toBe(10);
    expect(value('CPF_ACCRUAL_HOURS', 1607, '', true, 0, 2016)).toBe(24);
  });
  it('CPF-H1: 24 h up to 120 h then 12 h up to 150 h: balances 100 → 20 + 12 × 4/24 = 22; 120 → 12; 145 → 5', () => {
    expect(cpfAccrualHours({ workedHours: 1607, year: 2016, balanceHours: 100 }).value).toBe(22);
    expect(cpfAccrualHours({ workedHours: 1607, year: 2016, balanceHours: 120 }).value).toBe(12);
    expect(cpfAccrualHours({ workedHours: 1607, year: 2016, balanceHours: 145 }).value).toBe(5);
    expect(cpfAccrualHours({ workedHours: 1607, year: 2016 }).warnings.map((w) => w.code)).toContain('UNVERIFIED');
  });
  it('CPF-14 décret 2018-1153 (not D6323-44): 120 hours × 15 € = 1,800 €, citing the decree', () => {
    expect(value('CPF_HOURS_TO_EUROS', 120)).toBe(1800);
    const r = evaluate('CPF_HOURS_TO_EUROS', [120]);
    expect(r.articles).toEqual(['décret 2018-1153']);
  });
});

describe('abondement correctif and participation', () => {
  it('E10 L6323-13, R6323-3: ≥ 50, no interviews, no non-mandatory training, review 2024-04-02 → 3,000 € by 2024-09-30; unpaid → 6,000 €', () => {
    expect(value('CPF_ABONDEMENT', true, false, false, '2024-04-02')).toBe(3000);
    expect(value('CPF_ABONDEMENT_DUE_DATE', '2024-04-02')).toEqual(new DateValue('2024-09-30'));
    expect(value('CPF_ABONDEMENT', true, false, false, '2024-04-02', true)).toBe(6000);
  });
  it('E11 (decision "cpf-abondement-cumulative"): the conditions are cumulative: one non-mandatory training → no abondement', () => {
    expect(value('CPF_ABONDEMENT', true, false, true, '2024-04-02')).toBe(0);
  });
  it('E12 L6315-1 II: average headcount 48 (< 50) → no abondement', () => {
    expect(value('CPF_ABONDEMENT', false, false, false, '2024-04-02')).toBe(0);
  });
  it('R6323-3: a review on the last day of a quarter is due at the end of the next quarter', () => {
    expect(cpfAbondement({ companyOf50: true, interviewsHeld: false, nonMandatoryTraining: false, reviewDate: '2024-06-30' }).value.dueBy).toBe('2024-09-30');
    expect(cpfAbondement({ companyOf50: true, interviewsHeld: false, nonMandatoryTraining: false, reviewDate: '2024-07-01' }).value.dueBy).toBe('2024-12-31');
  });
  it('E18 L6323-4: 2024-04-20 → 0; 2024-05-01 → 0; 2024-05-02 → 100; 2025-03-01 → 102.23; 2026-02-01 → 103.20', () => {
    expect([value('CPF_PARTICIPATION', '2024-04-20'), value('CPF_PARTICIPATION', '2024-05-01'), value('CPF_PARTICIPATION', '2024-05-02'), value('CPF_PARTICIPATION', '2025-03-01'), value('CPF_PARTICIPATION', '2026-02-01')]).toEqual([0, 0, 100, 102.23, 103.2]);
    expect(value('CPF_PARTICIPATION', '2025-03-01', true)).toBe(0);
    expect(evaluate('CPF_PARTICIPATION', ['2025-03-01']).warnings.map((w) => w.code)).toContain('UNVERIFIED');
  });
  it('bad input names the argument', () => {
    expect((value('CPF_ACCRUAL', -5) as FnError).message).toMatch(/^worked_hours: /);
    expect((value('CPF_ACCRUAL', 1607, 0) as FnError).message).toMatch(/^reference_hours: /);
    expect((value('CPF_ACCRUAL', 1607, '', false, 'beaucoup') as FnError).message).toMatch(/^balance: /);
  });
});

describe('L6323-13 held until 2026-09-01 (the version from that date is not held)', () => {
  it('L6323-13, R6323-3: review on 2026-08-31 → 3,000 €; on 2026-09-01 → #N/A saying the new text is not held (not the old amount silently)', () => {
    expect(value('CPF_ABONDEMENT', true, false, false, '2026-08-31')).toBe(3000);
    const e = value('CPF_ABONDEMENT', true, false, false, '2026-09-01') as FnError;
    expect(e.code).toBe('#N/A');
    expect(e.message).toMatch(/^review_date: 2026-09-01: L6323-13 is amended from 2026-09-01 and the law store does not hold the new text/);
    expect(cpfAbondement({ companyOf50: true, interviewsHeld: false, nonMandatoryTraining: false, reviewDate: '2026-02-01' }).value.amount.toString()).toBe('3000');
  });
});
