/**
 * Every finding of the contrat de professionnalisation engine at its boundary: the day before, of and after a
 * deadline; the value below, at and above a limit. Information findings are findings too: each is asserted.
 */
import { describe, expect, it } from 'vitest';
import { matchHeaders, validateRow, type RawCell } from '../src/index.js';

const HEADER = ['Référence', 'Date de naissance', 'Diplôme', 'Type de contrat', 'Date de début', 'Date de fin', 'Durée hebdomadaire', 'Salaire brut mensuel', 'Minimum conventionnel', 'Heures de formation', "Demandeur d'emploi", 'Minima sociaux', 'Accord de branche', 'Date de signature', 'Date de dépôt', 'Expérience du tuteur (mois)', 'Tutorés du tuteur', 'Tuteur employeur', "Mois à l'étranger", 'Renouvellements', 'Motif du renouvellement'];
// 19 at the start (2024-09-02), bac pro: 65 % of the SMIC, 1,171.17 € from November 2024; 1,200 € is enough.
const BASE: Record<string, RawCell> = {
  Référence: 'T', 'Date de naissance': '2005-03-10', Diplôme: 'bac pro', 'Type de contrat': 'CDD', 'Date de début': '2024-09-02', 'Date de fin': '2025-08-31', 'Durée hebdomadaire': 35,
  'Salaire brut mensuel': 1200, 'Heures de formation': 300, "Demandeur d'emploi": 'non', 'Accord de branche': 'non', 'Date de signature': '2024-08-30', 'Date de dépôt': '2024-09-04',
  'Expérience du tuteur (mois)': 36, 'Tutorés du tuteur': 2, 'Tuteur employeur': 'non',
};
const verdict = (over: Record<string, RawCell> = {}, header = HEADER, asOf?: string) =>
  validateRow(header.map((h) => ({ ...BASE, ...over })[h] ?? null), matchHeaders(header), { asOf });
const codes = (over: Record<string, RawCell> = {}, header = HEADER, asOf?: string) => verdict(over, header, asOf).findings.map((f) => f.code);
const found = (over: Record<string, RawCell>, code: string, asOf?: string) => verdict(over, HEADER, asOf).findings.filter((f) => f.code === code).map((f) => [f.severity, f.field]);

describe('dates', () => {
  it('BIRTH_AFTER_START: born the day after the start or on it → error on birth_date; the day before → judged (too young, L6325-1)', () => {
    expect(found({ 'Date de naissance': '2024-09-03' }, 'BIRTH_AFTER_START')).toEqual([['error', 'birth_date']]);
    expect(found({ 'Date de naissance': '2024-09-02' }, 'BIRTH_AFTER_START')).toEqual([['error', 'birth_date']]);
    expect(codes({ 'Date de naissance': '2024-09-01' })).toEqual(['NOT_ELIGIBLE_AGE']);
  });
});

describe('D6325-1: deposit within 5 days after the start (2024-09-02 → 2024-09-07)', () => {
  it('no deposit date: checked on 2024-09-07 (deadline not passed) → NOT_STATED info; on 2024-09-08 → DEPOSIT_NOT_STATED warning', () => {
    expect(found({ 'Date de dépôt': null }, 'NOT_STATED', '2024-09-07')).toEqual([['info', 'deposit_date']]);
    expect(codes({ 'Date de dépôt': null }, HEADER, '2024-09-07')).toEqual(['NOT_STATED']);
    expect(codes({ 'Date de dépôt': null }, HEADER, '2024-09-08')).toEqual(['DEPOSIT_NOT_STATED']);
    expect(found({ 'Date de dépôt': null }, 'DEPOSIT_NOT_STATED', '2024-09-08')).toEqual([['warning', 'deposit_date']]);
    // without a date of check nothing can have passed: information only
    expect(codes({ 'Date de dépôt': null })).toEqual(['NOT_STATED']);
    expect(verdict({ 'Date de dépôt': null }).status).toBe('ok');
  });

  it('DEPOSIT_AFTER_SIGNATURE_PLUS_5: signed 2024-08-30; deposited 2024-09-04 (signature + 5) → nothing, 2024-09-05 (+ 6) → info only', () => {
    expect(codes({ 'Date de dépôt': '2024-09-03' })).toEqual([]);
    expect(codes({ 'Date de dépôt': '2024-09-04' })).toEqual([]);
    expect(found({ 'Date de dépôt': '2024-09-05' }, 'DEPOSIT_AFTER_SIGNATURE_PLUS_5')).toEqual([['info', 'deposit_date']]);
    expect(verdict({ 'Date de dépôt': '2024-09-05' }).status).toBe('ok');
    // start + 6: late for the decree, whatever the signature
    expect(codes({ 'Date de dépôt': '2024-09-08' })).toEqual(['DEPOSIT_LATE']);
  });
});

describe('D6325-9: tutor load', () => {
  it('TUTOR_EMPLOYER_NOT_STATED: whether the tutor is the employer unknown; 2 tutees → nothing, 3 → warning (fine salaried, too many for an employer), 4 → TUTOR_OVERLOAD', () => {
    expect(codes({ 'Tutorés du tuteur': 2, 'Tuteur employeur': null })).toEqual([]);
    expect(found({ 'Tutorés du tuteur': 3, 'Tuteur employeur': null }, 'TUTOR_EMPLOYER_NOT_STATED')).toEqual([['warning', 'tutor_is_employer']]);
    expect(codes({ 'Tutorés du tuteur': 3, 'Tuteur employeur': null })).toEqual(['TUTOR_EMPLOYER_NOT_STATED']);
    expect(codes({ 'Tutorés du tuteur': 4, 'Tuteur employeur': null })).toEqual(['TUTOR_OVERLOAD']);
  });
});

describe('L6325-7: renewal', () => {
  it('RENEWAL_GROUND_NOT_STATED: renewed once without a ground → warning; not renewed, or a CDI → nothing; renewed twice → RENEWAL_LIMIT', () => {
    expect(found({ Renouvellements: 1, 'Motif du renouvellement': null }, 'RENEWAL_GROUND_NOT_STATED')).toEqual([['warning', 'renewal_ground']]);
    expect(codes({ Renouvellements: 0, 'Motif du renouvellement': null })).toEqual([]);
    expect(codes({ Renouvellements: 1, 'Motif du renouvellement': null, 'Type de contrat': 'CDI' })).toEqual([]);
    expect(codes({ Renouvellements: 2, 'Motif du renouvellement': null })).toEqual(['RENEWAL_LIMIT']);
  });
});

describe('SMIC known and verified (the store holds the SMIC through 2026-12-31, June 2026 unverified)', () => {
  // 20 at the start (2026-01-05), 21 on 2026-03-10: 80 % from April 2026; 1,600 € is above every minimum
  const y2026 = { 'Date de début': '2026-01-05', 'Date de signature': '2026-01-02', 'Date de dépôt': '2026-01-06', 'Salaire brut mensuel': 1600 };
  it('SMIC_NOT_YET_KNOWN: a contract ending 2026-12-31 → nothing beyond; ending 2027-01-01 → warning on end_date (the last SMIC is used)', () => {
    expect(codes({ ...y2026, 'Date de fin': '2026-12-31' })).not.toContain('SMIC_NOT_YET_KNOWN');
    expect(found({ ...y2026, 'Date de fin': '2027-01-01' }, 'SMIC_NOT_YET_KNOWN')).toEqual([['warning', 'end_date']]);
    expect(verdict({ ...y2026, 'Date de fin': '2027-01-01' }).status).toBe('warning');
  });
  it('UNVERIFIED_VALUE: ending 2026-05-31 → nothing; ending 2026-06-01 (the unverified June 2026 SMIC applies) → info on monthly_salary', () => {
    // 7 months from 2025-11-03: 200 training hours are between 15 % and 25 %
    const c = { ...y2026, 'Date de début': '2025-11-03', 'Date de signature': '2025-10-31', 'Date de dépôt': '2025-11-04', 'Heures de formation': 200 };
    expect(codes({ ...c, 'Date de fin': '2026-05-31' })).toEqual([]);
    expect(found({ ...c, 'Date de fin': '2026-06-01' }, 'UNVERIFIED_VALUE')).toEqual([['info', 'monthly_salary']]);
    expect(verdict({ ...c, 'Date de fin': '2026-06-01' }).status).toBe('ok');
  });
});

describe('NOT_STATED: an empty optional cell is said as information, with the check it prevents', () => {
  it.each([
    ['Durée hebdomadaire', 'weekly_hours', 'D6325-15'],
    ['Heures de formation', 'training_hours', 'L6325-13'],
    ['Type de contrat', 'contract_type', 'L6325-5'],
    ['Expérience du tuteur (mois)', 'tutor_experience_months', 'D6325-6'],
    ['Tutorés du tuteur', 'tutor_tutees', 'D6325-9'],
  ])('%s empty → NOT_STATED on %s citing %s, status ok', (header, field, article) => {
    const v = verdict({ [header]: null });
    expect(v.findings.map((f) => [f.code, f.severity, f.field, f.articles])).toEqual([['NOT_STATED', 'info', field, [article]]]);
    expect(v.status).toBe('ok');
  });
});

describe('columns', () => {
  it('CHECK_NOT_MADE: a sheet without the renewal columns says the L6325-7 check was not made, as information on every row', () => {
    const noRenewal = HEADER.filter((h) => h !== 'Renouvellements' && h !== 'Motif du renouvellement');
    const v = verdict({}, noRenewal);
    expect(v.findings.map((f) => [f.code, f.severity, f.articles])).toEqual([['CHECK_NOT_MADE', 'info', ['L6325-7']]]);
    expect(v.status).toBe('ok');
    expect(codes({}, HEADER)).toEqual([]);
  });
  it('REQUIRED_COLUMN_MISSING: a row judged without a salary column is in error on monthly_salary, never ok', () => {
    const noSalary = HEADER.filter((h) => h !== 'Salaire brut mensuel');
    const v = verdict({}, noSalary);
    expect(v.findings.filter((f) => f.code === 'REQUIRED_COLUMN_MISSING').map((f) => [f.severity, f.field])).toEqual([['error', 'monthly_salary']]);
    expect(v.status).toBe('error');
    // an empty cell in a column that exists is MISSING_VALUE instead
    expect(codes({ 'Salaire brut mensuel': null })).toEqual(['MISSING_VALUE']);
  });
});

describe('lengths beyond what the law allows any contract (36 months for a priority public, L6325-11)', () => {
  // An RSA beneficiary (priority: 36 months at most) on a contract of exactly 36 months, then one day more.
  const long = { 'Date de naissance': '2000-01-01', 'Minima sociaux': 'RSA', 'Salaire brut mensuel': 2500, 'Heures de formation': 1000, "Mois à l'étranger": 1, 'Date de fin': '2027-09-01' };
  const errors = (over: Record<string, RawCell>) => verdict({ ...long, ...over }).findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.field]);
  it('OUT_OF_RANGE: 36 months (2024-09-02 → 2027-09-01) → no error; 36.03 months (→ 2027-09-02) → ACTION_TOO_LONG, and the pay, training and abroad rules, defined up to 36 months, say so on their fields', () => {
    expect(errors({})).toEqual([]);
    // the pay schedule, the training and the abroad rules are defined up to 36 months: each says so on its field
    expect(errors({ 'Date de fin': '2027-09-02' })).toEqual([['ACTION_TOO_LONG', 'end_date'], ['OUT_OF_RANGE', 'end_date'], ['OUT_OF_RANGE', 'training_hours'], ['OUT_OF_RANGE', 'months_abroad']]);
  });
});

describe('L6325-13: training hours against the bounds to the hundredth (12 months at 35 h: 273 h to 455 h)', () => {
  it('hours to the hundredth, as numbers or text: 272.99 → too low, 273 → nothing, 455 → nothing, 455.01 → above 25 %', () => {
    expect([272.99, 273, 273.01, 455, 455.01, '272,99', '455,01'].map((h) => codes({ 'Heures de formation': h }))).toEqual([
      ['TRAINING_HOURS_TOO_LOW'], [], [], [], ['TRAINING_HOURS_ABOVE_25_PERCENT'], ['TRAINING_HOURS_TOO_LOW'], ['TRAINING_HOURS_ABOVE_25_PERCENT'],
    ]);
  });
  it('hours finer than the hundredth are compared exactly, never rounded: 272.996 and 272.999999 → too low, 455.004 → above, 273.0001 → nothing', () => {
    expect([272.996, 272.999999, 455.004, 455.000001, 273.0001, 0.1 + 0.2].map((h) => codes({ 'Heures de formation': h }))).toEqual([
      ['TRAINING_HOURS_TOO_LOW'], ['TRAINING_HOURS_TOO_LOW'], ['TRAINING_HOURS_ABOVE_25_PERCENT'], ['TRAINING_HOURS_ABOVE_25_PERCENT'], [], ['TRAINING_HOURS_TOO_LOW'],
    ]);
    expect(verdict({ 'Heures de formation': 272.996 }).findings[0].message.en).toBe('272.996 training hours: at least 273 h are required (15 % of 1820 h, and never under 150 h) (L6325-13)');
  });
});

describe('every finding names its severity, its field and the articles it applies', () => {
  const SALARY = ['L3231-2', 'L3231-4', 'L6325-8', 'D6325-15', 'D6325-16'];
  it.each([
    ['15 at the start', { 'Date de naissance': '2009-06-01', 'Salaire brut mensuel': 1000 }, [['NOT_ELIGIBLE_AGE', 'error', 'birth_date', ['L6325-1']]]],
    ['27, not a jobseeker', { 'Date de naissance': '1997-03-03', 'Salaire brut mensuel': 1900, 'Minimum conventionnel': 2000 }, [['NOT_ELIGIBLE', 'error', 'birth_date', ['L6325-1']]]],
    ['27, jobseeker not stated', { 'Date de naissance': '1997-03-03', 'Salaire brut mensuel': 1900, 'Minimum conventionnel': 2000, "Demandeur d'emploi": null }, [['ELIGIBILITY_NOT_STATED', 'warning', 'jobseeker', ['L6325-1']]]],
    ['5 months', { 'Date de fin': '2025-01-31', 'Heures de formation': 160 }, [['ACTION_TOO_SHORT', 'error', 'end_date', ['L6325-11']]]],
    ['18 months, no agreement', { 'Date de fin': '2026-03-01', 'Heures de formation': 450, 'Salaire brut mensuel': 1400 }, [['ACTION_TOO_LONG', 'error', 'end_date', ['L6325-11', 'L6325-12']]]],
    ['200 training hours', { 'Heures de formation': 200 }, [['TRAINING_HOURS_TOO_LOW', 'error', 'training_hours', ['L6325-13']]]],
    ['500 training hours, agreement « non »', { 'Heures de formation': 500 }, [['TRAINING_HOURS_ABOVE_25_PERCENT', 'error', 'training_hours', ['L6325-13', 'L6325-14']]]],
    ['6 months at 20 h, 150 h', { 'Date de fin': '2025-03-01', 'Durée hebdomadaire': 20, 'Salaire brut mensuel': 700, 'Heures de formation': 150 }, [['REQUIRES_BRANCH_AGREEMENT', 'error', 'training_hours', ['L6325-13', 'L6325-14']]]],
    ['deposit on start + 6', { 'Date de dépôt': '2024-09-08' }, [['DEPOSIT_LATE', 'error', 'deposit_date', ['D6325-1']]]],
    ['tutor of 23 months', { 'Expérience du tuteur (mois)': 23 }, [['TUTOR_EXPERIENCE', 'error', 'tutor_experience_months', ['D6325-6']]]],
    ['salaried tutor of 4', { 'Tutorés du tuteur': 4 }, [['TUTOR_OVERLOAD', 'error', 'tutor_tutees', ['D6325-9']]]],
    ['7 months abroad of 12', { "Mois à l'étranger": 7 }, [['ABROAD_TOO_LONG', 'error', 'months_abroad', ['L6325-25']]]],
    ['renewed twice', { Renouvellements: 2, 'Motif du renouvellement': 'échec' }, [['RENEWAL_LIMIT', 'error', 'renewals', ['L6325-7']]]],
    ['renewed for an adoption', { Renouvellements: 1, 'Motif du renouvellement': 'adoption' }, [['RENEWAL_GROUND', 'error', 'renewal_ground', ['L6325-7']]]],
    ['1,000 € at 19, bac pro: below 65 % of the SMIC (1,148.50 from September, 1,171.17 from November 2024)', { 'Salaire brut mensuel': 1000 }, [['SALARY_BELOW_MINIMUM', 'error', 'monthly_salary', SALARY], ['SALARY_BELOW_MINIMUM', 'error', 'monthly_salary', SALARY]]],
    ['29, no conventional minimum', { 'Date de naissance': '1995-04-04', "Demandeur d'emploi": 'oui', 'Salaire brut mensuel': 1850 }, [['CONVENTIONAL_MINIMUM_NOT_STATED', 'warning', 'conventional_minimum', ['L6325-9', 'D6325-18']]]],
    ['50 h a week', { 'Durée hebdomadaire': 50 }, [['WEEKLY_HOURS_OUT_OF_RANGE', 'error', 'weekly_hours', ['L3121-20']]]],
    ['end before start', { 'Date de fin': '2024-08-01' }, [['END_BEFORE_START', 'error', 'end_date', []]]],
  ] as [string, Record<string, RawCell>, unknown[]][])('%s', (_, over, want) => {
    expect(verdict(over).findings.map((f) => [f.code, f.severity, f.field, f.articles])).toEqual(want);
  });
});
