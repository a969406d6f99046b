// The apprentice minimum and schedule at the edges of their arguments and of the special cases (L6222-1,
// L6222-7-1, L6222-11, D6222-26 to D6222-32): what is refused and with which message, what is accepted, and
// how a month is split when a contract year or a prolongation starts inside it.
import { describe, expect, it } from 'vitest';
import { appMinimum, appSalarySchedule, dec, LawError } from '@formapro/core';

const smic2024 = dec('1766.92');
const app = (input: Partial<Parameters<typeof appMinimum>[0]>) => appMinimum({ age: 19, contractYear: 1, date: '2024-03-01', smicMonthly: smic2024, ...input });
const refusal = (f: () => unknown): { field: string; en: string; articles: string[] } | 'accepted' => {
  try {
    f();
  } catch (e) {
    if (!(e instanceof LawError)) throw e;
    return { field: e.field!, en: e.text.en, articles: e.articles };
  }
  return 'accepted';
};
const field = (f: () => unknown) => {
  const r = refusal(f);
  return r === 'accepted' ? r : r.field;
};

describe('appMinimum: arguments', () => {
  it('age 120 is accepted (26 and over: 100 %), 121 and 19.5 are refused citing L6222-1', () => {
    expect(app({ age: 120 }).value.minimum.toString()).toBe('1766.92');
    const r = refusal(() => app({ age: 121 }));
    expect(r).toEqual({ field: 'age', en: "121 is not an apprentice's age in whole years (15 or more, L6222-1)", articles: ['L6222-1'] });
    expect(field(() => app({ age: 19.5 }))).toBe('age');
  });
  it('contract year 1 to 3 (D6222-26); 0, 4 and 1.5 refused citing D6222-26; 4 accepted in a prolongation', () => {
    expect(field(() => app({ contractYear: 3 }))).toBe('accepted');
    for (const y of [0, 4, 1.5]) expect(refusal(() => app({ contractYear: y })), String(y)).toMatchObject({ field: 'contract_year', articles: ['D6222-26'] });
    expect(refusal(() => app({ contractYear: 4 }))).toMatchObject({ en: '4 is not a year of execution of the contract (1 to 3)' });
    // a prolongation after a 3-year contract is paid at the rate of year 3 (D6222-28): 0.55 × 1,766.92 = 971.806 → 971.81
    const p = app({ age: 17, contractYear: 4, prolongation: true, contractYears: 3 });
    expect(p.value.minimum.toString()).toBe('971.81');
    expect(p.articles).toContain('D6222-28');
  });
  it('a prolongation without the contract length is refused (contract_years, D6222-28)', () => {
    expect(refusal(() => app({ contractYear: 2, prolongation: true }))).toMatchObject({ field: 'contract_years', articles: ['D6222-28'] });
  });
  it('cycle years 1 to 4 (L6222-7-1): 0, 5 and 1.5 refused', () => {
    expect(field(() => app({ cycleYears: 4, contractYears: 4 }))).toBe('accepted');
    expect(refusal(() => app({ cycleYears: 5 }))).toEqual({ field: 'cycle_years', en: '5 is not a number of years from 1 to 4', articles: ['L6222-7-1'] });
    expect(field(() => app({ cycleYears: 0 }))).toBe('cycle_years');
    expect(field(() => app({ cycleYears: 1.5 }))).toBe('cycle_years');
  });
  it('D6222-28-1: a 2-year contract in a 3-year cycle is paid from year 2 (19: 0.51 × 1,766.92 = 901.1292 → 901.13); a cycle as long as the contract changes nothing', () => {
    const short = app({ cycleYears: 3, contractYears: 2 });
    expect(short.value.yearPaid).toBe(2);
    expect(short.value.minimum.toString()).toBe('901.13');
    expect(short.articles).toContain('D6222-28-1');
    const same = app({ cycleYears: 2, contractYears: 2 });
    expect(same.value.yearPaid).toBe(1);
    expect(same.articles).not.toContain('D6222-28-1');
  });
  it('D6222-32: a licence pro is paid at the 2nd-year rate, however it is typed (" Licence  PRO ")', () => {
    for (const code of ['licence pro', ' Licence  PRO ', 'licence\tpro']) expect(app({ trainingLevel: code }).value.yearPaid, code).toBe(2);
    expect(app({ trainingLevel: 'licence' }).value.yearPaid).toBe(1);
    // 19, year 2: 0.51 × 1,766.92 = 901.1292 → 901.13, without the +15 points of D6222-30
    const r = app({ trainingLevel: 'licence pro' });
    expect(r.value.minimum.toString()).toBe('901.13');
    expect(r.value.sameLevelIncrease).toBe(false);
  });
  it('weekly hours are checked (60 h refused), overtime cites L3121-36 and pays the premium: 39 h → 35 + 4 × 1.25 = 40 paid hours', () => {
    expect(field(() => app({ weeklyHours: 60 }))).toBe('weekly_hours');
    const r = app({ weeklyHours: 39 });
    expect(r.articles).toContain('L3121-36');
    // 0.43 × 1,766.92 = 759.7756; × 40 / 35 = 868.3149… → 868.32
    expect(r.value.minimum.toString()).toBe('868.32');
    // a conventional premium of 10 %: 35 + 4 × 1.1 = 39.4 paid hours, 759.7756 × 39.4 / 35 = 855.2902… → 855.30 (a minimum rounds up), said in a warning
    const conv = app({ weeklyHours: 39, overtimeRate: dec('0.1') });
    expect(conv.value.minimum.toString()).toBe('855.3');
    expect(conv.warnings.map((w) => w.code)).toContain('OVERTIME');
    expect(conv.warnings.some((w) => w.code === 'UNVERIFIED' && w.message.en.startsWith('lowest conventional overtime premium'))).toBe(true);
  });
  it('from 21 the share applies to a higher conventional minimum (D6222-26): at 21 yes (0.53 × 2,500 = 1,325), at 20 no (0.43 × 1,766.92 → 759.78)', () => {
    const at21 = app({ age: 21, conventionalMinimum: dec(2500) });
    expect(at21.value.conventionalApplies).toBe(true);
    expect(at21.value.minimum.toString()).toBe('1325');
    expect(at21.warnings.some((w) => w.message.en.startsWith('apprentice pay: age from which the conventional minimum is compared'))).toBe(true);
    const at20 = app({ age: 20, conventionalMinimum: dec(2500) });
    expect(at20.value.conventionalApplies).toBe(false);
    expect(at20.value.minimum.toString()).toBe('759.78');
  });
  it('the SMIC of the date is cited once, with its warnings once (2026-07-01: an unverified value)', () => {
    const r = appMinimum({ age: 19, contractYear: 1, date: '2026-07-01', sameLevel: true, contractYears: 1 });
    expect(r.articles.filter((a) => a === 'L3231-2')).toHaveLength(1);
    const smicWarnings = r.warnings.filter((w) => w.message.en.startsWith('SMIC hourly gross rate'));
    expect(smicWarnings).toHaveLength(1);
  });
});

describe('appSalarySchedule: arguments', () => {
  const sched = (over: Partial<Parameters<typeof appSalarySchedule>[0]>) => appSalarySchedule({ birthDate: '2005-05-10', start: '2024-09-02', end: '2026-08-31', ...over });
  it('a contract of one day (end = start) is accepted; an end the day before the start is refused', () => {
    expect(sched({ end: '2024-09-02' }).value).toHaveLength(1);
    expect(field(() => sched({ end: '2024-09-01' }))).toBe('end');
  });
  it('a prolongation must end after the contract (L6222-11: D6222-28): the same day is refused, the day after accepted', () => {
    expect(refusal(() => sched({ prolongedEnd: '2026-08-31' }))).toMatchObject({ field: 'prolonged_end', articles: ['D6222-28'] });
    expect(field(() => sched({ prolongedEnd: '2026-09-01' }))).toBe('accepted');
  });
  it('born on the start day: refused on birth_date', () => {
    expect(field(() => sched({ birthDate: '2024-09-02' }))).toBe('birth_date');
  });
  it('L6222-7-1: at most 4 years (a disabled apprentice): the last day is accepted, the day after refused with the durations in years', () => {
    expect(field(() => sched({ end: '2028-09-01' }))).toBe('accepted');
    expect(refusal(() => sched({ end: '2028-09-02' }))).toEqual({
      field: 'end',
      en: '2028-09-02 is after 2028-09-01: an apprenticeship lasts at most 3 years, 4 for a disabled apprentice (L6222-7-1)',
      articles: ['L6222-7-1'],
    });
    try {
      sched({ end: '2028-09-02' });
    } catch (e) {
      expect((e as LawError).text.fr).toBe('2028-09-02 est postérieure au 2028-09-01 : un apprentissage dure au plus 3 ans, 4 pour un apprenti handicapé (L6222-7-1)');
    }
  });
  it('L6222-11: a prolongation lasts at most 12 months: through 2027-08-31 accepted, 2027-09-01 refused', () => {
    expect(field(() => sched({ prolongedEnd: '2027-08-31' }))).toBe('accepted');
    expect(refusal(() => sched({ prolongedEnd: '2027-09-01' }))).toEqual({
      field: 'prolonged_end',
      en: '2027-09-01 is after 2027-08-31: a prolongation after an exam failure lasts at most 12 months (L6222-11)',
      articles: ['L6222-11'],
    });
  });
  it('D6222-30: the +15 points need a contract of one year or less — 12 months accepted, 12 months and a day refused', () => {
    expect(field(() => sched({ start: '2024-09-02', end: '2025-09-01', sameLevel: true }))).toBe('accepted');
    expect(field(() => sched({ start: '2024-09-02', end: '2025-09-02', sameLevel: true }))).toBe('same_level');
  });
  it('D6222-28-1: a 2-year contract in a 2-year cycle is paid year 1 then year 2; in a 3-year cycle, year 2 then year 3', () => {
    const rate = (cycleYears: number) => sched({ cycleYears }).value.filter((r) => r.month === '2024-10-01' || r.month === '2025-10-01').map((r) => r.rate.toString());
    // born 2005-05-10: 19 in October 2024, 20 in October 2025 (band 18–20): 43 %, 51 %, 67 % by year
    expect(rate(2)).toEqual(['0.43', '0.51']);
    expect(rate(3)).toEqual(['0.51', '0.67']);
  });
});

describe('appSalarySchedule: the youngest apprentices (L6222-1, D6222-27)', () => {
  it('15 on the start day (born 2009-09-02, start 2024-09-02): paid at the youngest band from the first month, 27 % of the SMIC', () => {
    const rows = appSalarySchedule({ birthDate: '2009-09-02', start: '2024-09-02', end: '2025-08-31' }).value;
    // September 2024: 0.27 × 1,766.92 = 477.0684 → 477.07 (the SMIC of 11.65 € until 2024-10-31)
    expect(rows[0].rate.toString()).toBe('0.27');
    expect(rows[0].minimum.toString()).toBe('477.07');
  });
  it('14 on the start day (born 2009-09-03) is refused on age', () => {
    expect(field(() => appSalarySchedule({ birthDate: '2009-09-03', start: '2024-09-02', end: '2025-08-31' }))).toBe('age');
  });
});

describe('appSalarySchedule: a month split by a contract year or a prolongation starting inside it', () => {
  it('an anniversary on the last day of the month (start 2024-01-31): January 2025 has a later part from 2025-01-31, year 2', () => {
    const rows = appSalarySchedule({ birthDate: '2005-05-10', start: '2024-01-31', end: '2025-06-30' }).value;
    const jan = rows.find((r) => r.month === '2025-01-01')!;
    expect(jan.later?.map((l) => [l.from, l.year])).toEqual([['2025-01-31', 2]]);
    expect(rows.find((r) => r.month === '2024-12-01')!.later).toBeUndefined();
  });
  it('an anniversary on the 1st (start 2024-02-01) does not split its month', () => {
    const rows = appSalarySchedule({ birthDate: '2005-05-10', start: '2024-02-01', end: '2025-06-30' }).value;
    const feb = rows.find((r) => r.month === '2025-02-01')!;
    expect(feb.year).toBe(2);
    expect(feb.later).toBeUndefined();
  });
  it('a month with the end of the contract (2026-06-10) and then an anniversary (2026-06-20) inside the prolongation: the parts in date order', () => {
    const rows = appSalarySchedule({ birthDate: '2005-05-10', start: '2023-06-20', end: '2026-06-10', prolongedEnd: '2026-12-31' }).value;
    const june = rows.find((r) => r.month === '2026-06-01')!;
    expect(june.later?.map((l) => l.from)).toEqual(['2026-06-11', '2026-06-20']);
  });
  it('a prolongation starting mid-month (end 2026-06-14): June has a later part from 2026-06-15; without a prolongation it has none', () => {
    const withP = appSalarySchedule({ birthDate: '2005-05-10', start: '2023-09-01', end: '2026-06-14', prolongedEnd: '2026-12-31' }).value;
    expect(withP.find((r) => r.month === '2026-06-01')!.later?.map((l) => l.from)).toEqual(['2026-06-15']);
    const without = appSalarySchedule({ birthDate: '2005-05-10', start: '2023-09-01', end: '2026-06-14' }).value;
    expect(without.at(-1)!.later).toBeUndefined();
  });
});
