/** The contract-row engine, rule by rule, with the article in each test name. */
import { describe, expect, it } from 'vitest';
import { matchHeaders, readDate, readDecimal, readYesNo, validateRow, validateRows, type RawCell } from '../src/index.js';

const HEADER = ['Référence', 'Date de naissance', 'Diplôme', 'Type de contrat', 'Date de début', 'Date de fin', 'Durée hebdomadaire', 'Salaire brut mensuel', 'Minimum conventionnel', 'Heures de formation', "Demandeur d'emploi", 'Minima sociaux', 'Accord de branche', 'Date de signature', 'Date de dépôt', 'Expérience du tuteur (mois)', 'Tutorés du tuteur', 'Tuteur employeur', "Mois à l'étranger", 'Renouvellements', 'Motif du renouvellement'];
const match = matchHeaders(HEADER);
const BASE: Record<string, RawCell> = {
  Référence: 'T', 'Date de naissance': '2005-03-10', Diplôme: 'bac pro', 'Type de contrat': 'CDD', 'Date de début': '2024-09-02', 'Date de fin': '2025-08-31', 'Durée hebdomadaire': 35,
  'Salaire brut mensuel': 1200, 'Heures de formation': 300, "Demandeur d'emploi": 'non', 'Accord de branche': 'non', 'Date de signature': '2024-08-30', 'Date de dépôt': '2024-09-04',
  'Expérience du tuteur (mois)': 36, 'Tutorés du tuteur': 2, 'Tuteur employeur': 'non',
};
const row = (over: Record<string, RawCell> = {}) => HEADER.map((h) => ({ ...BASE, ...over })[h] ?? null);
const check = (over: Record<string, RawCell> = {}) => validateRow(row(over), match);
// Every finding, information included (NOT_STATED, UNVERIFIED_VALUE, DEPOSIT_AFTER_SIGNATURE_PLUS_5… are findings too).
const codes = (over: Record<string, RawCell> = {}) => check(over).findings.map((f) => f.code);

describe('headers and values', () => {
  it('matches French and English headers and synonyms, case-, accent- and punctuation-insensitively; keeps unknown columns', () => {
    const m = matchHeaders(['DATE DE NAISSANCE', 'diplome', 'Start date', 'End-date', 'salaire brut', 'Notes', 'Birth date']);
    expect(m.columns).toMatchObject({ birth_date: 0, qualification: 1, start_date: 2, end_date: 3, monthly_salary: 4 });
    expect(m.unknown).toEqual([5, 6]);
    expect(m.ignored).toEqual([
      { column: 5, header: 'Notes', reason: 'informational' },
      { column: 6, header: 'Birth date', reason: 'duplicate', fields: ['birth_date'] },
    ]);
    expect(m.duplicates).toEqual([{ field: 'birth_date', columns: [0, 6] }]);
    expect(m.missingRequired).toEqual([]);
    expect(matchHeaders(['Nom', 'Prénom']).missingRequired).toEqual(['birth_date', 'qualification', 'start_date', 'end_date', 'monthly_salary']);
  });

  it('reads Excel serials, ISO and JJ/MM/AAAA dates; French money; oui/non/x', () => {
    expect(readDate(45355)).toBe('2024-03-04');
    expect(readDate('04/03/2024')).toBe('2024-03-04');
    expect(readDate('2024-03-04')).toBe('2024-03-04');
    expect(readDate('31/02/2024')).toBeNull();
    expect(readDate('')).toBeUndefined();
    expect(readDecimal('1 234,56')?.toString()).toBe('1234.56');
    expect(readDecimal('1\u00a0234,56 €')?.toString()).toBe('1234.56');
    expect(readDecimal('1234.56')?.toString()).toBe('1234.56');
    expect(readDecimal('douze')).toBeNull();
    expect([readYesNo('oui'), readYesNo('X'), readYesNo('non'), readYesNo(0), readYesNo(''), readYesNo('peut-être')]).toEqual([true, true, false, false, undefined, null]);
  });

  it('an unreadable value is an error on its field, never a crash nor a default', () => {
    const v = check({ 'Date de naissance': 'hier', 'Salaire brut mensuel': 'beaucoup', 'Accord de branche': 'peut-être' });
    expect(v.status).toBe('error');
    expect(v.findings.filter((f) => f.code === 'UNREADABLE_VALUE').map((f) => f.field)).toEqual(['birth_date', 'monthly_salary', 'branch_agreement']);
  });

  it('a valid contract is ok; a status is error > warning > ok, info does not count', () => {
    expect(check().status).toBe('ok');
    expect(validateRows(HEADER, [row(), row({ 'Salaire brut mensuel': 900 })]).summary).toEqual({ rows: 2, ok: 1, warning: 0, error: 1 });
  });
});

describe('rules of the contrat de professionnalisation', () => {
  it('L6325-1: 15 at the start → NOT_ELIGIBLE_AGE; 27 and not a jobseeker → NOT_ELIGIBLE; 27 jobseeker → eligible', () => {
    expect(codes({ 'Date de naissance': '2009-06-01', 'Salaire brut mensuel': 1000 })).toContain('NOT_ELIGIBLE_AGE');
    expect(codes({ 'Date de naissance': '1997-03-03', 'Salaire brut mensuel': 1900, 'Minimum conventionnel': 2000 })).toEqual(['NOT_ELIGIBLE']);
    expect(codes({ 'Date de naissance': '1997-03-03', 'Salaire brut mensuel': 1900, 'Minimum conventionnel': 2000, "Demandeur d'emploi": 'oui' })).toEqual([]);
    expect(codes({ 'Date de naissance': '1997-03-03', 'Salaire brut mensuel': 1900, 'Minimum conventionnel': 2000, "Demandeur d'emploi": null })).toEqual(['ELIGIBILITY_NOT_STATED']);
  });

  it('D6325-16: 21 on 2024-12-20, salary 1,000: below 0.70 × 1,801.80 = 1,261.26 from 2025-01-01, and says so', () => {
    const f = check({ 'Date de naissance': '2003-12-20', Diplôme: 'aucun', 'Salaire brut mensuel': 1000 }).findings.filter((x) => x.code === 'SALARY_BELOW_MINIMUM');
    expect(f).toHaveLength(1);
    expect(f[0].message.en).toContain('€1,261.26 due from January 2025');
    expect(f[0].message.fr).toContain('1\u202f261,26 €');
    expect(f[0].articles).toEqual(expect.arrayContaining(['D6325-15', 'D6325-16']));
  });

  it('every month is checked: 971.81 until October 2024, 990.99 from November (SMIC 11.88): salary 980 fails from November only', () => {
    const f = check({ 'Date de naissance': '2006-01-01', Diplôme: 'aucun', 'Salaire brut mensuel': 980 }).findings.filter((x) => x.code === 'SALARY_BELOW_MINIMUM');
    expect(f.map((x) => x.message.en.match(/minimum of (€[\d,.]+) due from (\w+ \d+)/)!.slice(1))).toEqual([['€990.99', 'November 2024']]);
  });

  it('L6325-9, D6325-18: aged 29 with a conventional minimum of 2,300: 1,955 required; without it a warning', () => {
    const base = { 'Date de naissance': '1995-04-04', "Demandeur d'emploi": 'oui' };
    expect(codes({ ...base, 'Salaire brut mensuel': 1955, 'Minimum conventionnel': 2300 })).toEqual([]);
    expect(codes({ ...base, 'Salaire brut mensuel': 1954.99, 'Minimum conventionnel': 2300 })).toEqual(['SALARY_BELOW_MINIMUM']);
    expect(check({ ...base, 'Salaire brut mensuel': 1850 }).status).toBe('warning');
  });

  it('L6325-11/-12: 18 months → ACTION_TOO_LONG without agreement, fine with one; 5 months → ACTION_TOO_SHORT', () => {
    const long = { 'Date de fin': '2026-03-01', 'Heures de formation': 450, 'Salaire brut mensuel': 1400 };
    expect(codes(long)).toEqual(['ACTION_TOO_LONG']);
    expect(codes({ ...long, 'Accord de branche': 'oui' })).toEqual([]);
    expect(codes({ 'Date de fin': '2025-01-31', 'Heures de formation': 160 })).toEqual(['ACTION_TOO_SHORT']);
  });

  it('L6325-1-1, L6325-11: an RSA beneficiary (priority) may have 24 months; the 2018 law capped priority at 24, 2019+ at 36', () => {
    const rsa = { 'Date de naissance': '1984-05-05', 'Minima sociaux': 'RSA', 'Minimum conventionnel': 2000, 'Salaire brut mensuel': 1900 };
    // runs into June 2026, whose SMIC (arrêté of 22 May 2026) is held unverified: said as information
    expect(codes({ ...rsa, 'Date de fin': '2026-08-31', 'Heures de formation': 600 })).toEqual(['UNVERIFIED_VALUE']);
    // 36 months under the 2018 law, which allowed 24 at most: too long, and the pay and training rules (defined for lengths the law allows) say so on their fields
    expect(codes({ ...rsa, 'Date de début': '2018-03-05', 'Date de fin': '2021-03-04', 'Heures de formation': 900, 'Date de signature': '2018-03-01', 'Date de dépôt': '2018-03-06' })).toEqual(['ACTION_TOO_LONG', 'OUT_OF_RANGE', 'OUT_OF_RANGE']);
    expect(codes({ ...rsa, 'Date de début': '2019-03-04', 'Date de fin': '2022-03-03', 'Heures de formation': 900, 'Date de signature': '2019-03-01', 'Date de dépôt': '2019-03-06' })).toEqual([]);
  });

  it('L6325-13: 200 h in 12 months < 273 → TRAINING_HOURS_TOO_LOW; 500 h > 455 → above 25 % (warning without stated agreement)', () => {
    expect(codes({ 'Heures de formation': 200 })).toEqual(['TRAINING_HOURS_TOO_LOW']);
    expect(codes({ 'Heures de formation': 500 })).toEqual(['TRAINING_HOURS_ABOVE_25_PERCENT']);
    expect(check({ 'Heures de formation': 500, 'Accord de branche': null }).status).toBe('warning');
    expect(codes({ 'Heures de formation': 500, 'Accord de branche': 'oui' })).toEqual([]);
  });

  it('A10 L6325-13/-14: 6 months at 20 h (520 h): 150 h floor above 25 % → REQUIRES_BRANCH_AGREEMENT', () => {
    expect(codes({ 'Date de fin': '2025-03-01', 'Durée hebdomadaire': 20, 'Salaire brut mensuel': 700, 'Heures de formation': 150 })).toEqual(['REQUIRES_BRANCH_AGREEMENT']);
  });

  it('D6325-1: deposit on start + 5 is in time, start + 6 is late', () => {
    // in time for D6325-1 (start 2024-09-02 + 5), but 8 days after the signature (2024-08-30): information
    expect(codes({ 'Date de dépôt': '2024-09-07' })).toEqual(['DEPOSIT_AFTER_SIGNATURE_PLUS_5']);
    expect(codes({ 'Date de dépôt': '2024-09-08' })).toEqual(['DEPOSIT_LATE']);
  });

  it('D6325-6 / D6325-9: 23 months of experience; employer tutoring 3; salaried tutor of 4', () => {
    expect(codes({ 'Expérience du tuteur (mois)': 23 })).toEqual(['TUTOR_EXPERIENCE']);
    expect(codes({ 'Expérience du tuteur (mois)': 24 })).toEqual([]);
    expect(codes({ 'Tutorés du tuteur': 3, 'Tuteur employeur': 'oui' })).toEqual(['TUTOR_OVERLOAD']);
    expect(codes({ 'Tutorés du tuteur': 4 })).toEqual(['TUTOR_OVERLOAD']);
    expect(codes({ 'Tutorés du tuteur': 3 })).toEqual([]);
  });

  it('L6325-25: 2024 law, 12-month contract: 6 months abroad ok, 7 too long; a 2018 contract cannot have any', () => {
    expect(codes({ "Mois à l'étranger": 6 })).toEqual([]);
    expect(codes({ "Mois à l'étranger": 7 })).toEqual(['ABROAD_TOO_LONG']);
    expect(codes({ "Mois à l'étranger": 2, 'Date de naissance': '1999-05-05', 'Salaire brut mensuel': 1100, 'Date de début': '2018-03-05', 'Date de fin': '2019-03-04', 'Date de signature': '2018-03-01', 'Date de dépôt': '2018-03-06' })).toEqual(['ABROAD_NOT_ALLOWED']);
  });

  it('L6325-7: renewed twice → RENEWAL_LIMIT; once for adoption → RENEWAL_GROUND; once after exam failure → fine', () => {
    expect(codes({ Renouvellements: 2, 'Motif du renouvellement': 'échec à l’examen' })).toEqual(['RENEWAL_LIMIT']);
    expect(codes({ Renouvellements: 1, 'Motif du renouvellement': 'adoption' })).toEqual(['RENEWAL_GROUND']);
    expect(codes({ Renouvellements: 1, 'Motif du renouvellement': 'échec à l’examen' })).toEqual([]);
  });

  it('a contract older than the law store (1990) is a NO_LAW_FOR_DATE finding, never a crash', () => {
    expect(codes({ 'Date de naissance': '1970-01-01', 'Date de début': '1990-01-02', 'Date de fin': '1990-12-31' })).toContain('NO_LAW_FOR_DATE');
  });

  it('dates out of order and impossible values are errors on their fields', () => {
    expect(codes({ 'Date de fin': '2024-08-01' })).toEqual(['END_BEFORE_START']);
    expect(codes({ 'Durée hebdomadaire': 50 })).toEqual(['WEEKLY_HOURS_OUT_OF_RANGE']);
    expect(codes({ 'Salaire brut mensuel': '' })).toEqual(['MISSING_VALUE']);
  });
});
