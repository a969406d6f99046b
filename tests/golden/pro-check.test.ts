/**
 * PRO_CHECK by hand: one contract per rule, the verdict written from the article. The function returns "OK" or
 * one line per finding ("ERROR CODE: message [articles]"), then the checks it cannot make (no argument for them).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, FnError, type CellValue } from '@formapro/functions';

const check = (...args: CellValue[]) => evaluate('PRO_CHECK', args).value;
const lines = (...args: CellValue[]) => String(check(...args)).split('\n');
const codes = (...args: CellValue[]) => lines(...args).slice(0, -1).map((l) => l.replace(/^(ERROR|WARNING) ([A-Z_0-9]+):.*$/, '$1 $2'));

describe('PRO_CHECK (D6325-15, L6325-1, L6325-11, L6325-13)', () => {
  it('19, bac pro, 2024-09-02 → 2025-08-31, 1,200 €, 300 h: OK (65 % of the SMIC is 1,171.17 € from November 2024; 300 h is between 15 % and 25 % of 1,820 h)', () => {
    expect(lines('2005-03-10', '2024-09-02', '2025-08-31', 'bac pro', 1200, 300)[0]).toBe('OK');
    expect(lines('2005-03-10', '2024-09-02', '2025-08-31', 'bac pro', 1200, 300)[1]).toMatch(/^Not checked \(no argument\): filing with the OPCO within 5 days \[D6325-1\]/);
  });
  it('the salary a cent below the minimum: 0.65 × 11.88 × 35 × 52/12 = 1,171.17 exactly → 1,171.16 is an ERROR SALARY_BELOW_MINIMUM citing D6325-15; 1,171.17 is OK', () => {
    expect(codes('2005-03-10', '2024-09-02', '2025-08-31', 'bac pro', 1171.16, 300)).toEqual(['ERROR SALARY_BELOW_MINIMUM']);
    expect(lines('2005-03-10', '2024-09-02', '2025-08-31', 'bac pro', 1171.16, 300)[0]).toMatch(/\[.*D6325-15.*\]$/);
    expect(lines('2005-03-10', '2024-09-02', '2025-08-31', 'bac pro', 1171.17, 300)[0]).toBe('OK');
  });
  it('L6325-1: 15 at the start → ERROR NOT_ELIGIBLE_AGE; 16 → judged', () => {
    expect(codes('2009-06-01', '2024-09-02', '2025-08-31', 'none', 1000, 300)).toEqual(['ERROR NOT_ELIGIBLE_AGE']);
    expect(lines('2008-09-02', '2024-09-02', '2025-08-31', 'none', 1000, 300)[0]).toBe('OK'); // 16 on the start: 55 % = 990.99 from November
  });
  it('26 and over without the jobseeker argument: WARNING ELIGIBILITY_NOT_STATED; as a priority public (RSA) it is eligible, the conventional minimum missing is a warning', () => {
    expect(codes('1995-04-04', '2024-09-02', '2025-08-31', 'licence', 1900, 300)).toContain('WARNING ELIGIBILITY_NOT_STATED');
    expect(codes('1995-04-04', '2024-09-02', '2025-08-31', 'licence', 1900, 300, 'CDD', true)).toEqual(['WARNING CONVENTIONAL_MINIMUM_NOT_STATED']);
    // 85 % × 2,300 = 1,955 > 1,900 → error
    expect(codes('1995-04-04', '2024-09-02', '2025-08-31', 'licence', 1900, 300, 'CDD', true, '', 2300)).toEqual(['ERROR SALARY_BELOW_MINIMUM']);
  });
  it('L6325-11/-12: 18 months → ERROR ACTION_TOO_LONG; with a branch agreement (up to 24) OK', () => {
    expect(codes('2002-02-02', '2024-09-02', '2026-03-01', 'bac', 1400, 450)).toEqual(['ERROR ACTION_TOO_LONG']);
    expect(lines('2002-02-02', '2024-09-02', '2026-03-01', 'bac', 1400, 450, 'CDD', false, true)[0]).toBe('OK');
  });
  it('L6325-13: 272 h for 12 months (15 % of 1,820 h = 273) → ERROR TRAINING_HOURS_TOO_LOW; 273 → OK', () => {
    expect(codes('2005-03-10', '2024-09-02', '2025-08-31', 'bac pro', 1200, 272)).toEqual(['ERROR TRAINING_HOURS_TOO_LOW']);
    expect(lines('2005-03-10', '2024-09-02', '2025-08-31', 'bac pro', 1200, 273)[0]).toBe('OK');
  });
  it('in French: "OK" then "Non vérifié", findings as "ERREUR CODE : message"', () => {
    const fr = String(evaluate('PRO_CHECK', ['2005-03-10', '2024-09-02', '2025-08-31', 'bac pro', 1000, 300], 'fr').value);
    expect(fr.split('\n')[0]).toMatch(/^ERREUR SALARY_BELOW_MINIMUM : /);
    expect(fr.split('\n').at(-1)).toMatch(/^Non vérifié \(pas d'argument\) : /);
  });
  it('arguments Excel cannot use are #VALUE! naming them', () => {
    expect((check('hier', '2024-09-02', '2025-08-31', 'bac pro', 1200, 300) as FnError).message).toMatch(/^birth_date: /);
    expect((check('2005-03-10', '2024-09-02', '2025-08-31', 'bac pro', 1200, 300, 'CDX') as FnError).message).toMatch(/^contract_type: /);
    expect((check('2005-03-10', '2024-09-02', '2025-08-31', 'bac pro', 1200, 300, '', '', '', '', 49) as FnError).message).toMatch(/^weekly_hours: /);
  });
});
