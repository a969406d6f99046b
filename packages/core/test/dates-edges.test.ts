// The calendar under every date rule: Gregorian leap years, strict ISO dates, ages in whole years ("ans
// révolus") and Excel's 1900 serials, at their edges.
import { describe, expect, it } from 'vitest';
import { addMonths, ageOn, anniversary, fromDayNumber, fromExcelSerial, isIsoDate, isLeapYear, parseIso, toDayNumber } from '@formapro/core';

describe('calendar', () => {
  it('leap years: every 4th, not every 100th, every 400th (1900 no, 2000 yes, 2100 no, 2024 yes, 2023 no)', () => {
    expect([1900, 2000, 2100, 2024, 2023, 2400].map(isLeapYear)).toEqual([false, true, false, true, false, true]);
  });

  it('ISO dates: exactly YYYY-MM-DD of a real day, years 0001 to 9999', () => {
    expect(parseIso('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseIso('0001-01-01')).toEqual({ y: 1, m: 1, d: 1 });
    expect(parseIso('9999-12-31')).toEqual({ y: 9999, m: 12, d: 31 });
    for (const s of ['2023-02-29', '2024-02-30', '2024-02-00', '2024-00-10', '2024-13-01', '0000-06-01', '2024-03-1', '2024-03-011', '2024/03/01', '2024-0301-', '20240-3-01', '2024-0a-01', '2024-0/-01', '2024-03-:1', ' 2024-03-0', '2024/03-01', '2024-03/01', '2024-1/-01', '2024-0:-01'])
      expect(parseIso(s), s).toBeUndefined();
    expect(parseIso(20240301 as unknown as string)).toBeUndefined();
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate(new Date(2024, 0, 1))).toBe(false);
    expect(isIsoDate('2024-04-30')).toBe(true);
  });

  it('day numbers round-trip every day from 1599-12-20 to 2401-01-10 (400-year cycles, century years included), one day apart', () => {
    const first = toDayNumber('1599-12-20');
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2000-03-01') - toDayNumber('2000-02-28')).toBe(2);
    expect(toDayNumber('2100-03-01') - toDayNumber('2100-02-28')).toBe(1);
    let previous = fromDayNumber(first - 1);
    for (let n = first; n <= toDayNumber('2401-01-10'); n++) {
      const iso = fromDayNumber(n);
      if (toDayNumber(iso) !== n || iso <= previous) throw new Error(`day ${n}: ${iso} after ${previous}`);
      previous = iso;
    }
    expect(fromDayNumber(toDayNumber('2400-02-29'))).toBe('2400-02-29');
  });

  it('a computed date beyond 9999 is refused on "date"', () => {
    expect(addMonths('9999-12-31', 1)).toBe('10000-01-31');
    expect(() => toDayNumber(addMonths('9999-12-31', 1))).toThrow(/\(10000-01-31\) is outside the years 0001 to 9999/);
  });
});

describe('ages in whole years (decision "age-in-whole-years")', () => {
  it('the birthday itself counts; the day before does not', () => {
    expect(ageOn('2000-06-15', '2018-06-14')).toBe(17);
    expect(ageOn('2000-06-15', '2018-06-15')).toBe(18);
    expect(ageOn('2000-06-15', '2000-06-15')).toBe(0);
  });
  it('before birth the age is negative, counted the same way (−1 for the year before, not −2)', () => {
    expect(ageOn('2000-06-15', '2000-06-14')).toBe(-1);
    expect(ageOn('2000-06-15', '1999-12-31')).toBe(-1);
    expect(ageOn('2000-06-15', '1999-06-15')).toBe(-1);
    expect(ageOn('2000-06-15', '1999-06-14')).toBe(-2);
  });
  it('born 29 February: 18 on 1 March 2022 by default, on 28 February 2022 with the feb28 reading; on 29 February in a leap year', () => {
    expect(anniversary('2004-02-29', 18)).toBe('2022-03-01');
    expect(anniversary('2004-02-29', 18, 'feb28')).toBe('2022-02-28');
    expect(anniversary('2004-02-29', 20)).toBe('2024-02-29');
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-02-28', 'feb28')).toBe(18);
  });
  it('other 29ths and other February days are not moved: born 2004-01-29 → 2005-01-29; born 2004-02-28 → 2005-02-28', () => {
    expect(anniversary('2004-01-29', 1)).toBe('2005-01-29');
    expect(anniversary('2004-02-28', 1)).toBe('2005-02-28');
    expect([ageOn('2004-01-29', '2005-01-28'), ageOn('2004-01-29', '2005-01-29'), ageOn('2004-02-28', '2005-02-27'), ageOn('2004-02-28', '2005-02-28')]).toEqual([0, 1, 0, 1]);
    expect([ageOn('2004-03-29', '2005-03-28'), ageOn('2004-03-29', '2005-03-29'), ageOn('2004-12-01', '2005-11-30'), ageOn('2004-12-01', '2005-12-01')]).toEqual([0, 1, 0, 1]);
  });
  it('every day of 2000–2030 against every birth day of a leap and a common year: the age the anniversary gives', () => {
    for (const birth of ['2004-02-29', '2004-02-28', '2003-03-01', '2004-12-31', '2004-01-01', '2003-06-15'])
      for (let z = toDayNumber('2000-01-01'); z <= toDayNumber('2030-12-31'); z += 1) {
        const date = fromDayNumber(z);
        for (const rule of ['mar1', 'feb28'] as const) {
          const years = Number(date.slice(0, 4)) - Number(birth.slice(0, 4));
          const expected = date < anniversary(birth, years, rule) ? years - 1 : years;
          if (ageOn(birth, date, rule) !== expected) expect(`${birth} ${date} ${rule} ${ageOn(birth, date, rule)}`).toBe(String(expected));
        }
      }
  });
});

describe('Excel 1900 serials', () => {
  it('1 = 1900-01-01, 59 = 1900-02-28, 60 (the fictitious 29 February) refused, 61 = 1900-03-01, 2958465 = 9999-12-31', () => {
    expect([1, 59, 61, 2958465].map(fromExcelSerial)).toEqual(['1900-01-01', '1900-02-28', '1900-03-01', '9999-12-31']);
    for (const s of [60, 0, 0.5, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY]) expect(fromExcelSerial(s), String(s)).toBeUndefined();
  });
  it('the time of day is dropped: 45292.75 = 2024-01-01', () => {
    expect(fromExcelSerial(45292.75)).toBe('2024-01-01');
  });
});
