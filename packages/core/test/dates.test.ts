import { describe, expect, it } from 'vitest';
import { addDays, addMonths, ageOn, anniversary, firstDayOfMonthAfterBirthday, fromExcelSerial, isoWeekday, monthsAndDays, monthsCovering, parseIso, toExcelSerial } from '../src/dates.js';

describe('civil dates', () => {
  it('parses only real calendar dates', () => {
    expect(parseIso('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseIso('2023-02-29')).toBeUndefined();
    expect(parseIso('2024-13-01')).toBeUndefined();
    expect(parseIso('2024-1-01')).toBeUndefined();
  });

  it('adds days and months; months run date to same date, clamped to the month end', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addMonths('2024-03-04', 12)).toBe('2025-03-04');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });

  it('age in whole years ("ans révolus"): the birthday itself counts', () => {
    expect(ageOn('2003-03-03', '2024-03-02')).toBe(20);
    expect(ageOn('2003-03-03', '2024-03-03')).toBe(21);
    expect(ageOn('2004-02-29', '2025-02-28')).toBe(20);
    expect(ageOn('2004-02-29', '2025-03-01')).toBe(21);
    expect(ageOn('2004-02-29', '2025-02-28', 'feb28')).toBe(21);
    expect(ageOn('2004-02-29', '2028-02-29')).toBe(24);
  });

  it('anniversaries and D6325-16 change dates', () => {
    expect(anniversary('2004-02-29', 21)).toBe('2025-03-01');
    expect(anniversary('2004-02-29', 21, 'feb28')).toBe('2025-02-28');
    expect(firstDayOfMonthAfterBirthday('2003-03-03', 21)).toBe('2024-04-01');
    expect(firstDayOfMonthAfterBirthday('2003-03-01', 21)).toBe('2024-04-01');
    expect(firstDayOfMonthAfterBirthday('2003-12-31', 21)).toBe('2025-01-01');
  });

  it('Excel 1900 serials, with the fictitious 1900-02-29 (serial 60) refused', () => {
    expect(fromExcelSerial(1)).toBe('1900-01-01');
    expect(fromExcelSerial(59)).toBe('1900-02-28');
    expect(fromExcelSerial(60)).toBeUndefined();
    expect(fromExcelSerial(61)).toBe('1900-03-01');
    expect(fromExcelSerial(45355)).toBe('2024-03-04');
    expect(fromExcelSerial(45355.75)).toBe('2024-03-04');
    expect(fromExcelSerial(2958465)).toBe('9999-12-31');
    expect(fromExcelSerial(2958466)).toBeUndefined();
    expect(fromExcelSerial(0)).toBeUndefined();
    expect(toExcelSerial('2024-03-04')).toBe(45355);
    expect(toExcelSerial('1900-02-28')).toBe(59);
    expect(toExcelSerial('1900-03-01')).toBe(61);
  });

  it('weekdays, month spans and coverage', () => {
    expect(isoWeekday('2024-03-01')).toBe(5); // a Friday
    expect(monthsAndDays('2024-03-04', '2025-03-03')).toEqual({ months: 12, days: 0 });
    expect(monthsAndDays('2024-03-04', '2024-09-10')).toEqual({ months: 6, days: 7 });
    expect(monthsCovering('2024-01-15', '2024-03-01')).toEqual(['2024-01-01', '2024-02-01', '2024-03-01']);
  });
});
