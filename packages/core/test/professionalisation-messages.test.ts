/**
 * The contrat de professionnalisation findings (validate.ts) with the words and figures of their messages and
 * their articles, at the boundaries their conditions turn on: what the duration maximum is and why (L6325-11,
 * L6325-12, L6325-1-1), the training-hour bounds (L6325-13, L6325-14), the deposit (D6325-1), the tutor
 * (D6325-9), mobility abroad (L6325-25), the minimum from 26 (D6325-18) and the rows that cannot be judged.
 * SMIC 11.65 €/h from 2024-01-01, 11.88 €/h from 2024-11-01, 12.02 €/h from 2026-01-01: a full-time month is
 * 1,766.9166… €, 1,801.80 €, 1,823.0333… €; 65 % of them rounded up: 1,148.50 €, 1,171.17 €, 1,184.98 €.
 */
import { describe, expect, it } from 'vitest';
import { matchHeaders, validateRow, type RawCell } from '../src/index.js';

const HEADER = [
  'Référence', 'Date de naissance', 'Diplôme', 'Type de contrat', 'Date de début', 'Date de fin', 'Durée hebdomadaire', 'Salaire brut mensuel', 'Minimum conventionnel', 'Heures de formation',
  "Demandeur d'emploi", "Inscrit depuis plus d'un an", 'Minima sociaux', 'Accord de branche', 'Date de signature', 'Date de dépôt', 'Expérience du tuteur (mois)', 'Tutorés du tuteur', 'Tuteur employeur',
  "Mois à l'étranger", 'Renouvellements', 'Motif du renouvellement',
];
// 19 at the start (2024-09-02), bac pro: 65 % of the SMIC, 1,171.17 € from November 2024; 1,200 € is enough.
const BASE: Record<string, RawCell> = {
  Référence: 'T', 'Date de naissance': '2005-03-10', Diplôme: 'bac pro', 'Type de contrat': 'CDD', 'Date de début': '2024-09-02', 'Date de fin': '2025-08-31', 'Durée hebdomadaire': 35,
  'Salaire brut mensuel': 1200, 'Heures de formation': 300, "Demandeur d'emploi": 'non', 'Accord de branche': 'non', 'Date de signature': '2024-08-30', 'Date de dépôt': '2024-09-04',
  'Expérience du tuteur (mois)': 36, 'Tutorés du tuteur': 2, 'Tuteur employeur': 'non',
};
const match = matchHeaders(HEADER);
const verdict = (over: Record<string, RawCell> = {}, header = HEADER) => validateRow(header.map((h) => ({ ...BASE, ...over })[h] ?? null), header === HEADER ? match : matchHeaders(header));
const table = (over: Record<string, RawCell> = {}, header = HEADER) => verdict(over, header).findings.map((f) => [f.code, f.severity, f.field, f.articles]);
const fr = (over: Record<string, RawCell>, code: string) => verdict(over).findings.filter((f) => f.code === code).map((f) => f.message.fr);
const en = (over: Record<string, RawCell>, code: string) => verdict(over).findings.filter((f) => f.code === code).map((f) => f.message.en);
const SALARY = ['L3231-2', 'L3231-4', 'L6325-8', 'D6325-15', 'D6325-16'];

describe('rows that cannot be judged', () => {
  it('a missing start or end date: MISSING_VALUE on it and nothing else, not even the tutor check', () => {
    expect(table({ 'Date de début': null, 'Expérience du tuteur (mois)': 12 })).toEqual([['MISSING_VALUE', 'error', 'start_date', []]]);
    expect(table({ 'Date de fin': null })).toEqual([['MISSING_VALUE', 'error', 'end_date', []]]);
    expect(table({ 'Date de naissance': null })).toEqual([['MISSING_VALUE', 'error', 'birth_date', []]]);
  });
  it('a qualification of spaces is missing, not unreadable; « Aucun », « SANS » are « no qualification »', () => {
    expect(table({ Diplôme: '  ' })).toEqual([['MISSING_VALUE', 'error', 'qualification', []]]);
    expect(table({ Diplôme: ' Aucun ' })).toEqual([]);
    expect(table({ Diplôme: 'SANS' })).toEqual([]);
  });
  it('an unreadable value is quoted, cut to 60 characters with its opening quote', () => {
    expect(en({ 'Date de naissance': 'x'.repeat(100) }, 'UNREADABLE_VALUE')).toEqual([`Birth date: "${'x'.repeat(59)} is not a date (DD/MM/YYYY, YYYY-MM-DD or an Excel date)`]);
    expect(fr({ 'Heures de formation': 'beaucoup' }, 'UNREADABLE_VALUE')).toEqual(['Heures de formation : "beaucoup" n\'est pas un nombre']);
  });
  it('an unreadable optional value is an error on it only: no « not stated » and no check made from it', () => {
    expect(table({ 'Heures de formation': 'beaucoup' })).toEqual([['UNREADABLE_VALUE', 'error', 'training_hours', []]]);
    expect(table({ 'Date de dépôt': 'hier' })).toEqual([['UNREADABLE_VALUE', 'error', 'deposit_date', []]]);
  });
  it('an unreadable start date: UNREADABLE_VALUE alone, the weekly hours are not judged against an unknown date', () => {
    expect(table({ 'Date de début': 'lundi' })).toEqual([['UNREADABLE_VALUE', 'error', 'start_date', []]]);
  });
  it('a blank salary: MISSING_VALUE alone, no salary check', () => {
    expect(table({ 'Salaire brut mensuel': null })).toEqual([['MISSING_VALUE', 'error', 'monthly_salary', []]]);
  });
  it('a salary of more than 2 decimals is compared with the exact minimum: 65 % × 1,801.80 = 1,171.17 exactly, so 1,171.165 is below and 1,200.005 is not', () => {
    expect(table({ 'Salaire brut mensuel': 1200.005 })).toEqual([]);
    expect(fr({ 'Salaire brut mensuel': 1171.165 }, 'SALARY_BELOW_MINIMUM').map((m) => m.match(/minimum de ([\d\u202f,]+) €/)?.[1])).toEqual(['1\u202f171,17']);
  });
  it('a contract starting before the SMIC held (2017-01-01): NO_LAW_FOR_DATE on start_date citing the SMIC articles, never a crash', () => {
    const h = ['Date de naissance', 'Diplôme', 'Date de début', 'Date de fin', 'Salaire brut mensuel'];
    const v = validateRow(['1998-03-10', 'bac pro', '2016-09-01', '2017-08-31', 1500], matchHeaders(h));
    expect(v.findings.filter((f) => f.code !== 'CHECK_NOT_MADE').map((f) => [f.code, f.severity, f.field, f.articles])).toEqual([['NO_LAW_FOR_DATE', 'error', 'start_date', ['L3231-2', 'L3231-4']]]);
  });
  it('the reference is trimmed', () => {
    expect(verdict({ Référence: '  T 1 ' }).reference).toBe('T 1');
  });
});

describe('dates', () => {
  it('ending on the start day is no END_BEFORE_START: 1 day = 0.03 months, too short (L6325-11)', () => {
    expect(table({ 'Date de fin': '2024-09-02' })[0]).toEqual(['ACTION_TOO_SHORT', 'error', 'end_date', ['L6325-11']]);
    expect(fr({ 'Date de fin': '2024-09-02' }, 'ACTION_TOO_SHORT')).toEqual(['Le contrat dure 0,03 mois, moins de 6 : fin au plus tôt le 01/03/2025 (L6325-11)']);
  });
});

describe('L6325-11, L6325-12, L6325-1-1: the longest contract, and why', () => {
  // 2024-09-02 → 2025-09-30: 12 months and 29 days = 12.97 months; 12 months end on 2025-09-01
  const y13 = { 'Date de fin': '2025-09-30', 'Heures de formation': null };
  it('no branch agreement: 12 months', () => {
    expect(fr(y13, 'ACTION_TOO_LONG')).toEqual(['Le contrat dure 12,97 mois : le maximum est de 12 mois sans accord de branche ; fin au plus tard le 01/09/2025 (L6325-11, L6325-12)']);
    expect(en(y13, 'ACTION_TOO_LONG')).toEqual(['The contract lasts 12.97 months: the maximum is 12 months without a branch agreement; end on 2025-09-01 at the latest (L6325-11, L6325-12)']);
  });
  it('6 months to the day (→ 2025-03-01) is the shortest; a day less is too short (L6325-11)', () => {
    const six = { 'Heures de formation': 200 };
    expect(table({ ...six, 'Date de fin': '2025-03-01' }).filter((f) => f[0] === 'ACTION_TOO_SHORT')).toEqual([]);
    expect(en({ ...six, 'Date de fin': '2025-02-28' }, 'ACTION_TOO_SHORT')).toEqual(['The contract lasts 5.9 months, less than 6: it must end on 2025-03-01 at the earliest (L6325-11)']);
  });
  it('12 months to the day (→ 2025-09-01) is the longest; a day more is too long', () => {
    expect(table({ 'Date de fin': '2025-09-01', 'Heures de formation': null }).filter((f) => f[0] === 'ACTION_TOO_LONG')).toEqual([]);
    expect(en({ 'Date de fin': '2025-09-02', 'Heures de formation': null }, 'ACTION_TOO_LONG')).toEqual(['The contract lasts 12.03 months: the maximum is 12 months without a branch agreement; end on 2025-09-01 at the latest (L6325-11, L6325-12)']);
  });
  it('branch agreement not stated: 12 months, and with one up to 24', () => {
    expect(en({ ...y13, 'Accord de branche': null }, 'ACTION_TOO_LONG')).toEqual(['The contract lasts 12.97 months: the maximum is 12 months without a branch agreement (branch agreement not stated: with one, up to 24); end on 2025-09-01 at the latest (L6325-11, L6325-12)']);
    expect(fr({ ...y13, 'Accord de branche': null }, 'ACTION_TOO_LONG')).toEqual(['Le contrat dure 12,97 mois : le maximum est de 12 mois sans accord de branche (accord de branche non renseigné : avec un accord, jusqu’à 24) ; fin au plus tard le 01/09/2025 (L6325-11, L6325-12)']);
  });
  it('with a branch agreement: 24 months (2024-09-02 → 2026-09-30 is 24.97 months)', () => {
    expect(en({ 'Accord de branche': 'oui', 'Date de fin': '2026-09-30', 'Heures de formation': null }, 'ACTION_TOO_LONG')).toEqual(['The contract lasts 24.97 months: the maximum is 24 months with a branch agreement; end on 2026-09-01 at the latest (L6325-11, L6325-12)']);
  });
  it('a CDI: the action de professionnalisation is what lasts', () => {
    expect(fr({ ...y13, 'Type de contrat': 'CDI' }, 'ACTION_TOO_LONG')).toEqual(["L'action de professionnalisation dure 12,97 mois : le maximum est de 12 mois sans accord de branche ; fin au plus tard le 01/09/2025 (L6325-11, L6325-12)"]);
    expect(en({ ...y13, 'Type de contrat': 'CDI' }, 'ACTION_TOO_LONG')[0]).toMatch(/^The action de professionnalisation lasts 12\.97 months/);
  });
  it('a jobseeker of 27 registered for over a year is of the priority public: 20 months allowed; registered for less, 12', () => {
    const js = { 'Date de naissance': '1997-03-03', "Demandeur d'emploi": 'oui', 'Date de fin': '2026-04-30', 'Salaire brut mensuel': 2000, 'Minimum conventionnel': 2000, 'Heures de formation': null };
    expect(table({ ...js, "Inscrit depuis plus d'un an": 'oui' }).filter((f) => f[0] === 'ACTION_TOO_LONG')).toEqual([]);
    expect(table({ ...js, "Inscrit depuis plus d'un an": 'non' }).filter((f) => f[0] === 'ACTION_TOO_LONG')).toEqual([['ACTION_TOO_LONG', 'error', 'end_date', ['L6325-11', 'L6325-12']]]);
  });
  it('the priority public: 36 months, citing L6325-1-1 too (an RSA beneficiary, 2024-09-02 → 2027-09-02 is 36.03 months)', () => {
    const rsa = { 'Date de naissance': '2000-01-01', 'Minima sociaux': 'RSA', 'Salaire brut mensuel': 2500, 'Heures de formation': null, 'Date de fin': '2027-09-02' };
    const [f] = verdict(rsa).findings.filter((x) => x.code === 'ACTION_TOO_LONG');
    expect(f.articles).toEqual(['L6325-11', 'L6325-12', 'L6325-1-1']);
    expect(f.message.en).toBe('The contract lasts 36.03 months: the maximum is 36 months for the priority public of L6325-1-1; end on 2027-09-01 at the latest (L6325-11, L6325-12)');
  });
});

describe('L6325-1: eligibility', () => {
  it('a beneficiary column saying « aucun » is no benefit: 27, not a jobseeker → NOT_ELIGIBLE', () => {
    expect(table({ 'Date de naissance': '1997-03-03', 'Minima sociaux': 'aucun', 'Salaire brut mensuel': 2000, 'Minimum conventionnel': 2000 })).toEqual([['NOT_ELIGIBLE', 'error', 'birth_date', ['L6325-1']]]);
  });
  it('16 on the start day is old enough: the salary is checked (65 % → 1 148,50 € then 1 171,17 €)', () => {
    expect(fr({ 'Date de naissance': '2008-09-02', 'Salaire brut mensuel': 100 }, 'SALARY_BELOW_MINIMUM').map((m) => m.match(/minimum de ([\d\u202f,]+) €/)?.[1])).toEqual(['1\u202f148,50', '1\u202f171,17']);
  });
});

describe('D6325-15, D6325-16, D6325-18: the salary findings', () => {
  // 24-month contract (branch agreement), 100 €: September 2024, November 2024, January 2026, April 2026 (21 on 2026-03-10), June 2026
  const long = { 'Accord de branche': 'oui', 'Heures de formation': null, 'Salaire brut mensuel': 100 };
  it('three levels below: three findings, no summary (→ 2026-01-31)', () => {
    const fs = verdict({ ...long, 'Date de fin': '2026-01-31' }).findings.filter((f) => f.code === 'SALARY_BELOW_MINIMUM');
    expect(fs.map((f) => f.message.fr.match(/minimum de ([\d\u202f,]+) €/)?.[1])).toEqual(['1\u202f148,50', '1\u202f171,17', '1\u202f184,98']);
    expect(fs.map((f) => f.articles)).toEqual([SALARY, SALARY, SALARY]);
  });
  it('five levels below: three named, then « …et 2 hausses ultérieures » with the same articles (→ 2026-08-31)', () => {
    const fs = verdict({ ...long, 'Date de fin': '2026-08-31' }).findings.filter((f) => f.code === 'SALARY_BELOW_MINIMUM');
    expect(fs).toHaveLength(4);
    expect(fs[3].message).toEqual({ en: '…and 2 later increases of the minimum (SMIC revaluations or age band)', fr: "…et 2 hausses ultérieures du minimum (revalorisations du SMIC ou tranche d'âge)" });
    expect(fs[3].articles).toEqual(SALARY);
  });
  it('from 26 the basis is the SMIC or 85 % of the conventional minimum (a jobseeker of 27, 1,700 € < 1 766,92 €)', () => {
    const v = verdict({ 'Date de naissance': '1997-03-03', "Demandeur d'emploi": 'oui', 'Salaire brut mensuel': 1700, 'Minimum conventionnel': 1000 });
    const fs = v.findings.filter((f) => f.code === 'SALARY_BELOW_MINIMUM');
    expect(fs[0].message.fr).toBe('Salaire de 1\u202f700,00 € inférieur au minimum de 1\u202f766,92 € dû à partir de septembre 2024 (SMIC ou 85 % du minimum conventionnel, dès 26 ans) : verser au moins 1\u202f766,92 € dès le 02/09/2024');
    expect(fs[0].message.en).toContain('(SMIC or 85 % of the conventional minimum, from 26)');
    expect(fs[0].articles).toEqual(['L3231-2', 'L3231-4', 'L6325-9', 'D6325-18']);
  });
  it('SMIC_NOT_YET_KNOWN: ending 2027-03-01, past the SMIC known → warning on end_date citing the SMIC articles', () => {
    const v = verdict({ 'Date de début': '2026-03-02', 'Date de signature': '2026-02-27', 'Date de dépôt': '2026-03-03', 'Date de fin': '2027-03-01', 'Salaire brut mensuel': 2000, 'Heures de formation': null });
    expect(v.findings.filter((f) => f.code === 'SMIC_NOT_YET_KNOWN').map((f) => [f.severity, f.field, f.articles])).toEqual([['warning', 'end_date', ['L3231-2', 'L3231-4']]]);
    expect(v.findings.filter((f) => f.code === 'UNVERIFIED_VALUE').map((f) => [f.severity, f.field, f.articles])).toEqual([['info', 'monthly_salary', ['L3231-2', 'L3231-4']]]);
  });
  it('overtime (39 h) adds no finding of its own to the salary of a contrat de professionnalisation', () => {
    expect(verdict({ 'Durée hebdomadaire': 39, 'Salaire brut mensuel': 2000, 'Heures de formation': 400 }).findings.filter((f) => f.field === 'monthly_salary').map((f) => [f.code, f.articles])).toEqual([['UNVERIFIED_VALUE', ['L3121-36']]]);
  });
});

describe('L6325-13, L6325-14: training hours', () => {
  it('TRAINING_HOURS_TOO_LOW with decimals: 10 months (→ 2025-07-01) at 35 h = 35 × 52/12 × 10 = 1,516.67 h, 15 % = 227.5 h', () => {
    expect(fr({ 'Date de fin': '2025-07-01', 'Heures de formation': 200 }, 'TRAINING_HOURS_TOO_LOW')).toEqual(['200 heures de formation : il en faut au moins 227,5 (15 % de 1516,67 h, et jamais moins de 150 h) (L6325-13)']);
    expect(en({ 'Date de fin': '2025-07-01', 'Heures de formation': 200 }, 'TRAINING_HOURS_TOO_LOW')).toEqual(['200 training hours: at least 227.5 h are required (15 % of 1516.67 h, and never under 150 h) (L6325-13)']);
  });
  it('REQUIRES_BRANCH_AGREEMENT: 6 months at 20 h = 520 h, 25 % = 130 h < 150 h: warning when the agreement is not stated, nothing with one', () => {
    const short = { 'Date de fin': '2025-03-01', 'Durée hebdomadaire': 20, 'Salaire brut mensuel': 700, 'Heures de formation': 150 };
    expect(table({ ...short, 'Accord de branche': null })).toEqual([['REQUIRES_BRANCH_AGREEMENT', 'warning', 'training_hours', ['L6325-13', 'L6325-14']]]);
    expect(fr({ ...short, 'Accord de branche': null }, 'REQUIRES_BRANCH_AGREEMENT')).toEqual(['Le contrat totalise 520 h : le plancher de 150 h dépasse 25 % (130 h) ; seul un accord de branche autorisant plus de 25 % le permet (L6325-13, L6325-14)']);
    expect(table({ ...short, 'Accord de branche': 'oui' })).toEqual([]);
  });
});

describe('D6325-1: the deposit', () => {
  it('no deposit date, deadline not passed → NOT_STATED citing D6325-1 with the deadline', () => {
    expect(table({ 'Date de dépôt': null })).toEqual([['NOT_STATED', 'info', 'deposit_date', ['D6325-1']]]);
    expect(fr({ 'Date de dépôt': null }, 'NOT_STATED')[0]).toContain('la transmission à l’OPCO au plus tard le 07/09/2024 n’a pas été vérifiée');
  });
  it('DEPOSIT_NOT_STATED cites D6325-1 and gives the deadline', () => {
    const v = validateRow(HEADER.map((h) => ({ ...BASE, 'Date de dépôt': null })[h] ?? null), match, { asOf: '2024-09-08' });
    expect(v.findings.map((f) => [f.code, f.articles, f.message.en])).toEqual([['DEPOSIT_NOT_STATED', ['D6325-1'], 'No deposit date, and the deadline (2024-09-07, 5 days after the start) has passed (D6325-1)']]);
  });
  it('DEPOSIT_AFTER_SIGNATURE_PLUS_5 cites D6325-1', () => {
    expect(table({ 'Date de dépôt': '2024-09-05' })).toEqual([['DEPOSIT_AFTER_SIGNATURE_PLUS_5', 'info', 'deposit_date', ['D6325-1']]]);
  });
  it('a sheet without the deposit column: CHECK_NOT_MADE only, never a « not stated » on each row', () => {
    const noDeposit = HEADER.filter((h) => h !== 'Date de dépôt');
    expect(table({}, noDeposit)).toEqual([['CHECK_NOT_MADE', 'info', 'deposit_date', ['D6325-1']]]);
    expect(verdict({}, noDeposit).findings[0].message).toEqual({ en: 'Not checked, no column: filing with the OPCO within 5 days', fr: 'Contrôle non effectué faute de colonne : transmission à l’OPCO dans les 5 jours' });
  });
});

describe('D6325-9: the tutor', () => {
  it('TUTOR_EMPLOYER_NOT_STATED cites D6325-9', () => {
    expect(table({ 'Tutorés du tuteur': 3, 'Tuteur employeur': null })).toEqual([['TUTOR_EMPLOYER_NOT_STATED', 'warning', 'tutor_is_employer', ['D6325-9']]]);
  });
  it('0 tutees is no whole number of at least 1 (this contract included): UNREADABLE_VALUE', () => {
    expect(table({ 'Tutorés du tuteur': 0 })).toEqual([['UNREADABLE_VALUE', 'error', 'tutor_tutees', []]]);
    expect(table({ 'Tutorés du tuteur': 1 })).toEqual([]);
  });
});

describe('L6325-25: mobility abroad', () => {
  const y2017 = { 'Date de début': '2017-09-04', 'Date de signature': '2017-09-01', 'Date de dépôt': '2017-09-05', 'Date de fin': '2018-09-03', 'Date de naissance': '1998-03-10', 'Salaire brut mensuel': 1500 };
  it('before the rule: 0 months abroad is nothing; 1 month is ABROAD_NOT_ALLOWED citing L6325-25', () => {
    expect(table({ ...y2017, "Mois à l'étranger": 0 })).toEqual([]);
    expect(table({ ...y2017, "Mois à l'étranger": 1 })).toEqual([['ABROAD_NOT_ALLOWED', 'error', 'months_abroad', ['L6325-25']]]);
  });
  it('ABROAD_TOO_LONG under the 2019 rule (6 months in France): 7 months of a 12-month contract started 2022-09-01, 12 − 6 = 6 allowed', () => {
    const y2022 = { 'Date de naissance': '2003-03-10', 'Date de début': '2022-09-01', 'Date de signature': '2022-08-30', 'Date de dépôt': '2022-09-02', 'Date de fin': '2023-08-31', "Mois à l'étranger": 7 };
    expect(table(y2022)).toEqual([['ABROAD_TOO_LONG', 'error', 'months_abroad', ['L6325-25']]]);
    expect(en(y2022, 'ABROAD_TOO_LONG')).toEqual(['7 months abroad: at most 12 months, with 6 months in France allows 6 here (L6325-25)']);
    expect(fr(y2022, 'ABROAD_TOO_LONG')).toEqual(["7 mois à l'étranger : au plus 12 mois, avec 6 mois en France permet 6 ici (L6325-25)"]);
    expect(table({ ...y2022, "Mois à l'étranger": 6 })).toEqual([]);
  });
  it('ABROAD_TOO_LONG: 7 months of a 12-month contract, half is 6', () => {
    expect(fr({ "Mois à l'étranger": 7 }, 'ABROAD_TOO_LONG')).toEqual(["7 mois à l'étranger : au plus 12 mois et la moitié du contrat permet 6 ici (L6325-25)"]);
    expect(en({ "Mois à l'étranger": 7 }, 'ABROAD_TOO_LONG')).toEqual(['7 months abroad: at most 12 months and half of the contract allows 6 here (L6325-25)']);
  });
});
