/** Invariants of the minimum pay, over random ages, diplomas, SMICs, dates and hours. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smicOn } from '../src/law/smic.js';
import { dec, proMinimum, proMinimumAt, proMinimumFast, proMinimumSegments, proSalarySchedule, proTrainingBounds, hundredths, addDays, fromDayNumber, toDayNumber } from '../src/index.js';

/**
 * Bounded runs (numRuns on every property) and an explicit timeout per test sized for a loaded 2-core machine:
 * unloaded, the slowest takes ~0.5 s; with other work on both cores a few seconds, far below the limit.
 */
const TIMEOUT = 60_000;

const date = fc.integer({ min: toDayNumber('2017-01-01'), max: toDayNumber('2026-12-31') }).map(fromDayNumber);
const cents = fc.integer({ min: 100_00, max: 5000_00 }).map((c) => dec(c).div(100));
const hours = fc.integer({ min: 1, max: 48 });

describe('minimum pay never decreases (D6325-15, L6325-9)', () => {
  it('with the age band', () => {
    fc.assert(
      fc.property(fc.integer({ min: 16, max: 25 }), fc.integer({ min: 16, max: 25 }), fc.boolean(), date, hours, (a, b, q, d, h) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const m = (age: number) => proMinimum({ age, professionalBacLevel: q, date: d, weeklyHours: h }).value.exact;
        expect(m(hi).gte(m(lo))).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, TIMEOUT);

  it('with the qualification', () => {
    fc.assert(
      fc.property(fc.integer({ min: 16, max: 60 }), date, hours, (age, d, h) => {
        const m = (q: boolean) => proMinimum({ age, professionalBacLevel: q, date: d, weeklyHours: h }).value.exact;
        expect(m(true).gte(m(false))).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, TIMEOUT);

  it('with the SMIC and the conventional minimum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 16, max: 60 }), fc.boolean(), cents, cents, fc.option(cents), (age, q, s1, s2, conv) => {
        const m = (smic: ReturnType<typeof dec>) =>
          proMinimum({ age, professionalBacLevel: q, date: '2024-03-01', smicMonthly: smic, conventionalMinimum: conv ?? undefined }).value.exact;
        const [lo, hi] = s1.lte(s2) ? [s1, s2] : [s2, s1];
        expect(m(hi).gte(m(lo))).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, TIMEOUT);

  it('the rounded minimum is never below the exact one and less than a cent above it; never NaN', () => {
    fc.assert(
      fc.property(fc.integer({ min: 16, max: 70 }), fc.boolean(), date, hours, fc.option(cents), (age, q, d, h, conv) => {
        const r = proMinimum({ age, professionalBacLevel: q, date: d, weeklyHours: h, conventionalMinimum: conv ?? undefined }).value;
        expect(r.minimum.gte(r.exact)).toBe(true);
        expect(r.minimum.minus(r.exact).lt('0.01')).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, TIMEOUT);

  it('over a contract, the monthly minimum never decreases while the SMIC only rises', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1992-01-01'), max: toDayNumber('2006-12-31') }).map(fromDayNumber), date, fc.boolean(), (birth, start, q) => {
        fc.pre(toDayNumber(start) - toDayNumber(birth) >= 16 * 366);
        let prev = dec(0);
        for (let i = 0; i < 24; i++) {
          const day = addDays(start, i * 31);
          if (day > '2026-12-31') break;
          const r = proMinimumAt({ birthDate: birth, date: day, professionalBacLevel: q, contractStart: start }).value;
          expect(r.exact.gte(prev)).toBe(true);
          prev = r.exact;
        }
      }),
      { numRuns: 100 },
    );
  }, TIMEOUT);
});

describe('the integer hot path gives the same cent as big.js (pay-fast.ts)', () => {
  it('proMinimumFast = proMinimum, with or without a given SMIC, conventional minimum and part time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 16, max: 70 }),
        fc.boolean(),
        date,
        fc.option(fc.integer({ min: 1, max: 10_000_000 })),
        fc.option(fc.integer({ min: 0, max: 10_000_000 })),
        fc.option(fc.integer({ min: 1, max: 4800 })),
        (age, q, d, smicCents, convCents, centiHours) => {
          const fast = proMinimumFast(age, q, d, smicCents ?? undefined, convCents ?? undefined, centiHours ?? undefined);
          const slow = proMinimum({
            age,
            professionalBacLevel: q,
            date: d,
            smicMonthly: smicCents == null ? undefined : dec(smicCents).div(100),
            conventionalMinimum: convCents == null ? undefined : dec(convCents).div(100),
            weeklyHours: centiHours == null ? undefined : Number(dec(centiHours).div(100).toString()),
          });
          // every one of these takes the integer path, 26+ without and under 26 with a conventional minimum included (their warning said)
          expect(fast).toBeDefined();
          expect(dec(fast!.cents).div(100).eq(slow.value.minimum)).toBe(true);
          expect([...fast!.articles]).toEqual(slow.articles);
          expect([...fast!.warnings]).toEqual(slow.warnings);
        },
      ),
      { numRuns: 2000 },
    );
  }, TIMEOUT);

  it('hundredths() accepts only values with at most two decimals', () => {
    expect(hundredths(1766.92)).toBe(176692);
    expect(hundredths(0.1 + 0.2)).toBeUndefined();
    expect(hundredths(35)).toBe(3500);
    expect(hundredths(1766.925)).toBeUndefined();
  });
});

// The two paths above share the law lookup and the rate choice, so they could agree on a wrong value. This one
// writes the article's arithmetic independently, in integers: D6325-15 shares (55 % / 65 % under 21, 70 % / 80 %
// from 21, with / without a professional bac level), 100 % of the SMIC from 26 (D6325-18, no conventional
// minimum given), of the hourly SMIC (L3231-2) × weekly hours × 52 / 12 (decision minimum-from-hourly-smic),
// rounded UP to the cent (decision minimum-rounded-up). Hours up to 35: no overtime premium.
describe('proMinimum and its fast path against the article, written independently', () => {
  const SHARE_PERCENT = (age: number, q: boolean) => (age >= 26 ? 100 : age >= 21 ? (q ? 80 : 70) : q ? 65 : 55);
  // Hourly SMIC by decree (metropolitan France): 9.76 € (2017), 9.88 (2018), 10.03 (2019), 10.15 (2020), 10.25
  // (2021), 10.48 (2021-10), 10.57 (2022), 10.85 (2022-05), 11.07 (2022-08), 11.27 (2023), 11.52 (2023-05), 11.65
  // (2024), 11.88 (2024-11, no revaluation in January 2025), 12.02 (2026).
  const HOURLY_CENTS: [string, number][] = [
    ['2017-01-01', 976], ['2018-01-01', 988], ['2019-01-01', 1003], ['2020-01-01', 1015], ['2021-01-01', 1025],
    ['2021-10-01', 1048], ['2022-01-01', 1057], ['2022-05-01', 1085], ['2022-08-01', 1107], ['2023-01-01', 1127],
    ['2023-05-01', 1152], ['2024-01-01', 1165], ['2024-11-01', 1188], ['2026-01-01', 1202],
  ];
  const hourlyCents = (d: string) => [...HOURLY_CENTS].reverse().find(([from]) => from <= d)![1];
  it('minimum = ⌈share × hourly SMIC × hours × 52 / 12⌉ to the cent, on both paths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 16, max: 70 }), fc.boolean(), fc.integer({ min: toDayNumber('2017-01-01'), max: toDayNumber('2026-05-31') }).map(fromDayNumber), fc.integer({ min: 1, max: 35 }), (age, q, d, h) => {
        // hundredths of a cent × 100: share% × hourly cents × h × 52 / 12 / 100 cents, rounded up
        const num = BigInt(SHARE_PERCENT(age, q)) * BigInt(hourlyCents(d)) * BigInt(h) * 52n;
        const den = 12n * 100n;
        const cents = (num + den - 1n) / den;
        const expected = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
        const slow = proMinimum({ age, professionalBacLevel: q, date: d, weeklyHours: h, conventionalMinimum: undefined });
        expect(slow.value.minimum.toFixed(2), `${age} ${q} ${d} ${h}`).toBe(expected);
        const fast = proMinimumFast(age, q, d, undefined, undefined, h * 100);
        if (age < 26) expect(fast && (fast.cents / 100).toFixed(2)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  }, TIMEOUT);
  it('the hourly SMIC of this table is the law store\'s on every date of it', () => {
    for (const [from, c] of HOURLY_CENTS) expect(smicOn(from).hourly.toFixed(2), from).toBe((c / 100).toFixed(2));
  });
});

describe('the schedule (fast rows) agrees with proMinimumAt month by month', () => {
  it('same minimum, exact value, rate and articles for random contracts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('1985-01-01'), max: toDayNumber('2007-12-31') }).map(fromDayNumber),
        fc.integer({ min: toDayNumber('2017-01-01'), max: toDayNumber('2025-06-30') }).map(fromDayNumber),
        fc.integer({ min: 0, max: 36 }),
        fc.boolean(),
        fc.option(fc.integer({ min: 100000, max: 400000 })),
        fc.option(fc.integer({ min: 500, max: 4800 })),
        (birth, start, months, q, convCents, centiHours) => {
          fc.pre(toDayNumber(start) - toDayNumber(birth) >= 16 * 366);
          fc.pre(months < (start < '2019-01-01' ? 24 : 36)); // the longest contract the law allows (L6325-11): 24 months before 2019, 36 since
          const end = addDays(start, months * 30);
          const conventionalMinimum = convCents == null ? undefined : dec(convCents).div(100);
          const weeklyHours = centiHours == null ? undefined : Number(dec(centiHours).div(100).toString());
          const s = proSalarySchedule({ birthDate: birth, start, end, professionalBacLevel: q, conventionalMinimum, weeklyHours });
          for (const row of s.value) {
            const day = row.month < start ? start : row.month;
            const at = proMinimumAt({ birthDate: birth, date: day, professionalBacLevel: q, contractStart: start, conventionalMinimum, weeklyHours }).value;
            expect([row.month, row.minimum.toString(), row.exact.toString(), row.rate.toString()]).toEqual([row.month, at.minimum.toString(), at.exact.toString(), at.rate.toString()]);
          }
        },
      ),
      { numRuns: 300 },
    );
  }, TIMEOUT);
});

describe('minimum segments = the monthly schedule (validation uses segments)', () => {
  it('each month takes the minimum of the segment in force on its first contract day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('1985-01-01'), max: toDayNumber('2007-12-31') }).map(fromDayNumber),
        fc.integer({ min: toDayNumber('2017-01-01'), max: toDayNumber('2026-11-30') }).map(fromDayNumber),
        fc.integer({ min: 0, max: 36 }),
        fc.boolean(),
        fc.option(fc.integer({ min: 100000, max: 400000 })),
        fc.option(fc.integer({ min: 500, max: 4800 })),
        (birth, start, months, q, convCents, centiHours) => {
          fc.pre(toDayNumber(start) - toDayNumber(birth) >= 16 * 366);
          fc.pre(months < (start < '2019-01-01' ? 24 : 36)); // the longest contract the law allows (L6325-11)
          const input = { birthDate: birth, start, end: addDays(start, months * 30), professionalBacLevel: q, conventionalMinimum: convCents == null ? undefined : dec(convCents).div(100), weeklyHours: centiHours == null ? undefined : Number(dec(centiHours).div(100).toString()) };
          const segments = proMinimumSegments(input).value;
          const schedule = proSalarySchedule(input);
          for (const row of schedule.value) {
            const day = row.month < start ? start : row.month;
            const seg = [...segments].reverse().find((s) => s.from <= day)!;
            expect([row.month, seg.minimum.toString(), seg.rate.toString()]).toEqual([row.month, row.minimum.toString(), row.rate.toString()]);
          }
          expect(proMinimumSegments(input).articles).toEqual(schedule.articles);
          expect(proMinimumSegments(input).warnings.map((w) => w.code).sort()).toEqual(schedule.warnings.map((w) => w.code).sort());
        },
      ),
      { numRuns: 300 },
    );
  }, TIMEOUT);
});

describe('training hours (L6325-13): the integer bounds are the big.js bounds', () => {
  it('on random lengths and weekly hours to the hundredth, and finer ones (big.js then answers): min rounded up, max down, ≥ 150 h', () => {
    const law = (d: string) => (d < '2019-01-01' ? 24 : 36);
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 3600 }), fc.integer({ min: 100, max: 4800 }), fc.integer({ min: 0, max: 9 }), (d, m100, w100, finer) => {
        const months = Math.min(m100, law(d) * 100) / 100 - (finer === 9 ? 0.001 : 0);
        const weekly = w100 / 100;
        const r = proTrainingBounds({ months, weeklyHours: weekly, date: d }).value;
        // the exact arithmetic of L6325-13, written out: months × hours × share × 52, divided by 12 last (no rounding before it)
        const weeks = dec(String(months)).times(String(weekly)).times(52);
        const min = weeks.times('0.15').div(12).round(2, 3);
        expect([r.min.toString(), r.max.toString(), r.contractHours.toString()]).toEqual([(min.lt(150) ? dec(150) : min).toString(), weeks.times('0.25').div(12).round(2, 0).toString(), weeks.div(12).toString()]);
        expect(r.status).toBe(r.min.gt(r.max) ? 'REQUIRES_BRANCH_AGREEMENT' : 'ok');
      }),
      { numRuns: 2000 },
    );
  }, TIMEOUT);

  it('at 12 months of 35 h (1,820 h): 273 h to 455 h; at 3 months (455 h) the 150 h floor is above 25 % (113.75 h), L6325-14', () => {
    const r = proTrainingBounds({ months: 12, date: '2024-01-01' }).value;
    expect([r.contractHours.toString(), r.min.toString(), r.max.toString(), r.status]).toEqual(['1820', '273', '455', 'ok']);
    const s = proTrainingBounds({ months: 3, date: '2024-01-01' }).value;
    expect([s.contractHours.toString(), s.min.toString(), s.max.toString(), s.status]).toEqual(['455', '150', '113.75', 'REQUIRES_BRANCH_AGREEMENT']);
  });
});
