/** Apprentice minimum at its boundaries, derived by hand from L6222-1, L6222-7-1, D6222-26 to D6222-28. */
import { describe, expect, it } from 'vitest';
import { appMinimum, appSalarySchedule, dec, LawError } from '@formapro/core';

const smic2024 = dec('1766.92');
const min = (input: Partial<Parameters<typeof appMinimum>[0]>) =>
  appMinimum({ age: 19, contractYear: 1, date: '2024-03-01', smicMonthly: smic2024, ...input }).value;
const refused = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as LawError).field;
  }
  return 'accepted';
};

describe('age (L6222-1, D6222-26, D6222-27)', () => {
  it('14 is refused (age); 15 — after the first cycle of secondary education — is paid as 16–17: 0.27 × 1,766.92 = 477.0684 → 477.07, citing D6222-27', () => {
    expect(refused(() => min({ age: 14 }))).toBe('age');
    const r = appMinimum({ age: 15, contractYear: 1, date: '2024-03-01', smicMonthly: smic2024 });
    expect(r.value.minimum.toString()).toBe('477.07');
    expect(r.articles).toContain('D6222-27');
    expect(min({ age: 16 }).minimum.toString()).toBe('477.07');
  });

  it('25 → 53 % = 936.4676 → 936.47; exactly 26 → 100 % of the SMIC = 1,766.92', () => {
    expect(min({ age: 25 }).minimum.toString()).toBe('936.47');
    expect(min({ age: 26 }).rate.toString()).toBe('1');
    expect(min({ age: 26 }).minimum.toString()).toBe('1766.92');
  });

  it('the 26th birthday (2024-05-15) in a schedule: May 2024 at 53 %, 100 % from 2024-06-01 (the 1st of the month after), 1,801.80 from November 2024', () => {
    const rows = appSalarySchedule({ birthDate: '1998-05-15', start: '2024-01-08', end: '2024-12-31' }).value;
    const at = (m: string) => rows.find((r) => r.month === m)!;
    expect([at('2024-05-01').age, at('2024-05-01').rate.toString(), at('2024-05-01').minimum.toString()]).toEqual([25, '0.53', '936.47']);
    expect([at('2024-06-01').age, at('2024-06-01').rate.toString(), at('2024-06-01').minimum.toString()]).toEqual([26, '1', '1766.92']);
    expect(at('2024-11-01').minimum.toString()).toBe('1801.8'); // 11.88 × 35 × 52 / 12 = 1,801.80
  });
});

describe('part time (L3231-2, D6222-26)', () => {
  it('28 h a week, age 19, year 1, March 2024: 0.43 × 11.65 × 28 × 52 / 12 = 607.8193… → 607.82', () => {
    expect(appMinimum({ age: 19, contractYear: 1, date: '2024-03-01', weeklyHours: 28 }).value.minimum.toString()).toBe('607.82');
    // full time for comparison: 0.43 × 11.65 × 35 × 52 / 12 = 759.7741… → 759.78
    expect(appMinimum({ age: 19, contractYear: 1, date: '2024-03-01' }).value.minimum.toString()).toBe('759.78');
  });
});

describe('year 4 (D6222-26 has three years; D6222-28 prolongation)', () => {
  it('year 4 of a contract is refused (contract_year); year 4 as a prolongation of a 3-year contract is paid as year 3: 0.67 × 1,766.92 = 1,183.8364 → 1,183.84', () => {
    expect(refused(() => min({ contractYear: 4 }))).toBe('contract_year');
    const r = appMinimum({ age: 19, contractYear: 4, date: '2024-03-01', smicMonthly: smic2024, prolongation: true, contractYears: 3 });
    expect(r.value.minimum.toString()).toBe('1183.84');
    expect(r.articles).toContain('D6222-28');
    expect(refused(() => min({ contractYear: 5, prolongation: true, contractYears: 3 }))).toBe('contract_year');
  });
});

describe('schedule length (L6222-7-1: 3 years, 4 for a disabled apprentice; L6222-11: a prolongation of a year at most)', () => {
  it('4 years from 2024-01-15 end on 2028-01-14 at the latest (49 calendar months): accepted; 2028-01-15 is refused on end', () => {
    expect(appSalarySchedule({ birthDate: '2004-01-01', start: '2024-01-15', end: '2028-01-14' }).value).toHaveLength(49);
    expect(refused(() => appSalarySchedule({ birthDate: '2004-01-01', start: '2024-01-15', end: '2028-01-15' }))).toBe('end');
  });
  it('a prolongation after 2026-01-14 ends on 2027-01-14 at the latest: accepted; 2027-01-15 is refused on prolonged_end', () => {
    expect(refused(() => appSalarySchedule({ birthDate: '2004-01-01', start: '2024-01-15', end: '2026-01-14', prolongedEnd: '2027-01-14' }))).toBe('accepted');
    expect(refused(() => appSalarySchedule({ birthDate: '2004-01-01', start: '2024-01-15', end: '2026-01-14', prolongedEnd: '2027-01-15' }))).toBe('prolonged_end');
  });
});
