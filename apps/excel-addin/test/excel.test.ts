/**
 * The Excel layer of every wrapper, outside Excel: arguments as Excel hands them (serials, text, null
 * for omitted), FnError → CustomFunctions.Error with #VALUE!/#N/A and the message, dates → serials,
 * schedules → rectangular 2-D arrays, synchronous answers.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { HEADER_FR } from '@formapro/functions';
import { FUNCTIONS } from '../src/functions/generated';

/** The shape of Office's CustomFunctions.Error (ErrorCode values are the Excel codes). */
class FakeError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message);
  }
}
beforeAll(() => {
  // "today" is the default date of functions called below without one: pinned, never the day the suite runs.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2024-06-15T12:00:00'));
  (globalThis as any).CustomFunctions = { Error: FakeError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' }, associate() {} };
});
afterAll(() => {
  vi.useRealTimers();
  delete (globalThis as any).CustomFunctions;
});

const F = FUNCTIONS as Record<string, (...a: unknown[]) => any>;
const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as FakeError;
  }
  throw new Error('did not throw');
};

describe('Excel conversions', () => {
  test('PRO_MIN_SALARY(20, "bac pro", 1766.92) = 1148.50 (0.65 × 1,766.92 = 1,148.498 → rounded up to 1,148.50, D6325-15)', () => {
    expect(F.PRO_MIN_SALARY(20, 'bac pro', 1766.92, null, null, null)).toBe(1148.5);
  });

  test('a date argument arrives as an Excel serial: SMIC(45366) = 1766.92 (2024-03-15, L3231-2)', () => {
    expect(F.SMIC(45366, null, null)).toBe(1766.92);
    expect(F.SMIC(45366, 'hourly', null)).toBe(11.65);
    expect(F.PRO_MIN_SALARY(20, 'none', null, null, 45366, null)).toBe(971.81);
  });

  test('a date result leaves as a serial: PRO_DEPOSIT_DEADLINE(2024-03-04 = 45355) = 45360 (2024-03-09, D6325-1)', () => {
    expect(F.PRO_DEPOSIT_DEADLINE(45355)).toBe(45360);
    expect(F.PRO_DEPOSIT_DEADLINE('2024-03-04')).toBe(45360);
  });

  test('omitted optionals come as null (recent hosts) or undefined (older ones)', () => {
    expect(F.PRO_TRAINING_HOURS(12, null, null, null)).toBe(273);
    expect(F.PRO_TRAINING_HOURS(12, undefined, 'max', undefined)).toBe(455);
  });

  test('the optional last date of OPCO_TUTOR_AID arrives as a serial: 2024-03-15 (45366) → 1380; 2018-12-31 (43465), before D6332-93 is held → #N/A naming the date', () => {
    expect(F.OPCO_TUTOR_AID(8, 40, null, 45366)).toBe(1380);
    const e = thrown(() => F.OPCO_TUTOR_AID(8, 40, null, 43465));
    expect(e.code).toBe('#N/A');
    expect(e.message).toMatch(/^date: 2018-12-31 is outside/);
  });

  test('bad input: #VALUE! (invalidValue) with a message naming the argument (L6325-1)', () => {
    const e = thrown(() => F.PRO_MIN_SALARY(15, 'none', null, null, 45366, null));
    expect(e).toBeInstanceOf(FakeError);
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^age: 15 is below 16/);
    expect(thrown(() => F.PRO_MIN_SALARY(20, 'licence en droit?', null, null, null, null)).message).toMatch(/^qualification: /);
  });

  test('no law for the date: #N/A (notAvailable) with its message (SMIC before 2017-01-01)', () => {
    const e = thrown(() => F.SMIC(42735, null, null));
    expect(e.code).toBe('#N/A');
    expect(e.message).toMatch(/date/);
  });

  test('a schedule is a rectangular 2-D array that spills; empty cells are ""; dates as serials (D6325-16: the 21+ rate from the 1st of the month after the birthday)', () => {
    const m = F.PRO_SALARY_SCHEDULE(37683, 45352, 45473, 'none', null, null) as unknown[][];
    expect(m[0]).toEqual(['Month', 'Age', 'Rate', 'SMIC', 'Minimum', 'Days', 'Due']);
    expect(m).toHaveLength(5);
    expect(new Set(m.map((r) => r.length)).size).toBe(1);
    expect(m[1]).toEqual([45352, 20, 0.55, 1766.92, 971.81, '31/31', 971.81]);
    // ends 2024-06-30 (45473): whole months, Due = Minimum
    expect(m[2]).toEqual([45383, 21, 0.7, 1766.92, 1236.85, '30/30', 1236.85]);
    for (const row of m) for (const c of row) expect(c === null || c === undefined).toBe(false);
  });

  test('French Excel (displayLanguage fr-FR, fr-BE, fr-CA, fr-CH, fr-LU): #VALUE!/#N/A messages and spill headers in French; en-US in English', () => {
    const office = (globalThis as any).Office;
    try {
      for (const display of ['fr-FR', 'fr-BE', 'fr-CA', 'fr-CH', 'fr-LU']) {
        (globalThis as any).Office = { context: { displayLanguage: display } };
        const e = thrown(() => F.PRO_MIN_SALARY(15, 'none', null, null, 45366, null));
        expect(e.code).toBe('#VALUE!');
        expect(e.message).toBe("age : 15 est inférieur à 16, l'âge minimum du contrat (L6325-1)");
        expect(thrown(() => F.PRO_MIN_SALARY(20, 'licence en droit?', null, null, null, null)).message).toMatch(/^diplome : .* n'est pas un code de diplôme/);
        expect(thrown(() => F.SMIC(42735, null, null)).message).toMatch(/^date : 2016-12-31 est hors de la période couverte/);
        const m = F.PRO_SALARY_SCHEDULE(37683, 45352, 45473, 'none', null, null) as unknown[][];
        expect(m[0].slice(0, 5)).toEqual(['Mois', 'Âge', 'Taux', 'SMIC', 'Minimum']);
        expect(m[0].every((h) => typeof h === 'string' && Object.values(HEADER_FR).includes(h))).toBe(true);
        expect(m[1].slice(0, 5)).toEqual([45352, 20, 0.55, 1766.92, 971.81]);
        const cost = F.PRO_COST_SCHEDULE(37664, 45334, 45698, 'none', null, 0.2, 400) as unknown[][];
        expect(cost[0]).toEqual(expect.arrayContaining(['Mois', 'Salaire', 'Charges', 'Coût employeur', 'Prise en charge OPCO', 'Aide tuteur', "Aide à l'embauche", 'Coût net']));
        expect(cost[0].every((h) => typeof h === 'string' && Object.values(HEADER_FR).includes(h))).toBe(true);
        expect(cost.at(-1)![0]).toBe('TOTAL');
      }
      (globalThis as any).Office = { context: { displayLanguage: 'en-US' } };
      expect(thrown(() => F.PRO_MIN_SALARY(15, 'none', null, null, 45366, null)).message).toMatch(/^age: 15 is below 16/);
      expect((F.PRO_SALARY_SCHEDULE(37683, 45352, 45473, 'none', null, null) as unknown[][])[0][0]).toBe('Month');
    } finally {
      (globalThis as any).Office = office;
    }
  });

  test('synchronous and local: 20,000 calls answer numbers, never a promise (their speed is measured by pnpm bench, not asserted here)', () => {
    const results = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const v = F.PRO_MIN_SALARY(16 + (i % 20), i % 2 ? 'bac pro' : 'none', null, null, 45366, null);
      if (typeof v !== 'number') results.add(String(v instanceof Promise ? 'Promise' : typeof v));
    }
    expect([...results]).toEqual([]);
    expect(F.PRO_MIN_SALARY(23, 'none', 1766.92, null, null, null)).toBe(1236.85);
  });
});
