/**
 * Apprentice pay: the grid by conclusion date, the conventional minimum from 2016-07-01 (décret 2016-510) and
 * the special cases D6222-28 to D6222-32 (décret 2020-373), each derived by hand (issue 12).
 * SMIC: 2016 1,466.62 (given as argument), 2018 1,498.47 (9.88 €/h), Oct 2019 10.03 €/h (1,521.2167 exact),
 * 2024-03 1,766.92 (given), Nov 2024 11.88 €/h (1,801.80).
 */
import { describe, expect, it } from 'vitest';
import { appSalarySchedule } from '@formapro/core';
import { evaluate, FnError, type CellValue } from '@formapro/functions';

const value = (name: string, ...args: CellValue[]) => evaluate(name, args).value;
const articles = (name: string, ...args: CellValue[]) => evaluate(name, args).articles;

describe('apprentice grid: conclusion date and conventional minimum (D6222-26)', () => {
  it('D6222-26 (décret 2016-510), 21+ from 2016-07-01: 2018-03-15, age 22, year 1, conventional 2,000 → 0.53 × max(1,498.47, 2,000) = 1,060 (not 0.53 × 1,498.47 = 794.19)', () => {
    expect(value('APP_MIN_SALARY', 22, 1, '', 2000, '2018-03-15')).toBe(1060);
    expect(value('APP_MIN_SALARY', 22, 1, '', '', '2018-03-15')).toBe(794.19); // 0.53 × 1,498.47 = 794.1891 → up
  });
  it('D6222-26 before 2016-07-01: the SMIC alone: 0.53 × 1,466.62 = 777.3086 → 777.31 whatever the conventional minimum', () => {
    expect(value('APP_MIN_SALARY', 22, 1, 1466.62, 2000, '2016-03-15')).toBe(777.31);
    expect(value('APP_MIN_SALARY', 22, 1, 1466.62, 2000, '2016-07-01')).toBe(1060); // first day: 0.53 × 2,000
  });
  it('D6222-26, grid by conclusion date: concluded 2018-09-01, age 19, year 2, paid October 2019 → pre-2019 49 %: 0.49 × 10.03 × 35 × 52/12 = 745.396 → 745.40 (2019 grid 51 % = 775.8205 → 775.83)', () => {
    expect(value('APP_MIN_SALARY', 19, 2, '', '', '2019-10-15', '2018-09-01')).toBe(745.4);
    expect(value('APP_MIN_SALARY', 19, 2, '', '', '2019-10-15')).toBe(775.83);
    expect(value('APP_MIN_SALARY', 19, 2, '', '', '2019-10-15', '2018-12-31')).toBe(745.4);
    expect(value('APP_MIN_SALARY', 19, 2, '', '', '2019-10-15', '2019-01-01')).toBe(775.83);
  });
  it('D6222-26 schedule: a contract concluded 2018-12-20 and started 2019-01-07 keeps the pre-2019 grid: January 2019, age 17, 0.25 × 10.03 × 35 × 52/12 = 380.304 → 380.31', () => {
    const rows = appSalarySchedule({ birthDate: '2001-06-01', start: '2019-01-07', end: '2020-01-06', conclusionDate: '2018-12-20' }).value;
    expect(rows[0].rate.toString()).toBe('0.25');
    expect(rows[0].minimum.toString()).toBe('380.31');
    const started = appSalarySchedule({ birthDate: '2001-06-01', start: '2019-01-07', end: '2020-01-06' }).value;
    expect(started[0].rate.toString()).toBe('0.27'); // concluded on its start date, 2019 grid
  });
  it('D6222-27: an apprentice under 16 is paid as a 16–17-year-old: age 15, year 1 → 0.27 × 1,766.92 = 477.0684 → 477.07, citing D6222-27', () => {
    expect(value('APP_MIN_SALARY', 15, 1, 1766.92, '', '2024-03-15')).toBe(477.07);
    expect(articles('APP_MIN_SALARY', 15, 1, 1766.92, '', '2024-03-15')).toContain('D6222-27');
    expect(articles('APP_MIN_SALARY', 17, 1, 1766.92, '', '2024-03-15')).not.toContain('D6222-27');
  });
});

describe('apprentice special cases (D6222-28 to D6222-32, contracts concluded from 2020-04-01)', () => {
  it('D6222-28: prolongation after an exam failure paid at the last year: 2-year contract, age 20, November 2024 → 0.51 × 1,801.80 = 918.918 → 918.92 (not 3rd year 0.67 = 1,207.21)', () => {
    expect(value('APP_MIN_SALARY', 20, 3, '', '', '2024-11-15', '2022-08-20', '', 2, '', '', '', true)).toBe(918.92);
    const rows = appSalarySchedule({ birthDate: '2004-01-15', start: '2022-09-01', end: '2024-08-31', prolongedEnd: '2025-08-31', conclusionDate: '2022-08-20' });
    const at = (m: string) => rows.value.find((r) => r.month === m)!;
    expect(at('2024-08-01').rate.toString()).toBe('0.51'); // 2nd year, age 20
    expect(at('2024-11-01').year).toBe(3);
    expect(at('2024-11-01').minimum.toString()).toBe('918.92');
    // 21 on 2025-01-15 → 21–25 band from 2025-02-01, still the last year's rate: 0.61 × 1,801.80 = 1,099.098 → 1,099.10
    expect(at('2025-03-01').minimum.toString()).toBe('1099.1');
    expect(rows.value).toHaveLength(36);
    expect(rows.articles).toContain('D6222-28');
  });
  it('D6222-28-1: a 1-year contract for a 3-year cycle is paid as the 3rd year: age 19 → 0.67 × 1,766.92 = 1,183.8364 → 1,183.84; 2-year cycle → 0.51 = 901.13', () => {
    expect(value('APP_MIN_SALARY', 19, 1, 1766.92, '', '2024-03-15', '2023-09-01', 3, 1)).toBe(1183.84);
    expect(value('APP_MIN_SALARY', 19, 1, 1766.92, '', '2024-03-15', '2023-09-01', 2, 1)).toBe(901.13);
    expect(value('APP_MIN_SALARY', 19, 1, 1766.92, '', '2024-03-15', '2023-09-01', 2, 2)).toBe(759.78); // contract = cycle: 0.43
    expect(articles('APP_MIN_SALARY', 19, 1, 1766.92, '', '2024-03-15', '2023-09-01', 3, 1)).toContain('D6222-28-1');
  });
  it('D6222-28-1 in the schedule: a 1-year contract (2023-09-01 → 2024-08-31) of a 2-year cycle, born 2005-01-10 (19): March 2024 → 2nd-year 0.51 × 1,766.92 = 901.13', () => {
    const rows = appSalarySchedule({ birthDate: '2005-01-10', start: '2023-09-01', end: '2024-08-31', cycleYears: 2 }).value;
    expect(rows.find((r) => r.month === '2024-03-01')!.minimum.toString()).toBe('901.13');
  });
  it('D6222-29: new contract after the diploma of a previous one ended in its 3rd year: age 19, year 1 → at least 0.67 × 1,766.92 = 1,183.84; previous year 1, now year 2 → the age grid 0.51 = 901.13', () => {
    expect(value('APP_MIN_SALARY', 19, 1, 1766.92, '', '2024-03-15', '2023-09-01', '', '', 3)).toBe(1183.84);
    expect(value('APP_MIN_SALARY', 19, 2, 1766.92, '', '2024-03-15', '2023-09-01', '', '', 1)).toBe(901.13);
    expect(articles('APP_MIN_SALARY', 19, 1, 1766.92, '', '2024-03-15', '2023-09-01', '', '', 3)).toContain('D6222-29');
  });
  it('D6222-30: 1-year contract, same level, directly related: age 22, year 1 → (0.53 + 0.15) × 1,766.92 = 1,201.5056 → 1,201.51', () => {
    expect(value('APP_MIN_SALARY', 22, 1, 1766.92, '', '2024-03-15', '2023-09-01', '', 1, '', true)).toBe(1201.51);
    expect((value('APP_MIN_SALARY', 22, 1, 1766.92, '', '2024-03-15', '2023-09-01', '', 2, '', true) as FnError).message).toMatch(/^same_level: /);
  });
  it('D6222-31 al. 2 caps the +15 points at 100 % of the SMIC: age 22, year 3, conventional 2,000 → min(0.93 × 2,000 = 1,860, 1,766.92) = 1,766.92 (> 0.78 × 2,000 = 1,560); 26+ → 1 × 2,000 = 2,000 kept', () => {
    expect(value('APP_MIN_SALARY', 22, 3, 1766.92, 2000, '2024-03-15', '2023-09-01', '', '', '', true)).toBe(1766.92);
    expect(value('APP_MIN_SALARY', 27, 1, 1766.92, '', '2024-03-15', '2023-09-01', '', '', '', true)).toBe(1766.92); // 1.15 capped at 1
    expect(value('APP_MIN_SALARY', 27, 1, 1766.92, 2000, '2024-03-15', '2023-09-01', '', '', '', true)).toBe(2000); // never lowered
    expect(articles('APP_MIN_SALARY', 22, 3, 1766.92, 2000, '2024-03-15', '2023-09-01', '', '', '', true)).toEqual(expect.arrayContaining(['D6222-30', 'D6222-31']));
  });
  it('D6222-32: licence professionnelle paid at the 2nd-year rate: age 20, year 1 → 0.51 × 1,766.92 = 901.1292 → 901.13 (not 0.43 = 759.78)', () => {
    expect(value('APP_MIN_SALARY', 20, 1, 1766.92, '', '2024-03-15', '2023-09-01', '', '', '', '', 'licence pro')).toBe(901.13);
    expect(value('APP_MIN_SALARY', 20, 1, 1766.92, '', '2024-03-15', '2023-09-01', '', '', '', '', 'bts')).toBe(759.78);
    const rows = appSalarySchedule({ birthDate: '2004-05-10', start: '2024-09-02', end: '2025-08-31', trainingLevel: 'licence pro' });
    expect(rows.value[0].rate.toString()).toBe('0.51');
    expect(rows.articles).toContain('D6222-32');
  });
  it('special cases of a contract concluded before 2020-04-01 are not held: #N/A with its message', () => {
    const e = value('APP_MIN_SALARY', 22, 1, 1766.92, '', '2024-03-15', '2020-03-31', '', 1, '', true) as FnError;
    expect(e.code).toBe('#N/A');
    expect(e.message).toMatch(/^conclusion_date: 2020-03-31 /);
  });
  it('band change citation: D6222-31 for contracts concluded from 2020-04-01, D6222-34 before (not D6222-27)', () => {
    const after = appSalarySchedule({ birthDate: '2004-05-10', start: '2020-09-01', end: '2021-08-31' }).articles;
    expect(after).toContain('D6222-31');
    expect(after).not.toContain('D6222-27');
    const before = appSalarySchedule({ birthDate: '2002-05-10', start: '2019-09-02', end: '2020-08-31' }).articles;
    expect(before).toContain('D6222-34');
    expect(before).not.toContain('D6222-31');
  });
});
