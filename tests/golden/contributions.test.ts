/** Training contributions and headcount (L6331-1 and following, L130-1/R130-1 CSS). */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { averageHeadcount, thresholdCrossed, trainingContribution, dec } from '@formapro/core';
import { evaluate, FnError, type CellValue } from '@formapro/functions';

// "today" is the default date of some functions called below without one: the clock is pinned so the law read
// never depends on the day the suite runs.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2024-06-15T12:00:00'));
});
afterAll(() => {
  vi.useRealTimers();
});

const value = (name: string, ...args: CellValue[]) => evaluate(name, args).value;

describe('contributions', () => {
  it('F1 L6331-1 / L6331-3: 2024, base 300,000: < 11 → 0.55 % = 1,650 €; ≥ 11 → 1 % = 3,000 €', () => {
    expect(value('TRAINING_CONTRIBUTION', 300000, 10.99, '2024-06-30')).toBe(1650);
    expect(value('TRAINING_CONTRIBUTION', 300000, 11, '2024-06-30')).toBe(3000);
  });
  it('F7 L6331-5, L6331-69: ETT of 11 and more, base 1,000,000 → 1.30 % = 13,000 € legal, the conventional 0.30 % (3,000 €) as a separate line', () => {
    expect(value('TRAINING_CONTRIBUTION', 1000000, 50, '2024-06-30', 'ett')).toBe(13000);
    const r = trainingContribution({ base: dec(1000000), headcount: 50, date: '2024-06-30', kind: 'ett' });
    expect(r.value.conventional?.toString()).toBe('3000');
    expect(r.articles).toEqual(expect.arrayContaining(['L6331-5', 'L6331-69']));
  });
  it('L6331-1 (not L6331-5): ETT under 11, base 1,000,000 → 0.55 % = 5,500 € (L6331-5 raises only the L6331-3 rate of employers of 11 and more)', () => {
    expect(value('TRAINING_CONTRIBUTION', 1000000, 5, '2024-06-30', 'ett')).toBe(5500);
    const r = trainingContribution({ base: dec(1000000), headcount: 5, date: '2024-06-30', kind: 'ett' });
    expect(r.articles).toContain('L6331-1');
    expect(r.articles).not.toContain('L6331-5');
    expect((value('TRAINING_CONTRIBUTION', 1000000, '', '2024-06-30', 'ett') as FnError).message).toMatch(/^headcount: /);
  });
  it('ETT before 2019 (L6331-2 under 11, 1.30 % from 11 since 2015): 2018, base 1,000,000 → 5 employees 0.55 % = 5,500 €; 20 employees 1.30 % = 13,000 €, no conventional line', () => {
    expect(value('TRAINING_CONTRIBUTION', 1000000, 5, '2018-06-30', 'ett')).toBe(5500);
    expect(value('TRAINING_CONTRIBUTION', 1000000, 20, '2018-06-30', 'ett')).toBe(13000);
    expect(value('TRAINING_CONTRIBUTION', 1000000, 20, '2015-01-01', 'ett')).toBe(13000);
    expect(trainingContribution({ base: dec(1000000), headcount: 5, date: '2018-06-30', kind: 'ett' }).articles).toContain('L6331-2');
    expect(trainingContribution({ base: dec(1000000), headcount: 20, date: '2018-06-30', kind: 'ett' }).value.conventional).toBeUndefined();
  });
  it('L6331-69 exists from 2022-01-01: ETT 20 employees, base 1,000,000 → 2021-12-31 legal 13,000 € only; 2022-01-01 + conventional 0.30 % = 3,000 €', () => {
    const before = trainingContribution({ base: dec(1000000), headcount: 20, date: '2021-12-31', kind: 'ett' });
    expect(before.value.amount.toString()).toBe('13000');
    expect(before.value.conventional).toBeUndefined();
    expect(before.articles).not.toContain('L6331-69');
    expect(trainingContribution({ base: dec(1000000), headcount: 20, date: '2022-01-01', kind: 'ett' }).value.conventional?.toString()).toBe('3000');
  });
  it('F9 L6331-48: micro-entrepreneurs: sales 80,000 → 80 €; services 50,000 → 100 €; artisans 40,000 → 120 €', () => {
    expect(value('TRAINING_CONTRIBUTION', 80000, '', '2024-06-30', 'micro_sales')).toBe(80);
    expect(value('TRAINING_CONTRIBUTION', 50000, '', '2024-06-30', 'micro_services')).toBe(100);
    expect(value('TRAINING_CONTRIBUTION', 40000, '', '2024-06-30', 'micro_artisan')).toBe(120);
  });
  it('F10 L6331-57: particulier employeur, pay 12,000 → 0.15 % = 18 €', () => {
    expect(value('TRAINING_CONTRIBUTION', 12000, '', '2024-06-30', 'particulier')).toBe(18);
  });
  it('F11 L6331-55: intermittents, pay 200,000 → 2 % = 4,000 €', () => {
    expect(value('TRAINING_CONTRIBUTION', 200000, '', '2024-06-30', 'intermittents')).toBe(4000);
  });
  it('CONT-07 L6331-48: self-employed 2024: 0.25 % × PSS 46,368 = 115.92 €; 2025: 0.25 % × 47,100 = 117.75 €; artisan 0.29 % = 134.47 €', () => {
    expect(value('TRAINING_CONTRIBUTION', 0, '', '2024-06-30', 'self_employed')).toBe(115.92);
    expect(value('TRAINING_CONTRIBUTION', 0, '', '2025-06-30', 'self_employed')).toBe(117.75);
    expect(value('TRAINING_CONTRIBUTION', 0, '', '2024-06-30', 'artisan')).toBe(134.47);
  });
  it('L6331-48 before 2023: self-employed 2022 0.25 % × PSS 41,136 = 102.84 €; 2018 0.25 % × 39,732 = 99.33 €; conjoint 2020 0.34 % × 41,136 = 139.8624 → 139.86 €', () => {
    expect(value('TRAINING_CONTRIBUTION', 0, '', '2022-06-30', 'self_employed')).toBe(102.84);
    expect(value('TRAINING_CONTRIBUTION', 0, '', '2018-06-30', 'self_employed')).toBe(99.33);
    expect(value('TRAINING_CONTRIBUTION', 0, '', '2020-06-30', 'self_employed_conjoint')).toBe(139.86);
  });
  it('L6331-48 before 2023: micro-entrepreneurs 2021: sales 80,000 × 0.1 % = 80 €; services 50,000 × 0.2 % = 100 €; artisans 40,000 × 0.3 % = 120 €', () => {
    expect(value('TRAINING_CONTRIBUTION', 80000, '', '2021-06-30', 'micro_sales')).toBe(80);
    expect(value('TRAINING_CONTRIBUTION', 50000, '', '2021-06-30', 'micro_services')).toBe(100);
    expect(value('TRAINING_CONTRIBUTION', 40000, '', '2021-06-30', 'micro_artisan')).toBe(120);
  });
  it('L6331-53: fishing and marine culture 0.15 % of the PSS: 2024 0.15 % × 46,368 = 69.552 → 69.55 €; 2022-09-01 0.15 % × 41,136 = 61.704 → 61.70 €; 2022-08-31 → #N/A', () => {
    expect(value('TRAINING_CONTRIBUTION', 0, '', '2024-06-30', 'fishing')).toBe(69.55);
    expect(value('TRAINING_CONTRIBUTION', 0, '', '2022-09-01', 'peche')).toBe(61.7);
    expect((value('TRAINING_CONTRIBUTION', 0, '', '2022-08-31', 'fishing') as FnError).code).toBe('#N/A');
  });
  it('a date or kind the store holds no rate for is #N/A with its message, never #VALUE!: artisan 0.29 % in 2022; any employer in 2014; self-employed in 2016 (PSS series from 2017)', () => {
    const artisan = value('TRAINING_CONTRIBUTION', 0, '', '2022-06-30', 'artisan') as FnError;
    expect(artisan.code).toBe('#N/A');
    expect(artisan.message).toMatch(/^employer_kind: the law store holds no training contribution rate for "artisan" on 2022-06-30/);
    const early = value('TRAINING_CONTRIBUTION', 300000, 5, '2014-12-31') as FnError;
    expect(early.code).toBe('#N/A');
    expect(early.message).toMatch(/^date: 2014-12-31 /);
    expect((value('TRAINING_CONTRIBUTION', 0, '', '2016-06-30', 'self_employed') as FnError).code).toBe('#N/A');
  });
  it('F6 D6331-72: CDD payroll 50,000 incl. 20,000 continued by a CDI: 2021 → 1 % × 30,000 = 300 €; 2022 → 500 €', () => {
    expect(value('CPF_CDD_CONTRIBUTION', 50000, 20000, '', '2021-12-31')).toBe(300);
    expect(value('CPF_CDD_CONTRIBUTION', 50000, 20000, '', '2022-01-01')).toBe(500);
  });
  it('D6331-72 student jobs (2019–2021 only): CDD payroll 50,000 incl. 10,000 of student holiday jobs: 2019-01-01 and 2021-12-31 → 1 % × 40,000 = 400 €; 2022-01-01 → 1 % × 50,000 = 500 €', () => {
    expect(value('CPF_CDD_CONTRIBUTION', 50000, '', 10000, '2019-01-01')).toBe(400);
    expect(value('CPF_CDD_CONTRIBUTION', 50000, '', 10000, '2021-12-31')).toBe(400);
    expect(value('CPF_CDD_CONTRIBUTION', 50000, '', 10000, '2022-01-01')).toBe(500);
    // both exclusions together in 2020: 1 % × (50,000 − 20,000 − 10,000) = 200 €
    expect(value('CPF_CDD_CONTRIBUTION', 50000, 20000, 10000, '2020-06-30')).toBe(200);
  });
  it('an employer without a headcount is refused, naming it', () => {
    expect((value('TRAINING_CONTRIBUTION', 300000) as FnError).message).toMatch(/^headcount: /);
  });
});

describe('headcount (L130-1, R130-1 CSS)', () => {
  it('F4 R130-1 I: monthly headcounts summing to 132.4567 over 12 months → 11.0380… truncated to 11.03', () => {
    const months = [11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11.4567];
    expect(averageHeadcount(months, '2024-01-01').value.toString()).toBe('11.03');
    expect(value('AVERAGE_HEADCOUNT', [months])).toBe(11.03);
  });
  it('R130-1 I: months without employees are ignored', () => {
    expect(value('AVERAGE_HEADCOUNT', [[0, 0, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12]])).toBe(12);
  });
  it('F3 L130-1 II: ≥ 11 for 5 consecutive years crosses; one year at 10.96 restarts the count', () => {
    expect(thresholdCrossed([11, 11.5, 12, 11, 11.2], 11, '2024-01-01').value).toBe(true);
    expect(value('THRESHOLD_CROSSED', [[12, 12, 10.96, 11, 11, 11, 11]], 11)).toBe(false);
    expect(value('THRESHOLD_CROSSED', [[12, 12, 10.96, 11, 11, 11, 11, 11]], 11)).toBe(true);
  });
});

describe('every year 2016–2022, three employer kinds, base 500,000 (L6331-1/-2, L6331-3, L6331-5, L6331-57)', () => {
  // Under 11 (10.99): 0.55 % = 2,750 €; 11 and more: 1 % = 5,000 €; ETT of 11 and more: 1.30 % = 6,500 €;
  // particulier employeur: 0.15 % = 750 €. The under-11 rate is L6331-2 until 2018, L6331-1 from 2019.
  for (const year of [2016, 2017, 2018, 2019, 2020, 2021, 2022]) {
    it(`${year}: 2,750 / 5,000 / ETT 6,500 / particulier 750; under 11 cites ${year < 2019 ? 'L6331-2' : 'L6331-1'}`, () => {
      const date = `${year}-06-30`;
      expect(value('TRAINING_CONTRIBUTION', 500000, 10.99, date)).toBe(2750);
      expect(value('TRAINING_CONTRIBUTION', 500000, 11, date)).toBe(5000);
      expect(value('TRAINING_CONTRIBUTION', 500000, 11, date, 'ett')).toBe(6500);
      expect(value('TRAINING_CONTRIBUTION', 500000, '', date, 'particulier')).toBe(750);
      const small = trainingContribution({ base: dec(500000), headcount: 10.99, date, kind: 'employer' });
      expect(small.articles).toContain(year < 2019 ? 'L6331-2' : 'L6331-1');
      expect(small.articles).not.toContain(year < 2019 ? 'L6331-1' : 'L6331-2');
      expect(trainingContribution({ base: dec(500000), headcount: 11, date, kind: 'ett' }).articles).toContain('L6331-5');
    });
  }
});
