// OPCO funding at its edges (L6332-14, D6332-86, D6332-92, D6332-93): the arguments refused, the GEIQ
// path before and after 2020-10-01, the articles each case rests on, the tutor's age bounds.
import { describe, expect, it } from 'vitest';
import { dec, LawError, opcoTrainingFunding, opcoTutorAid, opcoTutorTraining } from '@formapro/core';

const field = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof LawError) return e.field;
    throw e;
  }
  return 'accepted';
};

describe('training funding (D6332-86)', () => {
  it('0 hours fund 0 €; −1 and NaN hours are refused', () => {
    expect(opcoTrainingFunding({ hours: 0, date: '2024-01-01' }).value.amount.toString()).toBe('0');
    for (const h of [-1, Number.NaN]) expect(field(() => opcoTrainingFunding({ hours: h, date: '2024-01-01' }))).toBe('training_hours');
  });
  it('a GEIQ path before 2020-10-01: 9.15 €/h and GEIQ_NOT_YET citing D6332-86, in both languages; from 2020-10-01 no warning', () => {
    const before = opcoTrainingFunding({ hours: 100, geiq: true, date: '2020-09-30' });
    expect(before.value).toEqual({ hourlyRate: dec('9.15'), amount: dec(915), basis: 'default' });
    expect(before.warnings).toEqual([
      {
        code: 'GEIQ_NOT_YET',
        message: { en: 'GEIQ paths get the 15 €/h forfait only for contracts concluded from 2020-10-01', fr: 'les parcours en GEIQ ne bénéficient du forfait de 15 €/h que pour les contrats conclus à partir du 01/10/2020' },
        articles: ['D6332-86'],
      },
    ]);
    const after = opcoTrainingFunding({ hours: 100, geiq: true, date: '2020-10-01' });
    expect(after.value.basis).toBe('default_priority');
    expect(after.warnings).toEqual([]);
    expect(opcoTrainingFunding({ hours: 100, geiq: false, date: '2020-09-30' }).warnings).toEqual([]);
  });
  it('the priority public cites L6325-1-1; a GEIQ path (15 €/h too) and the standard forfait do not', () => {
    expect(opcoTrainingFunding({ hours: 100, priority: true, date: '2024-01-01' }).articles).toEqual(['L6332-14', 'D6332-86', 'L6325-1-1']);
    expect(opcoTrainingFunding({ hours: 100, geiq: true, date: '2024-01-01' }).articles).toEqual(['L6332-14', 'D6332-86']);
    expect(opcoTrainingFunding({ hours: 100, date: '2024-01-01' }).articles).toEqual(['L6332-14', 'D6332-86']);
  });
});

describe('tutor (D6332-92, D6332-93)', () => {
  it('tutor training: −1 hours refused; 0 hours fund 0 €', () => {
    expect(field(() => opcoTutorTraining({ hours: -1, cost: dec(100), date: '2024-01-01' }))).toBe('hours');
    expect(opcoTutorTraining({ hours: 0, cost: dec(100), date: '2024-01-01' }).value.toString()).toBe('0');
  });
  it("tutor aid: −1 months refused; the tutor's age 18 to 100 in whole years, 17, 101 and 45.5 refused", () => {
    expect(field(() => opcoTutorAid({ months: -1, date: '2024-01-01' }))).toBe('months');
    expect(opcoTutorAid({ months: 0, date: '2024-01-01' }).value.total.toString()).toBe('0');
    for (const a of [18, 100]) expect(field(() => opcoTutorAid({ months: 6, tutorAge: a, date: '2024-01-01' }))).toBe('accepted');
    for (const a of [17, 101, 45.5]) expect(field(() => opcoTutorAid({ months: 6, tutorAge: a, date: '2024-01-01' })), String(a)).toBe('tutor_age');
  });
  it('no age and no priority: 230 € a month, not increased, L6325-1-1 not cited; a priority tutee: 345 € and cited', () => {
    const plain = opcoTutorAid({ months: 6, date: '2024-01-01' });
    expect(plain.value).toEqual({ monthly: dec(230), months: 6, total: dec(1380), increased: false });
    expect(plain.articles).not.toContain('L6325-1-1');
    const priority = opcoTutorAid({ months: 6, priority: true, date: '2024-01-01' });
    expect(priority.value.total.toString()).toBe('2070');
    expect(priority.articles).toContain('L6325-1-1');
  });
});
