// Argument checks of the smaller rules at their edges (0, NaN, Infinity, the bound itself), and the exact
// money helpers they rest on.
import { describe, expect, it } from 'vitest';
import { checkActionDuration, dec, forceMajeureDue, fromCents, LawError, proMaxAbroad, proTrainingBounds, tutorExperienceOk, tutorLoadOk } from '@formapro/core';

const field = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof LawError) return e.field;
    throw e;
  }
  return 'accepted';
};

describe('individual training contract (L6353-7): force majeure pays the hours delivered', () => {
  it('planned hours above 0: 0, −1, NaN, Infinity refused; delivered from 0 to the planned hours', () => {
    for (const p of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(field(() => forceMajeureDue(dec(1000), 0, p)), String(p)).toBe('planned_hours');
    for (const d of [-1, 101, Number.NaN]) expect(field(() => forceMajeureDue(dec(1000), d, 100)), String(d)).toBe('delivered_hours');
    // 1,000 × 0 / 100 = 0; 1,000 × 100 / 100 = 1,000
    expect(forceMajeureDue(dec(1000), 0, 100).value.toString()).toBe('0');
    expect(forceMajeureDue(dec(1000), 100, 100).value.toString()).toBe('1000');
  });
});

describe('contrat de professionnalisation lengths (L6325-11, L6325-12)', () => {
  it('training bounds: a length above 0 and at most 36 months; 0, NaN and 37 refused citing both articles', () => {
    for (const m of [0, Number.NaN, 37]) expect(field(() => proTrainingBounds({ months: m, date: '2024-01-01' })), String(m)).toBe('duration_months');
    expect(field(() => proTrainingBounds({ months: 36, date: '2024-01-01' }))).toBe('accepted');
  });
  it('time abroad: the same lengths; 0 and Infinity refused', () => {
    for (const m of [0, Number.POSITIVE_INFINITY, 37]) expect(field(() => proMaxAbroad({ contractMonths: m, date: '2024-01-01' })), String(m)).toBe('contract_months');
    expect(field(() => proMaxAbroad({ contractMonths: 36, date: '2024-01-01' }))).toBe('accepted');
  });
});

describe('action length (L6325-11)', () => {
  const verdict = (months: number) => checkActionDuration({ months, priority: false, branchAgreement: false, date: '2024-03-01' }).value.verdict;
  it('6 months is the shortest allowed (ok), 5.9 too short, 12 ok, 12.1 too long; 0 and NaN refused', () => {
    expect([verdict(6), verdict(5.9), verdict(12), verdict(12.1)]).toEqual(['ok', 'too_short', 'ok', 'too_long']);
    for (const m of [0, Number.NaN]) expect(field(() => verdict(m))).toBe('duration_months');
  });
});

describe('tutor (D6325-6, D6325-9)', () => {
  it('experience: 0 months is a number of months (not enough), −1 and NaN are not', () => {
    expect(tutorExperienceOk(0, '2024-01-01').value.ok).toBe(false);
    for (const m of [-1, Number.NaN]) expect(field(() => tutorExperienceOk(m, '2024-01-01'))).toBe('tutor_experience_months');
  });
  it('tutees: a whole number of at least 1 (this contract); 0 and 1.5 refused', () => {
    expect(tutorLoadOk(1, false, '2024-01-01').value.ok).toBe(true);
    for (const n of [0, 1.5]) expect(field(() => tutorLoadOk(n, false, '2024-01-01'))).toBe('tutor_tutees');
  });
});

describe('money helpers', () => {
  it('fromCents: 0 → 0 (not −0), 110 → 1.1, 5 → 0.05, −205 → −2.05', () => {
    expect([0, 110, 5, -205, 10].map((c) => fromCents(c).toString())).toEqual(['0', '1.1', '0.05', '-2.05', '0.1']);
  });
  it('dec reads a number as it is written: 0.1 → 0.1, 1766.92 → 1766.92, −0 → 0, a Decimal as itself', () => {
    expect([dec(0.1), dec(1766.92), dec(-0), dec(dec('2.50'))].map(String)).toEqual(['0.1', '1766.92', '0', '2.5']);
  });
});
