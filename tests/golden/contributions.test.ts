/** Training contributions and headcount (L6331-1 and following, L130-1/R130-1 CSS; rules.md §4 F). */
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
  it('F7 L6331-5, L6331-69: ETT base 1,000,000 → 13,000 € legal, the conventional 0.30 % (3,000 €) as a separate line', () => {
    expect(value('TRAINING_CONTRIBUTION', 1000000, '', '2024-06-30', 'ett')).toBe(13000);
    const r = trainingContribution({ base: dec(1000000), date: '2024-06-30', kind: 'ett' });
    expect(r.value.conventional?.toString()).toBe('3000');
    expect(r.articles).toEqual(expect.arrayContaining(['L6331-5', 'L6331-69']));
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
    expect((value('TRAINING_CONTRIBUTION', 0, '', '2022-06-30', 'self_employed') as FnError).message).toMatch(/^employer_kind: /);
  });
  it('F6 D6331-72: CDD payroll 50,000 incl. 20,000 continued by a CDI: 2021 → 1 % × 30,000 = 300 €; 2022 → 500 €', () => {
    expect(value('CPF_CDD_CONTRIBUTION', 50000, 20000, '', '2021-12-31')).toBe(300);
    expect(value('CPF_CDD_CONTRIBUTION', 50000, 20000, '', '2022-01-01')).toBe(500);
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
