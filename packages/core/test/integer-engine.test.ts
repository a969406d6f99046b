/**
 * The validation engine in integers: a salary read straight to cents (readMoney), dates kept as read, the
 * minimum's segments shared by contracts with the same dates, hours, qualification level and month of the
 * 21st birthday (a cache), and the law's date-only results (duration bounds, deposit deadline, training
 * bounds) kept per start. Checked against independent oracles: readDecimal (big.js) for the reading, and the
 * exact big.js minimum of every month of the contract (proMinimumAt) for the salary verdict — on random rows
 * whose births share months, so that a wrong cache hit would show.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, compareDates, dec, fromDayNumber, matchHeaders, minimumToCents, proMinimumAt, toDayNumber, toExcelSerial, validateRow, type RawCell } from '../src/index.js';
import { readDecimal, readMoney, readNumber } from '../src/validation/parse.js';
import { PAY_PARAMETERS } from '../src/professionalisation/pay-law.js';

const TIMEOUT = 60_000;

describe('readMoney: the salary in whole cents, as readDecimal reads it (docs/cell-formats.md)', () => {
  const asDecimal = (m: ReturnType<typeof readMoney>) => (typeof m === 'number' ? dec(m).div(100) : m);
  it('numbers and French or English texts read to the same amount, in cents when they have at most 2 decimals', () => {
    const amount = fc.tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(amount, fc.constantFrom('number', 'point', 'comma', 'spaced', 'euro'), ([whole, frac, decimals], form) => {
        const text = decimals === 0 ? String(whole) : `${whole}.${String(frac).padStart(3, '0').slice(0, decimals)}`;
        const cell: RawCell =
          form === 'number' ? Number(text) : form === 'point' ? text : form === 'comma' ? text.replace('.', ',') : form === 'spaced' ? `${text.replace('.', ',')}` : `${text.replace('.', ',')} €`;
        const got = readMoney(cell);
        const want = readDecimal(cell);
        if (want === null || want === undefined) {
          expect(got).toBe(want);
          return;
        }
        expect(asDecimal(got)!.eq(want)).toBe(true);
        // in cents exactly when the amount is whole cents (below 10^12 euros)
        expect(typeof got === 'number').toBe(want.round(2).eq(want) && want.abs().lt(1e12));
      }),
      { numRuns: 2000 },
    );
  }, TIMEOUT);

  it('reads 1 234,56 € as 123456 cents, 1200 as 120000, 0,5 as 50, -0 as 0; 1234,567 stays a decimal; 1,234 is refused; blank is undefined', () => {
    expect(readMoney('1 234,56 €')).toBe(123456);
    expect(readMoney(1200)).toBe(120000);
    expect(readMoney('0,5')).toBe(50);
    expect(Object.is(readMoney(-0), 0)).toBe(true);
    expect(readMoney('-12.3')).toBe(-1230);
    expect(readMoney('1234,567')?.toString()).toBe('1234.567');
    expect(readMoney('12.5000')).toBe(1250);
    expect(readMoney('12.')).toBeNull();
    expect(readMoney(1234.567)?.toString()).toBe('1234.567');
    expect(readMoney('1,234')).toBeNull();
    expect(readMoney('   ')).toBeUndefined();
    expect(readMoney(true)).toBeNull();
    expect(readMoney(1e20)?.toString()).toBe('100000000000000000000');
  });

  it('readNumber of a number is the number itself (-0 read as 0), as the decimal text read back gave', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (x) => {
        expect(Object.is(readNumber(x), Number(dec(String(x)).toString()))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(readNumber(Number.POSITIVE_INFINITY)).toBeNull();
  }, TIMEOUT);

  it('readNumber of a text is the number its decimal reads to through big.js (35, 30,5, 1 234,5, 0,000001…), twice in a row (the memo)', () => {
    const viaBig = (t: string) => {
      const d = readDecimal(t);
      return d === null || d === undefined ? d : Number(d.toString());
    };
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), fc.constantFrom('.', ','), (x, sep) => {
        const t = String(x).replace('.', sep);
        expect(readNumber(t)).toBe(viaBig(t));
        expect(readNumber(t)).toBe(viaBig(t));
      }),
      { numRuns: 2000 },
    );
    expect(readNumber('30,5')).toBe(30.5);
    expect(readNumber('1 234,5')).toBe(1234.5);
    expect(readNumber('douze')).toBeNull();
    expect(readNumber(' ')).toBeUndefined();
    expect(Object.is(readNumber('-0'), 0)).toBe(true);
  }, TIMEOUT);
});

const HEADERS = ['Référence', 'Date de naissance', 'Diplôme', 'Date de début', 'Date de fin', 'Durée hebdomadaire', 'Salaire brut mensuel', 'Minimum conventionnel'];
const match = matchHeaders(HEADERS);

/** Every day on which the minimum may change inside the contract: the start, each 1st of a month, each new version of the pay law. */
function changeDays(start: string, end: string): string[] {
  const days = new Set<string>([start]);
  for (let m = `${start.slice(0, 7)}-01`; compareDates(m, end) <= 0; m = addMonths(m, 1)) if (compareDates(m, start) > 0) days.add(m);
  for (const p of PAY_PARAMETERS) for (const v of p.versions) if (compareDates(v.validFrom, start) > 0 && compareDates(v.validFrom, end) <= 0) days.add(v.validFrom);
  return [...days].sort();
}

describe('the engine’s salary verdict against the exact minimum of every month (L6325-8, L6325-9, D6325-15, D6325-16, D6325-18)', () => {
  it('SALARY_BELOW_MINIMUM exactly when some day’s exact big.js minimum is above the salary, the first one quoted; random rows 2017–2026, births sharing months', () => {
    // births in a few months so that rows share the cached segments (same month of the 21st birthday)
    const birthMonth = fc.constantFrom('1998-03', '2001-11', '2003-04', '2004-12', '1990-06', '2000-02');
    const row = fc.record({
      month: birthMonth,
      day: fc.integer({ min: 1, max: 28 }),
      start: fc.integer({ min: toDayNumber('2019-01-01'), max: toDayNumber('2026-06-30') }).map(fromDayNumber),
      length: fc.integer({ min: 30, max: 1000 }),
      qualification: fc.constantFrom('none', 'bac pro', 'bts', 'cap', 'licence'),
      hours: fc.option(fc.constantFrom(35, 24, 30.5, 39), { nil: undefined }),
      salary: fc.integer({ min: 60_000, max: 250_000 }),
      salaryDecimals: fc.constantFrom(0, 2, 3),
      conventional: fc.option(fc.integer({ min: 150_000, max: 300_000 }), { nil: undefined }),
      serial: fc.boolean(),
    });
    let checked = 0;
    let generated = 0;
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        for (const r of rows) {
          generated++;
          const birth = `${r.month}-${String(r.day).padStart(2, '0')}`;
          const end = addDays(r.start, r.length);
          // 4 decimals (3 would read as ambiguous thousands, 1.234), 2 with a decimal comma, or whole euros
          const salaryText = r.salaryDecimals === 3 ? `${(r.salary / 100).toFixed(2)}75` : r.salaryDecimals === 2 ? (r.salary / 100).toFixed(2).replace('.', ',') : String(Math.round(r.salary / 100));
          const salary = dec(salaryText.replace(',', '.'));
          const dateCell = (d: string) => (r.serial ? toExcelSerial(d) : d);
          const cells: RawCell[] = ['R', dateCell(birth), r.qualification, dateCell(r.start), dateCell(end), r.hours ?? null, salaryText, r.conventional === undefined ? null : r.conventional / 100];
          const verdict = validateRow(cells, match, {});
          const below = verdict.findings.filter((f) => f.code === 'SALARY_BELOW_MINIMUM');
          if (verdict.findings.some((f) => ['NOT_ELIGIBLE_AGE', 'OUT_OF_RANGE', 'NO_LAW_FOR_DATE', 'UNREADABLE_VALUE'].includes(f.code))) continue;
          const bac = r.qualification !== 'none' && r.qualification !== 'cap';
          // the oracle: every day the minimum may change, its exact big.js value
          const failing = changeDays(r.start, end)
            .map((day) => ({ day, m: proMinimumAt({ birthDate: birth, date: day, contractStart: r.start, professionalBacLevel: bac, conventionalMinimum: r.conventional === undefined ? undefined : dec(r.conventional).div(100), weeklyHours: r.hours }).value }))
            .filter((x) => salary.lt(x.m.exact));
          expect(below.length > 0).toBe(failing.length > 0);
          if (failing.length) {
            const first = minimumToCents(failing[0].m.exact).toFixed(2);
            expect(below[0].message.en).toContain(`minimum of €${Number(first).toLocaleString('en', { minimumFractionDigits: 2 })}`);
          }
          checked++;
        }
      }),
      { numRuns: 150 },
    );
    // most generated rows are judged (not refused), whatever the number of runs (a mutation run makes fewer)
    expect(checked).toBeGreaterThan(generated / 2);
  }, TIMEOUT);
});
