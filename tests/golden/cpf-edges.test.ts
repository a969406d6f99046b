// CPF credits at their edges, worked by hand: the argument checks, the hours of the 2015–2018 system around
// the 120-hour threshold (old L6323-11) and for the low-qualified (L6323-11-1), the 15 € conversion
// (décret 2018-1153), the abondement correctif (L6323-13, R6323-3) and the participation (L6323-4).
import { describe, expect, it } from 'vitest';
import { cpfAbondement, cpfAccrualEuros, cpfAccrualHours, cpfHoursToEuros, cpfParticipation, dec, LawError } from '@formapro/core';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof LawError) return { kind: e.kind, field: e.field, articles: e.articles };
    throw e;
  }
  return 'accepted';
};
const half = 1607 / 2;

describe('arguments (L6323-11)', () => {
  it('worked hours: 0 accepted, −1 and NaN refused', () => {
    expect(cpfAccrualEuros({ workedHours: 0, year: 2024 }).value.toString()).toBe('0');
    for (const h of [-1, Number.NaN]) expect(refusal(() => cpfAccrualEuros({ workedHours: h, year: 2024 }))).toEqual({ kind: 'invalid-argument', field: 'worked_hours', articles: [] });
  });
  it('reference hours: 1 accepted, 0, −1 and Infinity refused', () => {
    expect(refusal(() => cpfAccrualEuros({ workedHours: 1, referenceHours: 1, year: 2024 }))).toBe('accepted');
    for (const r of [0, -1, Number.POSITIVE_INFINITY]) expect(refusal(() => cpfAccrualEuros({ workedHours: 1, referenceHours: r, year: 2024 })), String(r)).toMatchObject({ field: 'reference_hours' });
  });
  it('year: 1900 and 9999 are years (1900 has no CPF: #N/A citing L6323-11), 1899, 10000 and 2024.5 are not', () => {
    expect(refusal(() => cpfAccrualEuros({ workedHours: 1607, year: 1900 }))).toEqual({ kind: 'no-law-for-date', field: 'year', articles: ['L6323-11'] });
    expect(refusal(() => cpfAccrualEuros({ workedHours: 1607, year: 9999 }))).toBe('accepted');
    for (const y of [1899, 10000, 2024.5]) expect(refusal(() => cpfAccrualEuros({ workedHours: 1607, year: y })), String(y)).toMatchObject({ kind: 'invalid-argument', field: 'year' });
  });
  it('the hours system refuses 2019 (#N/A citing L6323-11)', () => {
    expect(refusal(() => cpfAccrualHours({ workedHours: 1607, year: 2019 }))).toEqual({ kind: 'no-law-for-date', field: 'year', articles: ['L6323-11'] });
  });
});

describe('hours, 2015–2018 (old L6323-11: 24 h a year up to 120 h, then 12 h up to 150 h; part time prorated, rounded up)', () => {
  const hours = (workedHours: number, balanceHours: number, lowQualification = false, year = 2016) => cpfAccrualHours({ workedHours, balanceHours, lowQualification, year }).value;
  it('full time from 0: 24 h; half time: 24 × 0.5 = 12 h', () => {
    expect(hours(1607, 0)).toBe(24);
    expect(hours(half, 0)).toBe(12);
  });
  it('half time with 120 h already: 12 × 0.5 = 6 h; with 150 h: 0', () => {
    expect(hours(half, 120)).toBe(6);
    expect(hours(half, 150)).toBe(0);
  });
  it('half time with 110 h: the first 10 h at 24 h/year use 10/12 of the year, the rest at 12 h: 10 + 12 × 0.5 × 2/12 = 11 h', () => {
    expect(hours(half, 110)).toBe(11);
  });
  it('full time with 140 h: capped at 150: 10 h', () => {
    expect(hours(1607, 140)).toBe(10);
  });
  it('L6323-11-1 (from 2017): without a level V qualification 48 h a year, half time 48 × 0.5 = 24 h; not in 2016', () => {
    expect(hours(half, 0, true, 2017)).toBe(24);
    expect(hours(half, 0, true, 2016)).toBe(12);
    const r = cpfAccrualHours({ workedHours: half, lowQualification: true, year: 2017 });
    expect(r.articles).toContain('L6323-11-1');
  });
});

describe('conversion, abondement, participation', () => {
  it('hours to euros at 15 € (décret 2018-1153, flagged unverified): 10 h = 150 €; 0 h = 0; −1 and NaN refused', () => {
    const r = cpfHoursToEuros(10, '2019-01-01');
    expect(r.value.toString()).toBe('150');
    expect(r.warnings.map((w) => w.code)).toEqual(['UNVERIFIED']);
    expect(cpfHoursToEuros(0, '2019-01-01').value.toString()).toBe('0');
    for (const h of [-1, Number.NaN]) expect(refusal(() => cpfHoursToEuros(h, '2019-01-01'))).toMatchObject({ field: 'hours' });
  });
  it('abondement correctif: due (3,000 €) only without interviews and without training, by the end of the following quarter; 6,000 € unpaid after notice', () => {
    const base = { companyOf50: true, interviewsHeld: false, nonMandatoryTraining: false, reviewDate: '2024-05-15' };
    expect(cpfAbondement(base).value).toEqual({ due: true, amount: dec(3000), dueBy: '2024-09-30' });
    expect(cpfAbondement({ ...base, unpaidAfterNotice: true }).value.amount.toString()).toBe('6000');
    expect(cpfAbondement({ ...base, interviewsHeld: true }).value).toEqual({ due: false, amount: dec(0), dueBy: null });
  });
  it('participation forfaitaire: 100 € on 2024-06-01, 0 when exempt, 0 before 2024-05-02', () => {
    expect(cpfParticipation('2024-06-01').value.toString()).toBe('100');
    expect(cpfParticipation('2024-06-01', true).value.toString()).toBe('0');
    expect(cpfParticipation('2024-05-01').value.toString()).toBe('0');
  });
});
