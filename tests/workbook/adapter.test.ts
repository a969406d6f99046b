/**
 * The HyperFormula adapter at its edges, through real workbooks: error cells and ranges as arguments, the
 * language of messages, spills whose inputs are long formula chains, and resizeFormaProSpills' passes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { resizeFormaProSpills, setFormaProLanguage } from '@formapro/functions';
import { errorOf, value, workbook } from './engine.js';

afterEach(() => setFormaProLanguage('en'));

describe('arguments as HyperFormula holds them', () => {
  it('an error cell as an argument: HyperFormula passes the error on itself (#DIV/0!)', () => {
    const e = workbook([['=1/0', '=FR.SMIC(A1)']]);
    expect(errorOf(e, 'B1').value).toBe('#DIV/0!');
  });
  it('an error inside a range: #VALUE! naming the argument and the error as Excel writes it', () => {
    const e = workbook([['=1/0', 2, 3, '=FR.AVERAGE_HEADCOUNT(A1:C1,"2024-01-01")', '=FR.AVERAGE_HEADCOUNT(A2:C2,"2024-01-01")'], ['=NA()', 2, 3]]);
    expect(errorOf(e, 'D1')).toEqual({ value: '#VALUE!', message: 'monthly_headcounts: the cell holds the error #DIV/0!' });
    expect(errorOf(e, 'E1').message).toBe('monthly_headcounts: the cell holds the error #N/A');
  });
  it('trailing empty arguments are not counted: =FR.SMIC("2024-01-01",,,) is the monthly SMIC', () => {
    expect(value(workbook([['=FR.SMIC("2024-01-01",,,)']]), 'A1')).toBe(1766.92);
  });
  it('a date given as a plain serial number (45292 = 2024-01-01) and a number typed as a number', () => {
    expect(value(workbook([[45292, '=FR.SMIC(A1)', '=FR.PRO_MIN_SALARY(20,"none",1766.92)']]), 'B1')).toBe(1766.92);
  });
  it('no law for the date: #N/A with its message', () => {
    expect(errorOf(workbook([['=FR.SMIC("2010-01-01")']]), 'A1')).toEqual({ value: '#N/A', message: 'date: 2010-01-01 is outside the period the law store covers for SMIC hourly gross rate (2017-01-01 onwards) (L3231-2, L3231-4)' });
  });
  it('a range where one value is expected: #VALUE! naming it', () => {
    const e = workbook([['2024-01-01', '2024-02-01', '=FR.SMIC(A1:B1)']]);
    expect(errorOf(e, 'C1')).toEqual({ value: '#VALUE!', message: 'date: a range was given where a date (an Excel date, or text YYYY-MM-DD or DD/MM/YYYY) is expected' });
  });
  it('a date from DATE(), a boolean from TRUE() and an empty cell', () => {
    const e = workbook([['=FR.SMIC(DATE(2024,1,1))', '=FR.PRO_MIN_SALARY(20,TRUE(),1766.92)', null, '=FR.PRO_MIN_SALARY(20,"none",C1,,"2024-03-15")']]);
    // 1,766.92; 65 % (TRUE: a qualification of bac pro level) = 1,148.498 → 1,148.50; an empty smic cell: the SMIC of the date, 55 % = 971.81
    expect([value(e, 'A1'), value(e, 'B1'), value(e, 'D1')]).toEqual([1766.92, 1148.5, 971.81]);
  });
});

describe('the language of messages', () => {
  it('setFormaProLanguage("fr"): refusals in French with the French argument name; back to English after', () => {
    setFormaProLanguage('fr');
    const fr = workbook([['=FR.PRO_MIN_SALARY(23,"xyz",1766.92)']]);
    expect(errorOf(fr, 'A1').message.startsWith('diplome : "xyz" n\'est pas un code de diplôme')).toBe(true);
    setFormaProLanguage('en');
    const en = workbook([['=FR.PRO_MIN_SALARY(23,"xyz",1766.92)']]);
    expect(errorOf(en, 'A1').message.startsWith('qualification: "xyz" is not a qualification code')).toBe(true);
  });
});

describe('spills whose inputs are computed by other formulas', () => {
  // the birth date at the end of a chain of n formulas above the schedule: A1 = DATE(2003,2,12), A2 = A1+0, …
  const chain = (n: number) => {
    const rows: (string | null)[][] = [['=DATE(2003,2,12)', '2024-02-12', '2024-04-30', 'none']];
    for (let i = 2; i <= n; i++) rows.push([`=A${i - 1}+0`]);
    rows.push([`=FR.PRO_SALARY_SCHEDULE(A${n},B1,C1,D1)`]);
    return workbook(rows);
  };
  // 21 on 2024-02-12: February 55 % = 971.81; from March (D6325-16) 70 % = 1,236.85; Minimum is column E
  it('a chain of 10 formulas is followed when the workbook is built: February to April 2024', () => {
    const e = chain(10);
    expect([value(e, 'E12'), value(e, 'E13'), value(e, 'E14')]).toEqual([971.81, 1236.85, 1236.85]);
  });
  it('the depth followed is bounded: a chain of 16 formulas is sized when built, 17 is not (a chain this long is rare)', () => {
    expect(value(chain(16), 'A17')).toBe('Month');
    expect(errorOf(chain(17), 'A18').message).toBe(
      'FR.PRO_SALARY_SCHEDULE: the result is 4 rows × 7 columns, but its size could not be known when the formula was entered (an argument refers to a cell not yet calculated); enter the formula again',
    );
  });
  it('a sign change is followed too (=-A1, =-A2)', () => {
    const e = workbook([['=DATE(2003,2,12)', '2024-02-12', '2024-04-30', 'none'], ['=-A1'], ['=-A2'], ['=FR.PRO_SALARY_SCHEDULE(A3,B1,C1,D1)']]);
    expect(value(e, 'E5')).toBe(971.81);
  });
  it('a chain of 40 is too deep to size when built: #VALUE! asking to enter the formula again; resizeFormaProSpills does it', () => {
    const e = chain(40);
    expect(errorOf(e, 'A41').message).toMatch(/enter the formula again$/);
    expect(resizeFormaProSpills(e, 0)).toBe(0);
    expect(errorOf(e, 'A41').message).toMatch(/enter the formula again$/);
    expect(resizeFormaProSpills(e)).toBe(1);
    expect(value(e, 'E44')).toBe(1236.85);
  });
  it('resizeFormaProSpills reads sheets with empty cells and other sheets, and has nothing to do twice', () => {
    const e = workbook([['a', null, 'b'], [null, null, '=FR.PRO_SALARY_SCHEDULE(A9,B9,C9,D9)'], [], [], [], [], [], [], ['2003-02-12', '2024-02-12', '2024-04-30', 'none']]);
    e.addSheet('Autre');
    expect(resizeFormaProSpills(e)).toBe(1);
    expect(resizeFormaProSpills(e)).toBe(0);
    expect(value(e, 'G3')).toBe(971.81);
  });
});
