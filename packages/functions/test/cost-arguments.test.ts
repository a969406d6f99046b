// The cost schedules as spreadsheet functions: each argument's checks and defaults, the TOTAL rows, the
// spread of the OPCO funding (L6332-14, D6332-86, D6332-93), read from the spilled table by column name.
import { describe, expect, it } from 'vitest';
import { evaluate, FnError } from './support';

type Row = (string | number | null | object)[];
const table = (name: string, args: unknown[], lang: 'en' | 'fr' = 'en') => {
  const v = evaluate(name, args as never, lang).value;
  if (v instanceof FnError) throw new Error(`${v.code} ${v.message}`);
  return v as Row[];
};
const error = (name: string, args: unknown[]) => {
  const v = evaluate(name, args as never).value;
  return v instanceof FnError ? `${v.code} ${v.message}` : 'accepted';
};
const column = (t: Row[], header: string) => t.slice(1).map((r) => r[t[0].indexOf(header)]);
// A 2024 contract of a 20-year-old (born 2003-09-01, 21 only in September 2024), no bac pro.
const PRO = ['2003-09-01', '2024-01-01', '2024-12-31', 'none'];

describe('PRO_COST_SCHEDULE arguments', () => {
  it('a salary must be above 0; a charges rate and hours must be numbers of their kind', () => {
    expect(error('PRO_COST_SCHEDULE', [...PRO, 0])).toBe('#VALUE! monthly_salary: 0 must be above 0 (an amount in euros (e.g. 1766.92))');
    expect(error('PRO_COST_SCHEDULE', [...PRO, '', 'abc'])).toBe('#VALUE! charges_rate: "abc" is not a share between 0 and 1 (e.g. 0.42)');
    expect(error('PRO_COST_SCHEDULE', [...PRO, '', 0.2, -1])).toBe('#VALUE! training_hours: -1 is below 0 (a number of training hours)');
  });
  it("a tutor's age in whole years from 18 to 100", () => {
    const at = (age: unknown) => error('PRO_COST_SCHEDULE', [...PRO, '', 0.2, 400, '', '', age]);
    expect(at(17)).toBe("#VALUE! tutor_age: 17 is below 18 (a tutor's age in whole years)");
    expect(at(101)).toBe("#VALUE! tutor_age: 101 is above 100 (a tutor's age in whole years)");
    expect(at(45.5)).toBe("#VALUE! tutor_age: 45.5 is not a whole number (a tutor's age in whole years)");
    expect(at(18)).toBe('accepted');
  });
  it('priority public omitted = not priority: 400 h × 9.15 = 3,660 € of OPCO funding; TRUE: × 15 = 6,000 € (D6332-86)', () => {
    const sum = (t: Row[]) => t.at(-1)![t[0].indexOf('OPCO training')];
    expect(sum(table('PRO_COST_SCHEDULE', [...PRO, '', 0.2, 400]))).toBe(3660);
    expect(sum(table('PRO_COST_SCHEDULE', [...PRO, '', 0.2, 400, '', true]))).toBe(6000);
  });
  it('spread "debut" (start) puts the whole funding in the first month; omitted spreads it evenly: 3,660 / 12 = 305', () => {
    expect(column(table('PRO_COST_SCHEDULE', [...PRO, '', 0.2, 400, '', '', '', 'debut']), 'OPCO training').slice(0, 2)).toEqual([3660, 0]);
    expect(column(table('PRO_COST_SCHEDULE', [...PRO, '', 0.2, 400]), 'OPCO training').slice(0, 2)).toEqual([305, 305]);
    expect(error('PRO_COST_SCHEDULE', [...PRO, '', 0.2, 400, '', '', '', 'later'])).toBe('#VALUE! spread: "later" is not "even" or "start"');
  });
  it('a training price "total" is the invoice; "horaire" is per hour (10 € × 400 h = 4,000 €)', () => {
    const invoice = (kind: string) => table('PRO_COST_SCHEDULE', [...PRO, '', 0.2, 400, '', '', '', '', '', '', '', 1200, kind]).at(-1)![table('PRO_COST_SCHEDULE', PRO)[0].indexOf('Training cost')];
    expect(invoice('total')).toBe(1200);
    expect(table('PRO_COST_SCHEDULE', [...PRO, '', 0.2, 400, '', '', '', '', '', '', '', 10, 'horaire']).at(-1)![table('PRO_COST_SCHEDULE', PRO)[0].indexOf('Training cost')]).toBe(4000);
  });
  it('hiring aid omitted = not asked: no aid even when one would be due (2023, aged 21: FUND-11)', () => {
    const t = table('PRO_COST_SCHEDULE', ['2002-01-01', '2023-06-01', '2024-05-31', 'none', '', 0.2]);
    expect(t.at(-1)![t[0].indexOf('Hiring aid')]).toBe(0);
    const asked = table('PRO_COST_SCHEDULE', ['2002-01-01', '2023-06-01', '2024-05-31', 'none', '', 0.2, '', '', '', '', '', '', '', true]);
    // 6,000 € over the first 12 months: 500 a month
    expect(asked.at(-1)![asked[0].indexOf('Hiring aid')]).toBe(6000);
  });
  it('one calendar year: only the overall TOTAL; two: TOTAL 2023, TOTAL 2024 and TOTAL', () => {
    expect(table('PRO_COST_SCHEDULE', PRO).filter((r) => String(r[0]).startsWith('TOTAL')).map((r) => r[0])).toEqual(['TOTAL']);
    expect(table('PRO_COST_SCHEDULE', ['2002-01-01', '2023-06-01', '2024-05-31', 'none']).filter((r) => String(r[0]).startsWith('TOTAL')).map((r) => r[0])).toEqual(['TOTAL 2023', 'TOTAL 2024', 'TOTAL']);
  });
});

describe('APP_COST_SCHEDULE arguments', () => {
  const APP = ['2006-05-10', '2025-09-01', '2026-08-31', 'bac pro'];
  it('a headcount is a whole number from 0 to 10,000,000', () => {
    expect(error('APP_COST_SCHEDULE', [...APP, 2.5])).toBe('#VALUE! headcount: 2.5 is not a whole number (a number of employees)');
    expect(error('APP_COST_SCHEDULE', [...APP, -1])).toBe('#VALUE! headcount: -1 is below 0 (a number of employees)');
    expect(error('APP_COST_SCHEDULE', [...APP, 10_000_001])).toBe('#VALUE! headcount: 10000001 is above 10000000 (a number of employees)');
    expect(error('APP_COST_SCHEDULE', [...APP, 0])).toBe('accepted');
  });
  it('a salary above 0, a charges rate a number', () => {
    expect(error('APP_COST_SCHEDULE', [...APP, 10, 0])).toBe('#VALUE! monthly_salary: 0 must be above 0 (an amount in euros (e.g. 1766.92))');
    expect(error('APP_COST_SCHEDULE', [...APP, 10, '', 'x'])).toBe('#VALUE! charges_rate: "x" is not a share between 0 and 1 (e.g. 0.1)');
  });
  it('disabled and quota commitment omitted = no: 250 employees get 0 € of exceptional aid, with the commitment 2,000 €; a disabled apprentice 6,000 €', () => {
    const aid = (args: unknown[]) => {
      const t = table('APP_COST_SCHEDULE', args);
      return t.at(-1)![t[0].indexOf('Hiring aid')];
    };
    expect(aid([...APP, 250])).toBe(0);
    expect(aid([...APP, 250, '', '', '', '', true])).toBe(2000);
    expect(aid([...APP, 10])).toBe(5000);
    expect(aid([...APP, 10, '', '', '', true])).toBe(6000);
  });
  it('the note of a negative month in the user language', () => {
    const fr = table('APP_COST_SCHEDULE', [...APP, 10, 100, 0.1], 'fr');
    expect(fr[1][fr[0].indexOf('Note')]).toBe("négatif : aide à l'embauche 410,96 € reçus ce mois dépassent les coûts du mois");
    const en = table('APP_COST_SCHEDULE', [...APP, 10, 100, 0.1]);
    expect(en[1][en[0].indexOf('Note')]).toBe("negative: hiring aid 410.96 € received this month exceed the month's costs");
  });
});
