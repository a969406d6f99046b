/**
 * The validation's apprentice minimum, computed only where it can change (apprenticeLevels), equals the
 * monthly schedule (appSalarySchedule) checked month by month and from each split inside a month: same
 * levels from the same days, same articles and warnings, same errors, over random apprentices, dates,
 * hours, conventional minimums and special cases (D6222-28 to D6222-32).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, appSalarySchedule, dec, fromDayNumber, toDayNumber } from '../src/index.js';
import { apprenticeLevels } from '../src/validation/apprenticeship.js';

const TIMEOUT = 60_000;
const day = (min: string, max: string) => fc.integer({ min: toDayNumber(min), max: toDayNumber(max) }).map(fromDayNumber);

type Outcome = { error: string } | { levels: string[]; articles: string[]; warnings: string[] };

/** Consecutive equal levels collapsed: [from, exact] of each change. */
function collapse(levels: { from: string; exact: { toString(): string } }[]): string[] {
  const out: string[] = [];
  let last = '';
  for (const l of levels) {
    const v = l.exact.toString();
    if (v !== last) out.push(`${l.from} ${v}`);
    last = v;
  }
  return out;
}

const run = (f: () => { levels: string[]; articles: string[]; warnings: string[] }): Outcome => {
  try {
    return f();
  } catch (e) {
    return { error: (e as Error).message };
  }
};

describe('apprenticeLevels = appSalarySchedule, month by month', () => {
  it('random contracts from 2015 to 2026, 6 months to 3 years, with or without a prolongation and special cases', () => {
    fc.assert(
      fc.property(
        day('2015-01-01', '2026-06-30'),
        fc.integer({ min: 15, max: 30 }),
        fc.integer({ min: 0, max: 364 }),
        fc.integer({ min: 6, max: 36 }),
        fc.integer({ min: -2, max: 2 }),
        fc.record({
          conclusionDaysBefore: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
          weeklyHours: fc.option(fc.constantFrom(20, 24, 35, 39, 43), { nil: undefined }),
          conventional: fc.option(fc.constantFrom('1500', '2200.55'), { nil: undefined }),
          cycleYears: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
          previousYear: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
          sameLevel: fc.option(fc.boolean(), { nil: undefined }),
          trainingLevel: fc.option(fc.constantFrom('licence pro', 'bts'), { nil: undefined }),
          prolongationMonths: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        }),
        (start, age, birthOffset, months, endShift, o) => {
          const birth = addDays(addMonths(start, -12 * age), -birthOffset);
          const end = addDays(addMonths(start, months), -1 + endShift);
          const conclusion = o.conclusionDaysBefore === undefined ? undefined : addDays(start, -o.conclusionDaysBefore);
          const prolongedEnd = o.prolongationMonths === undefined ? undefined : addMonths(end, o.prolongationMonths);
          const conventional = o.conventional === undefined ? undefined : dec(o.conventional);
          const fast = run(() => {
            const r = apprenticeLevels({ birth, start, end, conclusion, weeklyHours: o.weeklyHours, conventional, prolongedEnd, cycleYears: o.cycleYears, previousYear: o.previousYear, sameLevel: o.sameLevel, trainingLevel: o.trainingLevel })!;
            return { levels: collapse(r.value), articles: [...new Set(r.articles)].sort(), warnings: r.warnings.map((w) => `${w.code} ${w.message.en}`).sort() };
          });
          const slow = run(() => {
            const r = appSalarySchedule({ birthDate: birth, start, end, conclusionDate: conclusion, conventionalMinimum: conventional, weeklyHours: o.weeklyHours, cycleYears: o.cycleYears, previousContractYear: o.previousYear, sameLevel: o.sameLevel, trainingLevel: o.trainingLevel, prolongedEnd });
            const levels = r.value.flatMap((row) => [{ from: row.month < start ? start : row.month, exact: row.exact }, ...(row.later ?? [])]);
            return { levels: collapse(levels), articles: [...new Set(r.articles)].sort(), warnings: r.warnings.map((w) => `${w.code} ${w.message.en}`).sort() };
          });
          // the schedule refuses a span of more than 49 months; the validation caps at 4 years + a year of prolongation
          if ('error' in slow && /spans \d+ months/.test(slow.error)) return;
          expect(fast).toEqual(slow);
        },
      ),
      { numRuns: 300 },
    );
  }, TIMEOUT);
});
