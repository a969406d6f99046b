// The professionalisation cost schedule as a plan: what it says about the plan (the validation engine's
// findings, D6325-15, D6325-18), the charges rate, the training price, and how amounts are spread and noted.
import { describe, expect, it } from 'vitest';
import { checkChargesRate, dec, negativeNote, parseQualification, proCostSchedule, split, Trail, type CostInput } from '@formapro/core';

const q = (x: string | boolean) => parseQualification(x)!;
const plan = (over: Partial<CostInput>) =>
  proCostSchedule({ birthDate: '2003-03-03', start: '2024-01-01', end: '2024-12-31', qualification: q('none'), chargesRate: dec('0.2'), trainingHours: 400, trainingPrice: dec(10), ...over });
const codes = (over: Partial<CostInput>) => plan(over).warnings.map((w) => w.code);

describe('what the plan breaks (the validation engine on the plan)', () => {
  it('a plan at the minimum breaks nothing, whatever way the qualification was given (TRUE / FALSE included)', () => {
    for (const qualification of [q('none'), q('bac pro'), q(true), q(false)]) expect(codes({ qualification }), qualification.code).toEqual([]);
  });
  it('no training hours: nothing said about the missing value (the plan has none to state)', () => {
    expect(codes({ trainingHours: undefined, trainingPrice: undefined }).filter((c) => c.startsWith('PLAN_'))).toEqual([]);
  });
  it('a salary of 500 € below the minimum (20 in 2024: 55 % of 1,766.92 = 971.81): SALARY_BELOW_MINIMUM, and the plan findings prefixed', () => {
    const r = plan({ monthlySalary: dec(500) });
    const codes500 = r.warnings.map((w) => w.code);
    expect(codes500[0]).toBe('SALARY_BELOW_MINIMUM');
    expect(codes500).toContain('PLAN_SALARY_BELOW_MINIMUM');
    const w = r.warnings.find((x) => x.code === 'SALARY_BELOW_MINIMUM')!;
    expect(w.message.en).toBe('the salary given is below the legal minimum of 971.81 € from 2024-01-01');
    expect(w.articles).toEqual(['D6325-15', 'D6325-18']);
    const p = r.warnings.find((x) => x.code === 'PLAN_SALARY_BELOW_MINIMUM')!;
    expect(p.message.en.startsWith('the plan breaks a rule: ')).toBe(true);
    expect(p.message.fr.startsWith('le plan enfreint une règle : ')).toBe(true);
    expect(p.articles?.length).toBeGreaterThan(0);
  });
  it('a salary at the highest minimum of the year: nothing (21 from March 2024, from April 70 %; from November 70 % of 1,801.80 = 1,261.26)', () => {
    expect(codes({ monthlySalary: dec('1261.26') })).toEqual([]);
    expect(codes({ monthlySalary: dec('1261.25') })[0]).toBe('SALARY_BELOW_MINIMUM');
  });
});

describe('charges rate and training price', () => {
  it('a charges rate from 0 to 1; none given: CHARGES_NOT_GIVEN; −0.01 and 1.01 refused', () => {
    const t = new Trail();
    checkChargesRate(t, dec(0));
    checkChargesRate(t, dec(1));
    expect(t.done(0).warnings).toEqual([]);
    checkChargesRate(t, undefined);
    expect(t.done(0).warnings).toEqual([{ code: 'CHARGES_NOT_GIVEN', message: { en: 'no employer charges rate given: charges are counted as 0', fr: 'aucun taux de charges patronales indiqué : charges comptées à 0' } }]);
    for (const r of ['-0.01', '1.01']) expect(() => checkChargesRate(new Trail(), dec(r))).toThrow(/between 0 and 1/);
  });
  it('training hours without a price: TRAINING_PRICE_NOT_GIVEN (the OPCO funding would make the contract look cheaper); 0 hours: not said', () => {
    expect(codes({ trainingPrice: undefined })).toEqual(['TRAINING_PRICE_NOT_GIVEN']);
    // (0 hours is itself a fault of the plan, L6325-13, said as such)
    expect(codes({ trainingPrice: undefined, trainingHours: 0 })).toEqual(['PLAN_TRAINING_HOURS_TOO_LOW']);
  });
  it('a negative price is refused; an hourly price without hours asks for them; the training-price warning in both languages', () => {
    expect(() => plan({ trainingPrice: dec(-1) })).toThrow(/training_price: -1 is not a price/);
    expect(() => plan({ trainingHours: undefined })).toThrow(/training_hours: missing: an hourly training price needs the training hours/);
    expect(plan({ trainingHours: undefined, trainingPrice: dec(1200), trainingPriceKind: 'total' }).value.total.trainingCost.toString()).toBe('1200');
    const w = plan({ trainingPrice: undefined }).warnings[0];
    expect(w.message.en).toBe("no training price given: the training organisation's invoice is counted as 0, so the OPCO funding makes the contract look cheaper than it is");
    expect(w.message.fr.startsWith('aucun prix de formation indiqué')).toBe(true);
  });
  it('part time (20 h a week) and the hiring aid refused: the plan is judged at its own hours; the refusal is said', () => {
    // 200 h of training within 25 % of 20 h × 52 weeks = 260 h; the minimum at 20/35 of full time is what the plan states
    expect(codes({ weeklyHours: 20, trainingHours: 200 }).filter((c) => c.startsWith('PLAN_'))).toEqual([]);
    // 400 h exceed those 260 h: said by the engine on the plan (L6325-13, L6325-14)
    expect(codes({ weeklyHours: 20 }).filter((c) => c.startsWith('PLAN_'))).toEqual(['PLAN_TRAINING_HOURS_ABOVE_25_PERCENT']);
    // an aid asked for a 2024-06 contract (décret 2024-392: none from 2024-05-01)
    const w = plan({ start: '2024-06-03', end: '2025-06-02', hiringAid: true }).warnings.find((x) => x.code === 'HIRING_AID_NOT_DUE')!;
    expect(w.message.en).toBe('the aide exceptionnelle does not apply to this contract (date, age under 30 or qualification level up to 7)');
  });
  it('an hourly price times the hours: 10 € × 400 h = 4,000 € spread over 12 months (333.33 × 11 + 333.37)', () => {
    const r = plan({});
    expect(r.value.total.trainingCost.toString()).toBe('4000');
    expect(r.value.rows[0].trainingCost.toString()).toBe('333.33');
    expect(r.value.rows[11].trainingCost.toString()).toBe('333.37');
  });
});

describe('spreading and notes', () => {
  it('split: 100 € in 3 = 33.33 + 33.33 + 33.34; in 1 = 100; in 0 or fewer = nothing', () => {
    expect(split(dec(100), 3).map(String)).toEqual(['33.33', '33.33', '33.34']);
    expect(split(dec(100), 1).map(String)).toEqual(['100']);
    expect(split(dec(100), 0)).toEqual([]);
    expect(split(dec(100), -2)).toEqual([]);
  });
  it('a negative month names only the inflows received, joined by and / et, amounts with a decimal comma in French', () => {
    expect(negativeNote([
      { en: 'OPCO training funding', fr: 'prise en charge OPCO', amount: dec('1200.5') },
      { en: 'tutor aid', fr: 'aide au tuteur', amount: dec(0) },
      { en: 'hiring aid', fr: "aide à l'embauche", amount: dec(500) },
    ])).toEqual({
      en: "negative: OPCO training funding 1200.50 € and hiring aid 500.00 € received this month exceed the month's costs",
      fr: "négatif : prise en charge OPCO 1200,50 € et aide à l'embauche 500,00 € reçus ce mois dépassent les coûts du mois",
    });
  });
});
