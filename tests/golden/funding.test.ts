/** OPCO funding, derived by hand from D6332-86, D6332-92, D6332-93. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dec, opcoTrainingFunding, opcoTutorAid, opcoTutorTraining } from '@formapro/core';
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

describe('OPCO funding (L6332-14)', () => {
  it('D1 D6332-86: 400 hours, no branch level: 9.15 × 400 = 3,660 €; priority or GEIQ: 15 × 400 = 6,000 €', () => {
    expect(value('OPCO_FUNDING', 400, '', false, '2024-03-01')).toBe(3660);
    expect(value('OPCO_FUNDING', 400, '', true, '2024-03-01')).toBe(6000);
    expect(value('OPCO_FUNDING', 400, '', false, '2024-03-01', true)).toBe(6000);
  });

  it('D6332-86 versions: a GEIQ path gets 15 €/h for contracts from 2020-10-01, 9.15 €/h on 2020-09-30', () => {
    expect(opcoTrainingFunding({ hours: 400, geiq: true, date: '2020-09-30' }).value.amount.toString()).toBe('3660');
    expect(opcoTrainingFunding({ hours: 400, geiq: true, date: '2020-10-01' }).value.amount.toString()).toBe('6000');
    expect(opcoTrainingFunding({ hours: 400, geiq: true, date: '2020-09-30' }).warnings.map((w) => w.code)).toContain('GEIQ_NOT_YET');
  });

  it('D6332-85: a branch hourly level replaces the forfait: 400 × 12.50 = 5,000 €', () => {
    expect(value('OPCO_FUNDING', 400, 12.5)).toBe(5000);
    expect(opcoTrainingFunding({ hours: 273, branchHourlyRate: dec('9.99'), date: '2024-01-01' }).value.amount.toString()).toBe('2727.27');
  });

  it('before 2019 the forfaits were not verified: #N/A with a message, not a guess', () => {
    const v = value('OPCO_FUNDING', 400, '', false, '2018-12-31') as FnError;
    expect(v).toBeInstanceOf(FnError);
    expect(v.code).toBe('#N/A');
    expect(value('OPCO_FUNDING', 400, '', false, '2019-01-01')).toBe(3660);
  });

  it('D3 D6332-93: tutor aged 40, tutee not priority, 8 months: 230 × 6 = 1,380 €', () => {
    expect(value('OPCO_TUTOR_AID', 8, 40)).toBe(1380);
  });

  it('D6332-93: +50 % from 45 (345 × 6 = 2,070), not at 44; +50 % for a priority tutee; fewer months prorated', () => {
    expect(value('OPCO_TUTOR_AID', 8, 45)).toBe(2070);
    expect(value('OPCO_TUTOR_AID', 8, 44)).toBe(1380);
    expect(value('OPCO_TUTOR_AID', 6, 30, true)).toBe(2070);
    expect(value('OPCO_TUTOR_AID', 4)).toBe(920);
    expect(opcoTutorAid({ months: 8, tutorAge: 45, date: '2024-01-01' }).value.monthly.toString()).toBe('345');
  });

  it('D5 D6332-92: 50 h costing 900 € → min(900, 15 × 40) = 600 €; 30 h costing 300 € → min(300, 450) = 300 €', () => {
    expect(value('OPCO_TUTOR_TRAINING', 50, 900)).toBe(600);
    expect(value('OPCO_TUTOR_TRAINING', 30, 300)).toBe(300);
    expect(value('OPCO_TUTOR_TRAINING', 40, 700)).toBe(600);
    expect(opcoTutorTraining({ hours: 41, cost: dec(1000), date: '2024-01-01' }).value.toString()).toBe('600');
  });

  it('bad input names the argument', () => {
    expect((value('OPCO_FUNDING', -1) as FnError).message).toMatch(/^training_hours: /);
    expect((value('OPCO_TUTOR_AID', 6, 12) as FnError).message).toMatch(/^tutor_age: /);
    expect((value('OPCO_TUTOR_TRAINING', 10, 'cher') as FnError).message).toMatch(/^cost: /);
  });
});
