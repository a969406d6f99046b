/**
 * The integer paths (pay-fast.ts, the L6325-13 bounds of training.ts) at the edges their guards decide: the
 * D6325-18 warnings with a SMIC given or dated past the last one known, and lengths or hours finer than the
 * hundredth, which must go to big.js and give the exact bounds.
 */
import { describe, expect, it } from 'vitest';
import { dec, proMinimum, proMinimumFast, proTrainingBounds } from '../src/index.js';

const codes = (ws: readonly { code: string }[] | undefined) => ws?.map((w) => w.code);

describe('D6325-18 on the integer path: what the minimum could not take into account is said, with the SMIC dated or given', () => {
  it('26+ without a conventional minimum: 12.31 € × 35 h × 52/12 = 1,867.0166… → 1,867.02 € (the SMIC of 2026 carried into 2027, said as beyond the known law); with a SMIC of 1,800 € given, 1,800 € and the one warning', () => {
    const dated = proMinimumFast(30, false, '2027-03-01', undefined, undefined, undefined);
    expect([dated?.cents, codes(dated?.warnings)]).toEqual([186702, ['BEYOND_KNOWN_LAW', 'UNVERIFIED', 'CONVENTIONAL_MINIMUM_NOT_STATED']]);
    expect(codes(dated?.warnings)).toEqual(codes(proMinimum({ age: 30, professionalBacLevel: false, date: '2027-03-01' }).warnings));
    const given = proMinimumFast(30, false, '2027-03-01', 180_000, undefined, undefined);
    expect([given?.cents, codes(given?.warnings)]).toEqual([180_000, ['CONVENTIONAL_MINIMUM_NOT_STATED']]);
    expect(codes(given?.warnings)).toEqual(codes(proMinimum({ age: 30, professionalBacLevel: false, date: '2027-03-01', smicMonthly: dec(1800) }).warnings));
  });

  it('under 26 with a conventional minimum (not used): 1,867.0166… × 55 % = 1,026.859… → 1,026.86 € at 20 without a bac pro, the same with 1,500 € stated, and said', () => {
    const dated = proMinimumFast(20, false, '2027-03-01', undefined, 150_000, undefined);
    expect([dated?.cents, codes(dated?.warnings)]).toEqual([102_686, ['BEYOND_KNOWN_LAW', 'UNVERIFIED', 'CONVENTIONAL_MINIMUM_UNDER_26']]);
    const given = proMinimumFast(20, false, '2027-03-01', 180_000, 150_000, undefined);
    // 1,800 × 55 % = 990 €
    expect([given?.cents, codes(given?.warnings)]).toEqual([99_000, ['CONVENTIONAL_MINIMUM_UNDER_26']]);
    expect(codes(given?.warnings)).toEqual(codes(proMinimum({ age: 20, professionalBacLevel: false, date: '2027-03-01', smicMonthly: dec(1800), conventionalMinimum: dec(1500) }).warnings));
  });
});

describe('L6325-13 bounds finer than the hundredth go to big.js, exactly', () => {
  const bounds = (months: number, weeklyHours: number) => {
    const b = proTrainingBounds({ months, weeklyHours, date: '2024-01-01' }).value;
    return [b.min.toString(), b.max.toString()];
  };
  it('11.999 months of 35 h: 1,819.848… h, 15 % = 272.977… → 272.98 h (up), 25 % = 454.962… → 454.96 h (down); 12 months would give 273 and 455', () => {
    expect(bounds(11.999, 35)).toEqual(['272.98', '454.96']);
    expect(bounds(12, 35)).toEqual(['273', '455']);
  });
  it('12 months of 34.995 h: 1,819.74 h, 15 % = 272.961 → 272.97 h, 25 % = 454.935 → 454.93 h; of 34.99 h (to the hundredth, the integer path): 1,819.48 h → 272.93 h and 454.87 h', () => {
    expect(bounds(12, 34.995)).toEqual(['272.97', '454.93']);
    expect(bounds(12, 34.99)).toEqual(['272.93', '454.87']);
  });
});
