/**
 * Professionalisation functions through HyperFormula, as a payroll accountant writes them: references to
 * input cells, omitted optionals, bad input, the schedule spill, recalculation, French names.
 * Figures derived by hand from the law, the arithmetic written in each test.
 */
import { describe, expect, it } from 'vitest';
import { resizeFormaProSpills } from '@formapro/functions';
import { at, errorOf, formula, value, workbook } from './engine.js';

describe('PRO_MIN_SALARY from input cells (D6325-15)', () => {
  const e = workbook([
    ['Age', 'Diplôme', 'SMIC', 'Minimum'],
    [20, 'none', 1766.92, '=FR.PRO_MIN_SALARY(A2, B2, C2)'],
    [20, 'bac pro', 1766.92, '=FR.PRO_MIN_SALARY(A3, B3, C3)'],
    [23, 'bts', 1766.92, '=FR.PRO_MIN_SALARY(A4, B4, C4)'],
    [23, 'none', 1766.92, '=FR.PRO_MIN_SALARY(A5, B5, C5)'],
  ]);
  it('A1 D6325-15: age 20, no bac pro: 0.55 × 1,766.92 = 971.806 → 971.81', () => expect(value(e, 'D2')).toBe(971.81));
  it('A2 D6325-15: age 20, bac pro: 0.65 × 1,766.92 = 1,148.498 → 1,148.50', () => expect(value(e, 'D3')).toBe(1148.5));
  it('A4 D6325-15: age 23, BTS: 0.80 × 1,766.92 = 1,413.536 → 1,413.54', () => expect(value(e, 'D4')).toBe(1413.54));
  it('A5 D6325-15: age 23, no bac pro: 0.70 × 1,766.92 = 1,236.844 → 1,236.85', () => expect(value(e, 'D5')).toBe(1236.85));
});

describe('omitted optional arguments and empty cells (D6325-15, L3231-2)', () => {
  it('A2 D6325-15: =FR.PRO_MIN_SALARY(A1,"bac pro",,,"2024-03-15"): SMIC from the dated series, 11.65 × 151 2/3 × 0.65 = 1,148.49… → 1,148.50', () => {
    expect(formula('=FR.PRO_MIN_SALARY(B1,"bac pro",,,"2024-03-15")', [20])).toBe(1148.5);
  });
  it('A1 D6325-15: an empty cell as smic is an omitted smic: 11.65 × 1,820 / 12 × 0.55 = 971.804… → 971.81', () => {
    const e = workbook([[20, null, '=FR.PRO_MIN_SALARY(A1,"none",B1,,"2024-03-15")']]);
    expect(value(e, 'C1')).toBe(971.81);
  });
  it('A15 D6325-15: from November 2024 (SMIC 11.88 → 1,801.80): 990.99 / 1,171.17 / 1,261.26 / 1,441.44', () => {
    const e = workbook([
      ['=FR.PRO_MIN_SALARY(20,"none",,,"2024-11-15")', '=FR.PRO_MIN_SALARY(20,"bac pro",,,"2024-11-15")', '=FR.PRO_MIN_SALARY(22,"none",,,"2024-11-15")', '=FR.PRO_MIN_SALARY(22,"licence",,,"2024-11-15")'],
    ]);
    // 1,801.80 × 0.55 = 990.99; × 0.65 = 1,171.17; × 0.70 = 1,261.26; × 0.80 = 1,441.44 (all exact)
    expect([value(e, 'A1'), value(e, 'B1'), value(e, 'C1'), value(e, 'D1')]).toEqual([990.99, 1171.17, 1261.26, 1441.44]);
  });
  it('SMIC series boundary L3231-2: 2024-10-31 → 1,766.92, 2024-11-01 → 1,801.80', () => {
    const e = workbook([['=FR.SMIC("2024-10-31")', '=FR.SMIC("2024-11-01")', '=FR.SMIC(DATE(2024,11,1))']]);
    expect([value(e, 'A1'), value(e, 'B1'), value(e, 'C1')]).toEqual([1766.92, 1801.8, 1801.8]);
  });
  it('A10 L6325-9 D6325-18: 28, branch minimum 2,000: 0.85 × 2,000 = 1,700 < 1,766.92 → the SMIC', () => {
    expect(formula('=FR.PRO_MIN_SALARY(28,"none",,B1,"2024-03-15")', [2000])).toBe(1766.92);
  });
  it('A12 L6325-9 D6325-18: 27, branch minimum 2,300: 0.85 × 2,300 = 1,955 > 1,766.92', () => {
    expect(formula('=FR.PRO_MIN_SALARY(27,"none",,B1,"2024-03-15")', [2300])).toBe(1955);
  });
  it('trailing omitted arguments (a trailing comma) are omitted too', () => {
    expect(formula('=FR.PRO_MIN_SALARY(20,"none",1766.92,)')).toBe(971.81);
  });
});

describe('PRO_MIN_SALARY_AT: the band changes on the 1st of the month after the birthday (D6325-16)', () => {
  it('A5 D6325-16: born 2003-03-03: March 2024 971.81 (55 %), April 2024 1,236.85 (70 %)', () => {
    const e = workbook([['2003-03-03', '=FR.PRO_MIN_SALARY_AT(A1,"2024-03-15","none")', '=FR.PRO_MIN_SALARY_AT(A1,"2024-04-15","none")']]);
    expect(value(e, 'B1')).toBe(971.81);
    expect(value(e, 'C1')).toBe(1236.85);
  });
  it('A5 D6325-16: dates typed as the workbook parses them (03/03/2003 is a date cell) and DATE() serials', () => {
    const e = workbook([['03/03/2003', '=FR.PRO_MIN_SALARY_AT(A1,DATE(2024,4,15),"none")', '=FR.PRO_MIN_SALARY_AT(A1,DATE(2024,3,31),"none")']]);
    expect(value(e, 'B1')).toBe(1236.85);
    expect(value(e, 'C1')).toBe(971.81);
  });
});

describe('bad input in a workbook', () => {
  const e = workbook([
    [15, '=FR.PRO_MIN_SALARY(A1,"none",1766.92)', '=FR.PRO_MIN_SALARY(A1:A2,"none",1766.92)', '=FR.PRO_MIN_SALARY("abc","none",1766.92)', '=FR.PRO_MIN_SALARY(20,,1766.92)'],
    [20, '=FR.PRO_MIN_SALARY(A2,"master 2",1766.92)', '=FR.PRO_MIN_SALARY(1/0,"none")', '=FR.SMIC("2010-01-01")', '=FR.PRO_MIN_SALARY_AT("2003-03-03","31/02/2024","none")'],
  ]);
  it('L6325-1: age 15 → #VALUE! naming age, 16 and the article', () => {
    const x = errorOf(e, 'B1');
    expect(x.value).toBe('#VALUE!');
    expect(x.message).toMatch(/^age: 15 is below 16.*L6325-1/);
  });
  it('a range where an age is expected → #VALUE! saying a range was given', () => {
    expect(errorOf(e, 'C1')).toEqual({ value: '#VALUE!', message: 'age: a range was given where an age in whole years is expected' });
  });
  it('text for a number → #VALUE! naming the argument and the value', () => {
    const x = errorOf(e, 'D1');
    expect(x.value).toBe('#VALUE!');
    expect(x.message).toMatch(/^age: "abc" is not an age/);
  });
  it('a required argument left empty → #VALUE! naming it', () => {
    const x = errorOf(e, 'E1');
    expect(x.value).toBe('#VALUE!');
    expect(x.message).toMatch(/^qualification: missing: expected/);
  });
  it('an unknown qualification code → #VALUE! listing the codes', () => {
    const x = errorOf(e, 'B2');
    expect(x.value).toBe('#VALUE!');
    expect(x.message).toMatch(/^qualification: "master 2" is not a qualification code.*bac pro/);
  });
  it('an error in an argument propagates as in Excel (#DIV/0!)', () => expect(errorOf(e, 'C2').value).toBe('#DIV/0!'));
  it('L3231-2: no SMIC before 2017 in the store → #N/A with a message', () => {
    const x = errorOf(e, 'D2');
    expect(x.value).toBe('#N/A');
    expect(x.message).toMatch(/^date: 2010-01-01 is outside/);
  });
  it('an impossible date → #VALUE! naming the argument', () => {
    const x = errorOf(e, 'E2');
    expect(x.value).toBe('#VALUE!');
    expect(x.message).toMatch(/^date: "31\/02\/2024" is not a calendar date/);
  });
});

describe('PRO_SALARY_SCHEDULE spills (D6325-15, D6325-16, L3231-2)', () => {
  // A8: born 2003-02-12, contract from 2024-02-12 (21st birthday): 55 % in February, 70 % from 2024-03-01.
  const cells = () =>
    workbook([
      ['Naissance', 'Début', 'Fin', 'Diplôme'],
      ['2003-02-12', '2024-02-12', '2024-05-31', 'none'],
      ['=FR.PRO_SALARY_SCHEDULE(A2,B2,C2,D2)'],
    ]);
  it('A8 D6325-16: 5 rows × 5 columns: header, then Feb 0.55 × 1,766.92 = 971.81, Mar–May 0.70 × 1,766.92 = 1,236.85', () => {
    const e = cells();
    const sheet = e.getSheetValues(0);
    expect(sheet.slice(2, 7).map((r: unknown[]) => r.slice(0, 5))).toEqual([
      ['Month', 'Age', 'Rate', 'SMIC', 'Minimum'],
      [45323, 21, 0.55, 1766.92, 971.81], // 45323 = 2024-02-01
      [45352, 21, 0.7, 1766.92, 1236.85],
      [45383, 21, 0.7, 1766.92, 1236.85],
      [45413, 21, 0.7, 1766.92, 1236.85],
    ]);
    expect(sheet.length).toBe(7);
    // Days and Due (decision "prorate-calendar-days"): the spill is 7 columns wide, A to G
    expect(sheet.slice(2, 4).map((r: unknown[]) => r.slice(5, 7))).toEqual([['Days', 'Due'], ['18/29', 603.19]]);
    expect(e.isCellPartOfArray(at('G7'))).toBe(true);
    expect(e.isCellPartOfArray(at('H3'))).toBe(false);
  });
  it('A9 D6325-15/-16: recalculates when an input cell changes: born 2002-11-20 → 70 % from the start', () => {
    const e = cells();
    e.setCellContents(at('A2'), '2002-11-20');
    expect(value(e, 'C4')).toBe(0.7);
    expect(value(e, 'E4')).toBe(1236.85);
  });
  it('L3231-2: a schedule over the SMIC rise of 2024-11-01 shows 1,766.92 then 1,801.80 (0.70 × 1,801.80 = 1,261.26)', () => {
    const e = workbook([['=FR.PRO_SALARY_SCHEDULE("2003-02-12","2024-10-01","2024-11-30","none")']]);
    expect(e.getSheetValues(0)).toEqual([
      ['Month', 'Age', 'Rate', 'SMIC', 'Minimum', 'Days', 'Due'],
      [45566, 21, 0.7, 1766.92, 1236.85, '31/31', 1236.85],
      [45597, 21, 0.7, 1801.8, 1261.26, '30/30', 1261.26],
    ]);
  });
  it('a longer contract after entry: #VALUE! asking to enter the formula again (never a silently cut schedule); re-entering resizes', () => {
    const e = cells();
    e.setCellContents(at('C2'), '2024-08-31');
    const x = errorOf(e, 'A3');
    expect(x.value).toBe('#VALUE!');
    expect(x.message).toMatch(/enter the formula again/);
    e.setCellContents(at('A3'), '=FR.PRO_SALARY_SCHEDULE(A2,B2,C2,D2)');
    expect(e.getSheetValues(0).length).toBe(10); // inputs 2 rows + header + 7 months (Feb–Aug)
    expect(value(e, 'E10')).toBe(1236.85);
  });
  it('a shorter contract after entry: the months that remain, then empty cells', () => {
    const e = cells();
    e.setCellContents(at('C2'), '2024-03-31');
    const sheet = e.getSheetValues(0);
    expect(sheet[4].slice(0, 5)).toEqual([45352, 21, 0.7, 1766.92, 1236.85]);
    expect(value(e, 'A6')).toBeNull();
  });
  it('A8 D6325-16: inputs computed by formulas (=DATE(…), =B1+49) size the spill when the workbook is built', () => {
    const e = workbook([['=DATE(2003,2,12)', '=DATE(2024,2,12)', '=B1+49', 'none'], ['=FR.PRO_SALARY_SCHEDULE(A1,B1,C1,D1)']]);
    // 2024-02-12 + 49 days = 2024-04-01: February, March, April
    expect(e.getSheetValues(0).slice(1).map((r: unknown[]) => r[4])).toEqual(['Minimum', 971.81, 1236.85, 1236.85]);
  });
  it('inputs below the formula are unknown when it is entered: #VALUE! asking to enter it again; resizeFormaProSpills does', () => {
    const e = workbook([['=FR.PRO_SALARY_SCHEDULE(A8,B8,C8,D8)'], [], [], [], [], [], [], ['2003-02-12', '2024-02-12', '2024-04-30', 'none']]);
    expect(errorOf(e, 'A1').message).toMatch(/enter the formula again$/);
    expect(resizeFormaProSpills(e)).toBe(1);
    expect(e.getSheetValues(0).slice(0, 4).map((r: unknown[]) => r[4])).toEqual(['Minimum', 971.81, 1236.85, 1236.85]);
  });
  it('resizeFormaProSpills after a longer end date: the schedule grows (Feb–Jun 2024)', () => {
    const e = cells();
    e.setCellContents(at('C2'), '2024-06-30');
    expect(resizeFormaProSpills(e)).toBe(1);
    expect(value(e, 'A8')).toBe(45444); // 2024-06-01
    expect(value(e, 'E8')).toBe(1236.85);
    expect(resizeFormaProSpills(e)).toBe(0);
  });
  it('inside another formula: =INDEX(schedule, 3, 5) is the March minimum, 1,236.85', () => {
    expect(formula('=INDEX(FR.PRO_SALARY_SCHEDULE("2003-02-12","2024-02-12","2024-05-31","none"), 3, 5)')).toBe(1236.85);
  });
  it('an error spills nothing: end before start → #VALUE! naming end', () => {
    const x = formula('=FR.PRO_SALARY_SCHEDULE("2003-02-12","2024-02-12","2024-01-31","none")') as { value: string; message: string };
    expect(x.value).toBe('#VALUE!');
    expect(x.message).toMatch(/^end: /);
  });
});

describe('names: FR. namespace, bare names, French names', () => {
  it('=PRO_MIN_SALARY(…) and =FR.PRO_SALAIRE_MIN(…) and =PRO_SALAIRE_MIN(…) are the same function (A5: 1,236.85)', () => {
    const e = workbook([['=PRO_MIN_SALARY(23,"none",1766.92)', '=FR.PRO_SALAIRE_MIN(23,"none",1766.92)', '=PRO_SALAIRE_MIN(23,"none",1766.92)', '=fr.pro_min_salary(23,"none",1766.92)']]);
    expect([value(e, 'A1'), value(e, 'B1'), value(e, 'C1'), value(e, 'D1')]).toEqual([1236.85, 1236.85, 1236.85, 1236.85]);
  });
  it('D6325-1: a date result is an Excel date: PRO_DEPOSIT_DEADLINE(2024-03-04) = 2024-03-09 = serial 45360, typed as a date', () => {
    const e = workbook([['=FR.PRO_DATE_LIMITE_DEPOT("2024-03-04")']]);
    expect(value(e, 'A1')).toBe(45360);
    expect(e.getCellValueDetailedType(at('A1'))).toBe('NUMBER_DATE');
  });
});
