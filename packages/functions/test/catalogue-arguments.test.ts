// Each catalogue function's own argument rules, through evaluate() as a spreadsheet calls it: the message
// a user reads names the argument, the value and what is expected (a wrong bound or description shows).
import { describe, expect, it } from 'vitest';
import { evaluate, findFunction, FnError, isFnError, isMatrix } from './support';
import { invalidArgument, noLawForDate } from '@formapro/core';

const message = (name: string, args: unknown[]) => {
  const v = evaluate(name, args as never).value;
  return v instanceof FnError ? `${v.code} ${v.message}` : v;
};

describe('numbers with their bounds and descriptions', () => {
  it('OPCO functions', () => {
    expect(message('OPCO_FUNDING', [-1])).toBe('#VALUE! training_hours: -1 is below 0 (a number of training hours)');
    expect(message('OPCO_FUNDING', [10, 'x'])).toBe('#VALUE! hourly_rate: "x" is not an hourly amount in euros');
    expect(message('OPCO_TUTOR_AID', [-1])).toBe('#VALUE! months: -1 is below 0 (a number of months)');
    expect(message('OPCO_TUTOR_AID', [6, 17])).toBe("#VALUE! tutor_age: 17 is below 18 (a tutor's age in whole years)");
    expect(message('OPCO_TUTOR_AID', [6, 45.5])).toBe("#VALUE! tutor_age: 45.5 is not a whole number (a tutor's age in whole years)");
    expect(message('OPCO_TUTOR_TRAINING', [-1, 100])).toBe('#VALUE! hours: -1 is below 0 (a number of hours)');
  });
  it('priority public omitted = not priority (OPCO_FUNDING 100 h: 915 €, OPCO_TUTOR_AID 6 months: 1,380 €)', () => {
    expect(message('OPCO_FUNDING', [100, '', '', '2024-01-01'])).toBe(915);
    expect(message('OPCO_TUTOR_AID', [6, '', '', '2024-01-01'])).toBe(1380);
  });
  it('contributions and headcounts', () => {
    expect(message('TRAINING_CONTRIBUTION', [1000, -1, '2024-01-01'])).toBe('#VALUE! headcount: -1 is below 0 (an average headcount)');
    expect(message('AVERAGE_HEADCOUNT', [[[3, -1]], '2024-01-01'])).toBe('#VALUE! monthly_headcounts: -1 is below 0 (a headcount)');
    expect(message('AVERAGE_HEADCOUNT', [[[10, null, '', 12]], '2024-01-01'])).toBe(11);
    expect(message('THRESHOLD_CROSSED', [[[11, 11, 11, 11, 11]], 0, '2024-01-01'])).toBe('#VALUE! threshold: 0 is below 1 (a headcount threshold)');
  });
  it('individual training contract', () => {
    expect(message('FORCE_MAJEURE_DUE', [2000, -1, 100])).toBe('#VALUE! delivered_hours: -1 is below 0 (a number of hours)');
    expect(message('FORCE_MAJEURE_DUE', [2000, 10, -1])).toBe('#VALUE! planned_hours: -1 is below 0 (a number of hours)');
  });
  it('apprentice minimum: age and year in whole numbers, a SMIC above 0, years of a cycle from 1 to 4', () => {
    expect(message('APP_MIN_SALARY', [19.5, 1])).toBe('#VALUE! age: 19.5 is not a whole number (an age in whole years)');
    expect(message('APP_MIN_SALARY', [19, 1.5])).toBe('#VALUE! contract_year: 1.5 is not a whole number (a contract year (1, 2 or 3))');
    expect(message('APP_MIN_SALARY', [19, 1, 0])).toBe('#VALUE! smic: 0 must be above 0 (an amount in euros (e.g. 1766.92))');
  });
  it('CPF: a reference duration of at least 1 hour; the year defaults to this year', () => {
    expect(message('CPF_ACCRUAL', [1607, 0.5])).toBe('#VALUE! reference_hours: 0.5 is below 1 (a yearly duration in hours)');
    expect(message('CPF_ACCRUAL', [1607])).toBe(500);
  });
  it('PRO_CHECK: a range or an error cell where one value is expected; training hours from 0', () => {
    const check = (q: unknown) => message('PRO_CHECK', ['2003-03-03', '2024-01-01', '2024-12-31', q, 1800, 400]);
    expect(check([['none', 'cap']])).toMatch(/^#VALUE! qualification: a range is not a qualification code/);
    expect(check({ error: '#REF!' })).toMatch(/^#VALUE! qualification: #REF! is not a qualification code/);
    expect(message('PRO_CHECK', ['2003-03-03', '2024-01-01', '2024-12-31', 'none', 1800, -1])).toBe('#VALUE! training_hours: -1 is below 0 (a number of training hours)');
  });
});

describe('SMIC arguments', () => {
  it('an empty unit or territory cell is the default (monthly, metropole)', () => {
    expect(message('SMIC', ['2024-01-01', null, null, null])).toBe(1766.92);
    expect(message('SMIC', ['2024-01-01', '', '', ''])).toBe(1766.92);
    expect(message('SMIC', ['2024-01-01', 'hourly'])).toBe(11.65);
  });
  it('Mayotte has its own SMIC, asked in either order in the same month', () => {
    const metro = message('SMIC', ['2024-03-15', 'hourly', '', 'metropole']);
    const mayotte = message('SMIC', ['2024-03-15', 'hourly', '', 'mayotte']);
    expect(metro).toBe(11.65);
    expect(mayotte).not.toBe(metro);
    expect(message('SMIC', ['2024-03-20', 'hourly', '', 'metropole'])).toBe(11.65);
  });
});

describe('names and small values', () => {
  it('findFunction: English or French name, any case, with or without FR., spaces around; not a name that only contains it', () => {
    expect(findFunction(' fr.smic ')?.name).toBe('SMIC');
    expect(findFunction('FR.pro_salaire_min')?.name).toBe('PRO_MIN_SALARY');
    expect(findFunction('XFR.SMIC')).toBeUndefined();
  });
  it('FnError prints its code and English message; isFnError and isMatrix tell values apart', () => {
    expect(String(new FnError('#N/A', 'no law', 'pas de loi'))).toBe('#N/A no law');
    expect([isFnError(new FnError('#N/A', 'a', 'b')), isFnError('#N/A')]).toEqual([true, false]);
    expect([isMatrix([[1]]), isMatrix('x'), isMatrix(12)]).toEqual([true, false, false]);
  });
  it('a law error without articles has none', () => {
    expect(invalidArgument('x', 'a', 'b').articles).toEqual([]);
    expect(noLawForDate('x', 'a', 'b').articles).toEqual([]);
  });
});
