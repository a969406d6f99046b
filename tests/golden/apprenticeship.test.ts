/** Apprentice minimum pay, derived by hand from D6222-26 / D6222-27 (both grids, band and year changes). */
import { describe, expect, it } from 'vitest';
import { appMinimum, appSalarySchedule, dec } from '@formapro/core';
import { evaluate, FnError, type CellValue } from '@formapro/functions';

const value = (name: string, ...args: CellValue[]) => evaluate(name, args).value;
const min = (age: number, year: number, date: string, smic = '1766.92', conv?: string) =>
  appMinimum({ age, contractYear: year, date, smicMonthly: dec(smic), conventionalMinimum: conv ? dec(conv) : undefined }).value.minimum.toString();

describe('apprentice minimum (D6222-26)', () => {
  it('2019+ grid on a SMIC of 1,766.92: under 18 27/39/55 %, 18–20 43/51/67 %, 21–25 53/61/78 %, 26+ 100 %', () => {
    // 0.27 × 1,766.92 = 477.0684 → 477.07 ; 0.39 → 689.0988 → 689.10 ; 0.55 → 971.806 → 971.81
    expect([min(17, 1, '2024-03-01'), min(17, 2, '2024-03-01'), min(17, 3, '2024-03-01')]).toEqual(['477.07', '689.1', '971.81']);
    // 0.43 → 759.7756 → 759.78 ; 0.51 → 901.1292 → 901.13 ; 0.67 → 1,183.8364 → 1,183.84
    expect([min(19, 1, '2024-03-01'), min(19, 2, '2024-03-01'), min(19, 3, '2024-03-01')]).toEqual(['759.78', '901.13', '1183.84']);
    // 0.53 → 936.4676 → 936.47 ; 0.61 → 1,077.8212 → 1,077.83 ; 0.78 → 1,378.1976 → 1,378.20
    expect([min(22, 1, '2024-03-01'), min(22, 2, '2024-03-01'), min(22, 3, '2024-03-01')]).toEqual(['936.47', '1077.83', '1378.2']);
    expect(min(27, 1, '2024-03-01')).toBe('1766.92');
  });

  it('pre-2019 grid (contracts before 2019-01-01): 25/37/53 %, 41/49/65 %, 53/61/78 %; 2018-12-31 vs 2019-01-01', () => {
    // 0.25 × 1,498.47 = 374.6175 → 374.62 ; 0.41 → 614.3727 → 614.38
    expect(min(17, 1, '2018-12-31', '1498.47')).toBe('374.62');
    expect(min(19, 1, '2018-12-31', '1498.47')).toBe('614.38');
    expect(min(17, 1, '2019-01-01', '1498.47')).toBe('404.59'); // 0.27 × 1,498.47 = 404.5869
    expect(appMinimum({ age: 17, contractYear: 1, date: '2018-06-01' }).warnings.map((w) => w.code)).toContain('UNVERIFIED');
  });

  it('D6222-26 (2019 grid): from 21, the share applies to the conventional minimum when higher: 0.53 × 2,000 = 1,060 > 936.47', () => {
    expect(min(22, 1, '2024-03-01', '1766.92', '2000')).toBe('1060');
    expect(min(20, 1, '2024-03-01', '1766.92', '2000')).toBe('759.78'); // under 21: SMIC only
  });

  it('D6222-27: the band changes on the 1st of the month after the birthday; the year on the start anniversary', () => {
    // born 2006-05-31: 18 on 2024-05-31 → 43 % from 2024-06-01 ; contract from 2024-03-04
    const rows = appSalarySchedule({ birthDate: '2006-05-31', start: '2024-03-04', end: '2025-04-30' }).value;
    const at = (m: string) => rows.find((r) => r.month === m)!;
    expect(at('2024-05-01').rate.toString()).toBe('0.27');
    expect(at('2024-06-01').rate.toString()).toBe('0.43');
    expect(at('2025-03-01').year).toBe(1); // 2025-03-01 is before the anniversary 2025-03-04
    expect(at('2025-04-01').year).toBe(2);
    expect(at('2025-04-01').rate.toString()).toBe('0.51');
    expect(at('2024-11-01').minimum.toString()).toBe('774.78'); // 0.43 × 1,801.80 = 774.774
  });

  it('APP_MIN_SALARY and APP_SALARY_SCHEDULE through the catalogue; bad input names the argument', () => {
    expect(value('APP_MIN_SALARY', 19, 2, 1766.92, '', '2024-03-15')).toBe(901.13);
    expect((value('APP_MIN_SALARY', 19, 4, 1766.92) as FnError).message).toMatch(/^contract_year: 4 /);
    expect((value('APP_MIN_SALARY', 14, 1, 1766.92) as FnError).message).toMatch(/^age: 14 /);
    expect((value('APP_MIN_SALARY', 17, 1, '', '', '2013-01-01') as FnError).code).toBe('#N/A');
    const m = value('APP_SALARY_SCHEDULE', '2006-05-10', '2024-09-02', '2025-08-31') as unknown[][];
    expect(m[0]).toEqual(['Month', 'Age', 'Year', 'Rate', 'SMIC', 'Minimum', 'Days', 'Due']);
    expect(m).toHaveLength(13);
  });
});
