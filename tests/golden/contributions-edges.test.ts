// Training contributions, headcounts and the PTP at their edges: arguments refused, the texts flagged as not
// verified, the message of a date without a rate, and the boundaries of D6323-9 and D6323-18-4.
import { describe, expect, it } from 'vitest';
import { averageHeadcount, cpfCddContribution, dec, LawError, ptpEligible, ptpRemuneration, trainingContribution } from '@formapro/core';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof LawError) return { kind: e.kind, field: e.field, en: e.text.en };
    throw e;
  }
  return 'accepted';
};
const unverified = (r: { warnings: { code: string; message: { en: string } }[] }) => r.warnings.filter((w) => w.code === 'UNVERIFIED').map((w) => w.message.en.split(' (from')[0]);

describe('training contribution (L6331-1 to L6331-69)', () => {
  it('headcount 0 is a company under 11; −1 and NaN are refused (L130-1 CSS)', () => {
    expect(trainingContribution({ base: dec(1000), headcount: 0, date: '2024-01-01' }).value.amount.toString()).toBe('5.5');
    for (const h of [-1, Number.NaN]) expect(refusal(() => trainingContribution({ base: dec(1000), headcount: h, date: '2024-01-01' }))).toMatchObject({ field: 'headcount' });
  });
  it('an employer gets no conventional line (that is the ETT line of L6331-69)', () => {
    expect(trainingContribution({ base: dec(1000), headcount: 20, date: '2024-01-01' }).value).toEqual({ amount: dec(10), rate: dec('0.01'), base: dec(1000) });
  });
  it('rates read only in secondary sources say so: 2020 (rates), 2015 (the 11-employee threshold), the ETT conventional line', () => {
    expect(unverified(trainingContribution({ base: dec(1000), headcount: 5, date: '2020-06-01' }))).toEqual(['training contribution rates']);
    expect(unverified(trainingContribution({ base: dec(1000), headcount: 5, date: '2015-06-01' }))).toHaveLength(2);
    expect(unverified(trainingContribution({ base: dec(1000), headcount: 20, kind: 'ett', date: '2024-01-01' }))).toHaveLength(1);
    expect(unverified(trainingContribution({ base: dec(1000), headcount: 20, date: '2024-01-01' }))).toEqual([]);
  });
  it('a kind without a rate on the date (artisan in 2022): #N/A naming the kinds held then', () => {
    expect(refusal(() => trainingContribution({ base: dec(1000), kind: 'artisan', date: '2022-06-01' }))).toEqual({
      kind: 'no-law-for-date',
      field: 'employer_kind',
      en: 'the law store holds no training contribution rate for "artisan" on 2022-06-01 (rates held from 2019-01-01: employer, ett, particulier, intermittents, artiste_auteur, diffuseur, self_employed, self_employed_conjoint, micro_sales, micro_services, micro_artisan)',
    });
  });
  it('CPF-CDD (D6331-72, 2019–2021): excluded pay larger than the CDD payroll is refused', () => {
    expect(refusal(() => cpfCddContribution({ cddPayroll: dec(100), cddToCdiPayroll: dec(101), date: '2021-06-01' }))).toMatchObject({ field: 'cdd_payroll' });
    expect(cpfCddContribution({ cddPayroll: dec(100), cddToCdiPayroll: dec(100), date: '2021-06-01' }).value.toString()).toBe('0');
  });
});

describe('average headcount (R130-1 I)', () => {
  it('a year without employees averages 0; a negative or NaN month is refused', () => {
    expect(averageHeadcount([0, 0, 0], '2024-01-01').value.toString()).toBe('0');
    expect(averageHeadcount([0, 0, 0], '2024-01-01').articles).toEqual(['L130-1 CSS', 'R130-1 CSS']);
    for (const m of [[3, -1], [3, Number.NaN]]) expect(refusal(() => averageHeadcount(m, '2024-01-01'))).toMatchObject({ field: 'monthly_headcounts' });
  });
});

describe('PTP seniority (D6323-9)', () => {
  const base = { monthsEmployee: 0, monthsInCompany: 0, monthsCddLast12: 0, date: '2024-01-01' };
  it('every count of months must be a number of 0 or more', () => {
    for (const f of ['monthsEmployee', 'monthsInCompany', 'monthsCddLast12', 'monthsEmployeeLast5y'] as const)
      for (const v of [-1, Number.NaN]) expect(refusal(() => ptpEligible({ ...base, [f]: v })), `${f} ${v}`).not.toBe('accepted');
  });
  it('12 months of CDD fit in the last 12 months, 13 do not', () => {
    expect(refusal(() => ptpEligible({ ...base, monthsCddLast12: 12 }))).toBe('accepted');
    expect(refusal(() => ptpEligible({ ...base, monthsCddLast12: 13 }))).toEqual({ kind: 'invalid-argument', field: 'months_cdd_last_12', en: '13 months cannot fit in the last 12 months' });
  });
  it('24 months as an employee of which 12 in the company: eligible; 23 or 11: not', () => {
    expect(ptpEligible({ ...base, monthsEmployee: 24, monthsInCompany: 12 }).value).toEqual({ eligible: true, route: 'company' });
    expect(ptpEligible({ ...base, monthsEmployee: 23, monthsInCompany: 12 }).value).toEqual({ eligible: false, route: null });
    expect(ptpEligible({ ...base, monthsEmployee: 24, monthsInCompany: 11 }).value).toEqual({ eligible: false, route: null });
  });
  it('the CDD route counts the months of the last 5 years when given, not the whole career: 20 of 30 is not enough', () => {
    expect(ptpEligible({ ...base, monthsEmployee: 30, monthsEmployeeLast5y: 20, monthsCddLast12: 4 }).value).toEqual({ eligible: false, route: null });
    expect(ptpEligible({ ...base, monthsEmployee: 30, monthsEmployeeLast5y: 24, monthsCddLast12: 4 }).value).toEqual({ eligible: true, route: 'cdd' });
    expect(ptpEligible({ ...base, monthsEmployee: 24, monthsCddLast12: 3 }).value).toEqual({ eligible: false, route: null });
    expect(ptpEligible({ ...base, monthsEmployee: 24, monthsCddLast12: 3 }).warnings.map((w) => w.code)).not.toContain('WAIVER_NOT_YET');
  });
  it('the absence waiver before 2022-03-31: not eligible, WAIVER_NOT_YET citing D6323-9; version 1.0 flagged unverified', () => {
    const r = ptpEligible({ ...base, waiver: 'absence', date: '2022-03-30' });
    expect(r.value).toEqual({ eligible: false, route: null });
    expect(r.warnings.find((w) => w.code === 'WAIVER_NOT_YET')).toEqual({
      code: 'WAIVER_NOT_YET',
      message: { en: 'the "absence" waiver did not exist on 2022-03-30 (it applies from 2022-03-31, D6323-9 version 2.0)', fr: "la dispense « absence » n'existait pas au 2022-03-30 (elle s'applique depuis le 31/03/2022, D6323-9 version 2.0)" },
      articles: ['D6323-9'],
    });
    expect(r.warnings.map((w) => w.code)).toContain('UNVERIFIED');
    expect(ptpEligible({ ...base, waiver: 'absence', date: '2022-03-31' }).value).toEqual({ eligible: true, route: 'waiver' });
  });
});

describe('PTP pay (D6323-18-4)', () => {
  it('month 0 and 1.5 are not months of the leave; −1 and NaN hours elapsed are refused', () => {
    for (const m of [0, 1.5]) expect(refusal(() => ptpRemuneration({ referenceSalary: dec(3000), monthIndex: m, date: '2024-01-01' }))).toMatchObject({ field: 'month_index' });
    for (const h of [-1, Number.NaN]) expect(refusal(() => ptpRemuneration({ referenceSalary: dec(3000), monthIndex: 1, hoursElapsed: h, date: '2024-01-01' }))).toMatchObject({ field: 'hours_elapsed' });
  });
  it('the SMIC of an unverified period is said (2026-07-01)', () => {
    expect(ptpRemuneration({ referenceSalary: dec(5000), monthIndex: 1, date: '2026-07-01' }).warnings.map((w) => w.code)).toContain('UNVERIFIED');
  });
});
