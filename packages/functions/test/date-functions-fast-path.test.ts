/**
 * PRO_MIN_SALARY_AT and PRO_SALARY_SCHEDULE run on an integer hot path (proMinimumAtFast,
 * proSalaryScheduleFast). Each is compared, through evaluate(), with the exact big.js computation of the
 * core on random inputs: dates across the 2017–2026 law changes, every qualification code, ages around
 * each threshold (16, 21, 26), part time, overtime, conventional minimums. Same cent, same articles, same
 * warnings; where the exact path refuses the inputs, the function returns its error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, fromDayNumber, LawError, minimumToCents, proMinimumAt, proMinimumAtFast, proSalarySchedule, proSalaryScheduleFast, toDayNumber, addDays, addMonths, parseQualification } from '@formapro/core';
import { DateValue, evaluate, FnError, QUALIFICATION_CODES_FOR_TESTS, type CellValue } from './support.js';

const TIMEOUT = 60_000;
const day = (min: string, max: string) => fc.integer({ min: toDayNumber(min), max: toDayNumber(max) }).map(fromDayNumber);
const qual = fc.oneof(fc.constantFrom(...QUALIFICATION_CODES_FOR_TESTS), fc.boolean());
/** A birth date so that the age on `at` is near a threshold of the law (16, 21, 26) or anywhere from 15 to 70. */
const birthNear = (at: string) =>
  fc.tuple(fc.oneof(fc.constantFrom(15, 16, 20, 21, 25, 26), fc.integer({ min: 15, max: 70 })), fc.integer({ min: -400, max: 400 })).map(([years, shift]) => addDays(addMonths(at, -12 * years), shift));
const optionalCents = fc.option(fc.integer({ min: 50_000, max: 400_000 }).map((c) => c / 100), { nil: undefined });
const optionalHours = fc.option(fc.oneof(fc.constantFrom(35, 24, 39, 44, 48), fc.integer({ min: 100, max: 4800 }).map((h) => h / 100)), { nil: undefined });
const optionalOvertime = fc.option(fc.constantFrom(0.1, 0.25, 0.5), { nil: undefined });
const euros = (d: { toFixed(n: number): string }) => Number(d.toFixed(2));

describe('PRO_MIN_SALARY_AT: the integer hot path gives the exact path’s cent (D6325-15, D6325-16, L6325-9)', () => {
  it('against proMinimumAt (big.js) on random contracts 2017–2026', () => {
    let fastHits = 0;
    let compared = 0;
    fc.assert(
      fc.property(day('2017-01-01', '2026-12-31'), fc.integer({ min: 0, max: 800 }), qual, optionalCents, optionalHours, optionalOvertime, fc.boolean(), (start, after, q, conv, hours, overtime, startGiven) => {
        const date = addDays(start, startGiven ? after : 0);
        return fc.assert(
          fc.property(birthNear(start), (birth) => {
            const args: CellValue[] = [birth, date, q, startGiven ? start : '', conv ?? '', hours ?? '', overtime ?? ''];
            const got = evaluate('PRO_MIN_SALARY_AT', args);
            let slow;
            try {
              slow = proMinimumAt({ birthDate: birth, date, professionalBacLevel: parseQualification(q)!.professionalBacLevel, contractStart: startGiven ? start : undefined, conventionalMinimum: conv === undefined ? undefined : dec(String(conv)), weeklyHours: hours, overtimeRate: overtime === undefined ? undefined : dec(String(overtime)) });
            } catch (e) {
              if (!(e instanceof LawError)) throw e;
              expect(got.value).toBeInstanceOf(FnError);
              return;
            }
            expect(got.value).toBe(euros(slow.value.minimum));
            expect(got.articles).toEqual(slow.articles);
            expect(got.warnings).toEqual(slow.warnings);
            compared++;
            const fast = proMinimumAtFast(birth, date, start, parseQualification(q)!.professionalBacLevel, conv === undefined ? undefined : Math.round(conv * 100), hours === undefined ? undefined : Math.round(hours * 100), overtime === undefined ? undefined : Math.round(overtime * 10000));
            if (fast) {
              fastHits++;
              expect(fast.cents).toBe(Math.round(euros(slow.value.minimum) * 100));
              expect(fast.age).toBe(slow.value.age);
              // the exact fraction is the exact minimum (what a partial month is prorated from)
              expect(dec(fast.num).div(fast.den).div(100).minus(slow.value.exact).abs().lt('1e-15')).toBe(true);
            }
          }),
          { numRuns: 3 },
        );
      }),
      { numRuns: 400 },
    );
    // a good share of these calls take the hot path, whatever the number of runs (a mutation run makes fewer)
    expect(fastHits).toBeGreaterThan(compared / 4);
  }, TIMEOUT);

  it('the band changes on the 1st of the month after the 21st birthday (D6325-16): 11.65 × 151 2/3 × 55 % = 971.804… → 971.81 until 2024-04-30, × 70 % = 1,236.841… → 1,236.85 from 2024-05-01', () => {
    // born 2003-04-15: 21 on 2024-04-15; SMIC 11.65 €/h from 2024-01-01 (1,766.92 a month)
    expect(evaluate('PRO_MIN_SALARY_AT', ['2003-04-15', '2024-04-30', 'none', '2024-01-02']).value).toBe(971.81);
    expect(evaluate('PRO_MIN_SALARY_AT', ['2003-04-15', '2024-05-01', 'none', '2024-01-02']).value).toBe(1236.85);
    const at = (b: string, d: string, s: string) => proMinimumAtFast(b, d, s, false, undefined, undefined);
    expect(at('2003-04-15', '2024-04-30', '2024-01-02')?.cents).toBe(97181);
    expect(at('2003-04-15', '2024-05-01', '2024-01-02')?.cents).toBe(123685);
    // born 28 February: 21 on 2024-02-28, the 21+ band from 2024-03-01 (29 February still at 55 %)
    expect(at('2003-02-28', '2024-02-29', '2024-01-02')?.cents).toBe(97181);
    expect(at('2003-02-28', '2024-03-01', '2024-01-02')?.cents).toBe(123685);
    // born 29 February: 21 on 2021-03-01 (decision "feb29-birthday"), so 70 % only from 2021-04-01;
    // SMIC 10.25 €/h: 10.25 × 151 2/3 × 55 % = 855.020… → 855.03, × 70 % = 1,088.208… → 1,088.21
    expect(at('2000-02-29', '2021-03-31', '2021-01-04')?.cents).toBe(85503);
    expect(at('2000-02-29', '2021-04-01', '2021-01-04')?.cents).toBe(108821);
    // born 15 December: 21 on 2024-12-15, the 21+ band from 2025-01-01 (the next year);
    // SMIC 11.88 €/h: 11.88 × 151 2/3 = 1,801.80, × 55 % = 990.99, × 70 % = 1,261.26
    expect(at('2003-12-15', '2024-12-31', '2024-11-02')?.cents).toBe(99099);
    expect(at('2003-12-15', '2025-01-01', '2024-11-02')?.cents).toBe(126126);
    expect(at('2003-12-15', '2025-01-01', '2024-11-02')?.adultRegime).toBe(false);
    // 26 at the start: the adult regime, the SMIC itself when 85 % of the conventional minimum is lower (L6325-9)
    expect(proMinimumAtFast('1990-01-01', '2025-01-01', '2024-11-02', false, 150000, undefined)).toMatchObject({ cents: 180180, adultRegime: true });
    // declined, so that the exact path writes its message: birth not before the start, a date before the start
    expect(at('2024-01-02', '2024-05-01', '2024-01-02')).toBeUndefined();
    expect(at('2003-04-15', '2024-01-01', '2024-01-02')).toBeUndefined();
    expect(evaluate('PRO_MIN_SALARY_AT', ['2003-04-15', '2024-01-01', 'none', '2024-01-02']).value).toBeInstanceOf(FnError);
  });
});

describe('PRO_SALARY_SCHEDULE: the integer hot path gives the exact path’s figures (D6325-16, decision "prorate-calendar-days")', () => {
  it('against proSalarySchedule’s exact minimums (big.js) month by month on random contracts 2017–2026', () => {
    let fastHits = 0;
    let compared = 0;
    fc.assert(
      fc.property(day('2017-01-01', '2026-06-30'), fc.integer({ min: 0, max: 1200 }), qual, optionalCents, optionalHours, optionalOvertime, (start, length, q, conv, hours, overtime) =>
        fc.assert(
          fc.property(birthNear(start), (birth) => {
            const end = addDays(start, length);
            const got = evaluate('PRO_SALARY_SCHEDULE', [birth, start, end, q, conv ?? '', hours ?? '', overtime ?? '']);
            const bac = parseQualification(q)!.professionalBacLevel;
            let slow;
            try {
              slow = proSalarySchedule({ birthDate: birth, start, end, professionalBacLevel: bac, conventionalMinimum: conv === undefined ? undefined : dec(String(conv)), weeklyHours: hours, overtimeRate: overtime === undefined ? undefined : dec(String(overtime)) });
            } catch (e) {
              if (!(e instanceof LawError)) throw e;
              expect(got.value).toBeInstanceOf(FnError);
              return;
            }
            // the expected rows from the exact (big.js) minimum of each month, rounded up once
            const expected = [['Month', 'Age', 'Rate', 'SMIC', 'Minimum', 'Days', 'Due'], ...slow.value.map((r) => [r.month, r.age, Number(r.rate.toString()), euros(r.smic), euros(minimumToCents(r.exact)), `${r.days}/${r.daysInMonth}`, r.days === r.daysInMonth ? euros(minimumToCents(r.exact)) : euros(r.due)])];
            const rows = got.value as CellValue[][];
            expect(rows.map((r) => r.map((c) => (c instanceof DateValue ? c.iso : c)))).toEqual(expected);
            expect(got.articles).toEqual(slow.articles);
            expect(got.warnings).toEqual(slow.warnings);
            compared++;
            if (proSalaryScheduleFast(birth, start, end, bac, conv === undefined ? undefined : Math.round(conv * 100), hours === undefined ? undefined : Math.round(hours * 100), overtime === undefined ? undefined : Math.round(overtime * 10000))) fastHits++;
          }),
          { numRuns: 2 },
        ),
      ),
      { numRuns: 250 },
    );
    // a good share take the hot path, whatever the number of runs
    expect(fastHits).toBeGreaterThan(compared / 5);
  }, TIMEOUT);

  it('a partial month is due pro rata on the exact minimum, not the rounded one (D6325-15): 11.65 × 35 × 52/12 × 55 % = 971.804…, from 2024-01-15 17 days of 31 → ⌈971.804… × 17/31⌉ = 532.93', () => {
    const exact = dec('11.65').times(35).times(52).div(12).times('0.55');
    const due = Math.ceil(Number(exact.times(17).div(31).times(100).toFixed(6))) / 100;
    expect(due).toBe(532.93);
    const r = evaluate('PRO_SALARY_SCHEDULE', ['2003-03-03', '2024-01-15', '2024-03-31', 'none']).value as CellValue[][];
    expect(r[1].slice(1)).toEqual([20, 0.55, 1766.92, 971.81, '17/31', due]);
    expect(r[2].slice(1)).toEqual([20, 0.55, 1766.92, 971.81, '29/29', 971.81]);
    expect(r[3][0]).toBeInstanceOf(DateValue);
  });

  it('declines what the exact path must refuse or split: end before start, a contract past 36 months, the workdays proration', () => {
    expect(proSalaryScheduleFast('2003-03-03', '2024-01-15', '2024-01-14', false, undefined, undefined)).toBeUndefined();
    expect(proSalaryScheduleFast('2003-03-03', '2024-01-15', '2027-01-15', false, undefined, undefined)).toBeUndefined();
    expect(proSalaryScheduleFast('2003-03-03', '2024-01-15', '2027-01-14', false, undefined, undefined)?.rows.length).toBe(37);
    expect(proSalaryScheduleFast('2024-01-15', '2024-01-15', '2024-03-14', false, undefined, undefined)).toBeUndefined();
    expect(evaluate('PRO_SALARY_SCHEDULE', ['2003-03-03', '2024-01-15', '2027-01-15', 'none']).value).toBeInstanceOf(FnError);
    const workdays = evaluate('PRO_SALARY_SCHEDULE', ['2003-03-03', '2024-01-15', '2024-02-29', 'none', '', '', '', 'workdays']).value as CellValue[][];
    expect(workdays[1][5]).toBe('13/23');
  });
});
