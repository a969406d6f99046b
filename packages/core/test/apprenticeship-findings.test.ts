/**
 * Every finding of an apprenticeship row (validation/apprenticeship.ts) with its code, severity, field and
 * articles, at its boundary (the day before, of and after; below, at and above), and the figures its message
 * gives, worked by hand. SMIC: 11.65 €/h from 2024-01-01, 11.88 €/h from 2024-11-01, so a full-time month is
 * 11.65 × 35 × 52/12 = 1,766.9166… € then 1,801.80 €; a minimum is rate × that, rounded UP to the cent.
 * 2019 grid (D6222-26): 18–20 43/51/67 %, 21–25 53/61/78 %; a band applies from the 1st of the month after
 * the birthday (D6222-31).
 */
import { describe, expect, it } from 'vitest';
import { matchHeaders, readTrainingLevel, rowKind, validateRow, type RawCell } from '../src/index.js';
import { apprenticeLevels } from '../src/validation/apprenticeship.js';

const HEADER = [
  'Matricule', 'Dispositif', 'Date de naissance', 'Date de début', 'Date de fin', 'Salaire brut mensuel', 'Date de signature', 'Durée du cycle de formation',
  'Dernière année du contrat précédent', 'Même niveau', 'Niveau de la formation', 'Fin de prolongation', 'Durée hebdomadaire', 'Minimum conventionnel',
];
// Born 2004-03-15: 20 at the start (2024-09-02), 21 on 2025-03-15 (21–25 band from 2025-04-01). A conventional
// minimum of 1,000 € is below the SMIC, so the SMIC is the basis. 3,000 € is above every minimum.
const BASE: Record<string, RawCell> = {
  Matricule: 'A1', Dispositif: 'Apprentissage', 'Date de naissance': '2004-03-15', 'Date de début': '2024-09-02', 'Date de fin': '2025-08-31', 'Salaire brut mensuel': 3000,
  'Date de signature': '2024-08-30', 'Même niveau': 'non', 'Niveau de la formation': 'BTS', 'Durée hebdomadaire': 35, 'Minimum conventionnel': 1000,
};
const match = matchHeaders(HEADER);
const verdict = (over: Record<string, RawCell> = {}, header = HEADER) => validateRow(header.map((h) => ({ ...BASE, ...over })[h] ?? null), header === HEADER ? match : matchHeaders(header));
/** Findings that are not the store's UNVERIFIED_VALUE notes: [code, severity, field, articles]. */
const table = (over: Record<string, RawCell> = {}, header = HEADER) => verdict(over, header).findings.filter((f) => f.code !== 'UNVERIFIED_VALUE').map((f) => [f.code, f.severity, f.field, f.articles]);
const codes = (over: Record<string, RawCell> = {}) => verdict(over).findings.filter((f) => f.code !== 'UNVERIFIED_VALUE').map((f) => f.code);
const messages = (over: Record<string, RawCell>, code: string, lang: 'fr' | 'en' = 'fr') => verdict(over).findings.filter((f) => f.code === code).map((f) => f.message[lang]);
const PAY = ['D6222-31', 'L6222-27', 'D6222-26', 'L3231-2', 'L3231-4'];

describe('the base row is compliant: nothing but the store notes', () => {
  it('20, 1st year, 3,000 €: no finding', () => {
    expect(table()).toEqual([]);
    expect(verdict().status).toBe('ok');
    expect(verdict().reference).toBe('A1');
  });
  it('the reference is trimmed; a blank one is null', () => {
    expect(verdict({ Matricule: '  A 7 ' }).reference).toBe('A 7');
    expect(verdict({ Matricule: null }).reference).toBeNull();
  });
});

describe('L6222-1: age at the start (2024-09-02)', () => {
  it('APP_NOT_ELIGIBLE_AGE: 14 (born 2009-09-03, 15 the day after the start) → error citing L6222-1 with the ages of the law in the message', () => {
    expect(table({ 'Date de naissance': '2009-09-03' })).toEqual([['APP_NOT_ELIGIBLE_AGE', 'error', 'birth_date', ['L6222-1']]]);
    expect(messages({ 'Date de naissance': '2009-09-03' }, 'APP_NOT_ELIGIBLE_AGE', 'en')).toEqual(['Aged 14 at the start: an apprenticeship is open from 16, or 15 after the first cycle of secondary education (L6222-1)']);
  });
  it('APP_AGE_AFTER_COLLEGE: 15 (born 2009-09-01) → warning citing L6222-1; 16 (born 2008-09-02, 16 on the start day) → nothing', () => {
    expect(table({ 'Date de naissance': '2009-09-01' }).filter((f) => f[0] !== 'OUT_OF_RANGE')).toEqual([['APP_AGE_AFTER_COLLEGE', 'warning', 'birth_date', ['L6222-1']]]);
    expect(messages({ 'Date de naissance': '2009-09-01' }, 'APP_AGE_AFTER_COLLEGE')).toEqual(["15 ans au début : possible seulement après le premier cycle de l'enseignement secondaire (collège) (L6222-1)"]);
    expect(table({ 'Date de naissance': '2008-09-02' })).toEqual([]);
  });
  it('APP_AGE_ABOVE_LIMIT: 30 on the start day (born 1994-09-02) → warning citing L6222-1 and L6222-2; 29 (born 1994-09-03) → nothing', () => {
    expect(table({ 'Date de naissance': '1994-09-02', 'Minimum conventionnel': 1000 })).toEqual([['APP_AGE_ABOVE_LIMIT', 'warning', 'birth_date', ['L6222-1', 'L6222-2']]]);
    expect(messages({ 'Date de naissance': '1994-09-02' }, 'APP_AGE_ABOVE_LIMIT', 'en')[0]).toMatch(/^Aged 30 at the start: above 29 an apprenticeship is open only in the cases of L6222-2 /);
    expect(table({ 'Date de naissance': '1994-09-03' })).toEqual([]);
  });
});

describe('dates in order', () => {
  it('END_BEFORE_START: ending the day before the start → error on end_date, no article, nothing else judged', () => {
    expect(table({ 'Date de fin': '2024-09-01' })).toEqual([['END_BEFORE_START', 'error', 'end_date', []]]);
    expect(messages({ 'Date de fin': '2024-09-01' }, 'END_BEFORE_START')).toEqual(['La date de fin 01/09/2024 est antérieure à la date de début 02/09/2024']);
  });
  it('ending on the start day is no END_BEFORE_START: a one-day contract is too short (APP_DURATION)', () => {
    expect(codes({ 'Date de fin': '2024-09-02' })).toEqual(['APP_DURATION']);
  });
  it('BIRTH_AFTER_START: born on the start day → error on birth_date; born the day before → judged (aged 0: APP_NOT_ELIGIBLE_AGE)', () => {
    expect(table({ 'Date de naissance': '2024-09-02' })).toEqual([['BIRTH_AFTER_START', 'error', 'birth_date', []]]);
    expect(table({ 'Date de naissance': '2024-09-03' })).toEqual([['BIRTH_AFTER_START', 'error', 'birth_date', []]]);
    expect(codes({ 'Date de naissance': '2024-09-01' })).toEqual(['APP_NOT_ELIGIBLE_AGE']);
  });
  it('a missing birth, start or end date: MISSING_VALUE on it and nothing else (no check runs on a partial row)', () => {
    for (const field of ['Date de naissance', 'Date de début', 'Date de fin'] as const) {
      const want = { 'Date de naissance': 'birth_date', 'Date de début': 'start_date', 'Date de fin': 'end_date' }[field];
      expect([field, table({ [field]: null, 'Salaire brut mensuel': 100 })]).toEqual([field, [['MISSING_VALUE', 'error', want, []]]]);
    }
  });
  it('an unreadable date is UNREADABLE_VALUE on its field, the row is not judged further', () => {
    expect(table({ 'Date de début': 'lundi', 'Salaire brut mensuel': 100 })).toEqual([['UNREADABLE_VALUE', 'error', 'start_date', []]]);
  });
});

describe('L6222-7-1: length of the contract, by its conclusion date', () => {
  it('APP_DURATION (too short, 2019 law): 2024-09-02 → 2025-02-28 is 5 months and 27 days = 5.9 months, under 6: error citing L6222-7-1 only (not the L6222-11 of the same parameter)', () => {
    expect(table({ 'Date de fin': '2025-02-28' })).toEqual([['APP_DURATION', 'error', 'end_date', ['L6222-7-1']]]);
    expect(messages({ 'Date de fin': '2025-02-28' }, 'APP_DURATION', 'en')).toEqual(['The apprenticeship lasts 5.9 months, less than 6: it must end on 2025-03-01 at the earliest (L6222-7-1)']);
    expect(messages({ 'Date de fin': '2025-02-28' }, 'APP_DURATION')).toEqual(["L'apprentissage dure 5,9 mois, moins de 6 : fin au plus tôt le 01/03/2025 (L6222-7-1)"]);
    expect(table({ 'Date de fin': '2025-03-01' })).toEqual([]);
  });
  it('APP_DURATION (too short, 2018 law, minimum 12 months, 6 by derogation): 2018-01-08 → 2018-06-30 is 5 months 23 days = 5.77 months: error citing L6222-7-1 and L6222-9', () => {
    const y2018 = { 'Date de naissance': '2000-03-15', 'Date de début': '2018-01-08', 'Date de signature': '2018-01-05', 'Date de fin': '2018-06-30' };
    expect(table(y2018).filter((f) => f[0] === 'APP_DURATION')).toEqual([['APP_DURATION', 'error', 'end_date', ['L6222-7-1', 'L6222-9']]]);
    expect(messages(y2018, 'APP_DURATION', 'en')).toEqual(['The apprenticeship lasts 5.77 months, less than 6: it must end on 2018-07-07 at the earliest (L6222-7-1, L6222-9)']);
  });
  it('APP_DURATION_DEROGATION: the 2018 law, 2018-01-08 → 2018-10-07 (9 months): warning citing L6222-7-1 and L6222-9', () => {
    const y2018 = { 'Date de naissance': '2000-03-15', 'Date de début': '2018-01-08', 'Date de signature': '2018-01-05', 'Date de fin': '2018-10-07' };
    expect(table(y2018).filter((f) => f[0].startsWith('APP_DURATION'))).toEqual([['APP_DURATION_DEROGATION', 'warning', 'end_date', ['L6222-7-1', 'L6222-9']]]);
    expect(messages(y2018, 'APP_DURATION_DEROGATION', 'en')[0]).toMatch(/^The apprenticeship lasts 9 months, less than 12: allowed only in the cases of L6222-9 /);
  });
  it('the law is the one of the conclusion (signature) date: signed 2018-12-20, started 2019-01-07, 9 months → the 2018 minimum of 12 months (warning); without the signature, the 2019 law (nothing)', () => {
    const row = { 'Date de naissance': '2000-03-01', 'Date de début': '2019-01-07', 'Date de fin': '2019-10-06' };
    expect(codes({ ...row, 'Date de signature': '2018-12-20' })).toEqual(['APP_DURATION_DEROGATION']);
    expect(codes({ ...row, 'Date de signature': null })).toEqual([]);
  });
  it('APP_DURATION_DISABLED: 36 months and a day (→ 2027-09-02, 36.03 months) → warning citing L6222-7-1; 36 months (→ 2027-09-01) → nothing', () => {
    expect(table({ 'Date de fin': '2027-09-01' })).not.toContainEqual(expect.arrayContaining(['APP_DURATION_DISABLED']));
    expect(table({ 'Date de fin': '2027-09-02' }).filter((f) => String(f[0]).startsWith('APP_DURATION'))).toEqual([['APP_DURATION_DISABLED', 'warning', 'end_date', ['L6222-7-1']]]);
    expect(messages({ 'Date de fin': '2027-09-02' }, 'APP_DURATION_DISABLED', 'en')).toEqual(['The apprenticeship lasts 36.03 months, more than 36: allowed only for a disabled apprentice (up to 48); otherwise it must end on 2027-09-01 at the latest (L6222-7-1)']);
  });
  it('APP_DURATION (too long): 48 months (→ 2028-09-01) is still the disabled warning; 48 months and a day (48.03) → error citing L6222-7-1', () => {
    expect(codes({ 'Date de fin': '2028-09-01' }).filter((c) => c.startsWith('APP_DURATION'))).toEqual(['APP_DURATION_DISABLED']);
    expect(table({ 'Date de fin': '2028-09-02' }).filter((f) => String(f[0]).startsWith('APP_DURATION'))).toEqual([['APP_DURATION', 'error', 'end_date', ['L6222-7-1']]]);
    expect(messages({ 'Date de fin': '2028-09-02' }, 'APP_DURATION')).toEqual(["L'apprentissage dure 48,03 mois : au plus 36 (48 pour un apprenti handicapé) ; fin au plus tard le 01/09/2027 (L6222-7-1)"]);
  });
  it('longer than any apprenticeship with its prolongation (60 months, → 2029-09-02): the length error alone, the pay is not computed', () => {
    expect(table({ 'Date de fin': '2029-09-02', 'Salaire brut mensuel': 100 })).toEqual([['APP_DURATION', 'error', 'end_date', ['L6222-7-1']]]);
  });
});

describe('L6222-11, D6222-28: the prolongation after an exam failure', () => {
  it('APP_PROLONGATION_NOT_AFTER_END: ending on the contract end → error citing L6222-11 and D6222-28', () => {
    expect(table({ 'Fin de prolongation': '2025-08-31' })).toEqual([['APP_PROLONGATION_NOT_AFTER_END', 'error', 'prolongation_end', ['L6222-11', 'D6222-28']]]);
    expect(messages({ 'Fin de prolongation': '2025-08-31' }, 'APP_PROLONGATION_NOT_AFTER_END', 'en')).toEqual(['Prolongation end 2025-08-31 is not after the end of the contract 2025-08-31: a prolongation after an exam failure follows the contract (L6222-11, D6222-28)']);
  });
  it('APP_PROLONGATION_TOO_LONG: a year after the end (2025-09-01 → 2026-08-31) is allowed; 2026-09-01 → error citing L6222-11', () => {
    expect(table({ 'Fin de prolongation': '2026-08-31' })).toEqual([]);
    expect(table({ 'Fin de prolongation': '2026-09-01' })).toEqual([['APP_PROLONGATION_TOO_LONG', 'error', 'prolongation_end', ['L6222-11']]]);
    expect(messages({ 'Fin de prolongation': '2026-09-01' }, 'APP_PROLONGATION_TOO_LONG', 'en')).toEqual(['Prolonged to 2026-09-01: a prolongation after an exam failure lasts a year at most, until 2026-08-31 (L6222-11)']);
  });
  it('a prolongation end that is no prolongation does not cut the pay check short: ending 2024-10-15, the minimums of November 2024 (774,78 €) and April 2025 (954,96 €) are still checked', () => {
    const v = verdict({ 'Fin de prolongation': '2024-10-15', 'Salaire brut mensuel': 760 });
    expect(v.findings.filter((f) => f.code === 'APP_SALARY_BELOW_MINIMUM').map((f) => f.message.en.match(/minimum of (€[\d,.]+) due from (\w+ \d+)/)?.slice(1))).toEqual([['€774.78', 'November 2024'], ['€954.96', 'April 2025']]);
  });
  it('a prolongation end equal to the contract end adds no prolongation month and no special case to the pay findings', () => {
    const v = verdict({ 'Fin de prolongation': '2025-08-31', 'Salaire brut mensuel': 700 });
    expect(v.findings.filter((f) => f.code === 'APP_SALARY_BELOW_MINIMUM').map((f) => f.articles)).toEqual([PAY, PAY, PAY]);
  });
  it('an unreadable prolongation end is UNREADABLE_VALUE, the rest judged', () => {
    expect(table({ 'Fin de prolongation': 'bientôt' })).toEqual([['UNREADABLE_VALUE', 'error', 'prolongation_end', []]]);
  });
});

describe('L6222-27, D6222-26: the salary against the apprentice minimum of every month', () => {
  it('700 € at 20 then 21: three shortfalls, each with its minimum, month, year of the contract, age and basis (43 % × 1,766.9166… = 759.774… → 759,78 €; 43 % × 1,801.80 = 774.774 → 774,78 €; 53 % × 1,801.80 = 954.954 → 954,96 €)', () => {
    const v = verdict({ 'Salaire brut mensuel': 700 });
    const pay = v.findings.filter((f) => f.code === 'APP_SALARY_BELOW_MINIMUM');
    expect(pay.map((f) => [f.severity, f.field, f.articles])).toEqual([['error', 'monthly_salary', PAY], ['error', 'monthly_salary', PAY], ['error', 'monthly_salary', PAY]]);
    expect(pay.map((f) => f.message.fr)).toEqual([
      "Salaire de 700,00 € inférieur au minimum de 759,78 € dû à l'apprenti à partir de septembre 2024 (1re année du contrat, 20 ans : 43 % du SMIC : 11,65 € de l'heure × 151 2/3 h par mois) : verser au moins 759,78 € dès le 02/09/2024",
      "Salaire de 700,00 € inférieur au minimum de 774,78 € dû à l'apprenti à partir de novembre 2024 (1re année du contrat, 20 ans : 43 % du SMIC : 11,88 € de l'heure × 151 2/3 h par mois) : verser au moins 774,78 € dès le 01/11/2024",
      "Salaire de 700,00 € inférieur au minimum de 954,96 € dû à l'apprenti à partir d'avril 2025 (1re année du contrat, 21 ans : 53 % du SMIC : 11,88 € de l'heure × 151 2/3 h par mois) : verser au moins 954,96 € dès le 01/04/2025",
    ]);
    expect(pay[0].message.en).toMatch(/^Salary €700\.00 is below the apprentice minimum of €759\.78 due from September 2024 \(year 1 of the contract, aged 20: 43 % of the SMIC/);
    expect(pay[0].message.en).toMatch(/\): pay at least €759\.78 from 2024-09-02$/);
    expect(v.status).toBe('error');
  });
  it('at the minimum: 954,96 € is compliant, 954,95 € is below the April 2025 minimum only', () => {
    expect(codes({ 'Salaire brut mensuel': 954.96 })).toEqual([]);
    expect(messages({ 'Salaire brut mensuel': 954.95 }, 'APP_SALARY_BELOW_MINIMUM')).toHaveLength(1);
    expect(messages({ 'Salaire brut mensuel': 954.95 }, 'APP_SALARY_BELOW_MINIMUM')[0]).toContain("minimum de 954,96 € dû à l'apprenti à partir d'avril 2025");
  });
  it('a birthday that keeps the band (19 → 20, born 2005-03-15) is no new minimum: 700 € gives two findings, September and November 2024', () => {
    expect(messages({ 'Date de naissance': '2005-03-15', 'Salaire brut mensuel': 700 }, 'APP_SALARY_BELOW_MINIMUM').map((m) => m.match(/minimum de ([\d\u202f,]+) €/)?.[1])).toEqual(['759,78', '774,78']);
  });
  it('four successive minimums (contract to 2025-09-30: September 2025 is its 2nd year): three named, then « …et 1 hausse ultérieure »', () => {
    const fs = verdict({ 'Date de fin': '2025-09-30', 'Salaire brut mensuel': 700 }).findings.filter((f) => f.code === 'APP_SALARY_BELOW_MINIMUM');
    expect(fs).toHaveLength(4);
    expect(fs[3].message.fr).toBe("…et 1 hausse ultérieure du minimum (revalorisations du SMIC, tranche d'âge ou année du contrat)");
    expect(fs[3].message.en).toBe('…and 1 later increase of the minimum (SMIC revaluations, age band or year of the contract)');
    expect(fs[3].articles).toEqual(PAY);
  });
  it('six successive minimums over two years (September 2025: 2nd year; January and June 2026: SMIC): three named, then « …et 3 hausses ultérieures »', () => {
    const fs = verdict({ 'Date de fin': '2026-08-31', 'Salaire brut mensuel': 700 }).findings.filter((f) => f.code === 'APP_SALARY_BELOW_MINIMUM');
    expect(fs.map((f) => f.message.fr.slice(0, 40))).toHaveLength(4);
    expect(fs[3].message.fr).toBe("…et 3 hausses ultérieures du minimum (revalorisations du SMIC, tranche d'âge ou année du contrat)");
    expect(fs[3].message.en).toBe('…and 3 later increases of the minimum (SMIC revaluations, age band or year of the contract)');
  });
  it('the 2nd year is written « 2e année »: 61 % × 1,801.80 = 1,099.098 → 1 099,10 € from 2025-09-02 (21, 2nd year)', () => {
    const fs = messages({ 'Date de fin': '2026-08-31', 'Salaire brut mensuel': 1000 }, 'APP_SALARY_BELOW_MINIMUM');
    expect(fs[0]).toBe("Salaire de 1\u202f000,00 € inférieur au minimum de 1\u202f099,10 € dû à l'apprenti à partir de septembre 2025 (2e année du contrat, 21 ans : 61 % du SMIC : 11,88 € de l'heure × 151 2/3 h par mois) : verser au moins 1\u202f099,10 € dès le 02/09/2025");
  });
  it('a minimum that starts on the last day of the contract is checked: ending 2024-11-01, 770 € is below the 774,78 € of November 2024', () => {
    const row = { 'Date de début': '2024-05-02', 'Date de signature': '2024-05-02', 'Date de fin': '2024-11-01', 'Salaire brut mensuel': 770 };
    expect(table(row)).toEqual([['APP_SALARY_BELOW_MINIMUM', 'error', 'monthly_salary', PAY]]);
    expect(messages(row, 'APP_SALARY_BELOW_MINIMUM')[0]).toContain('dès le 01/11/2024');
  });
  it('a band change on the last day of the contract is checked: born 2003-11-20 (21 from 2024-12-01), ending 2024-12-01, 800 € is below 53 % × 1,801.80 = 954,96 €', () => {
    const row = { 'Date de naissance': '2003-11-20', 'Date de début': '2024-06-02', 'Date de signature': '2024-06-02', 'Date de fin': '2024-12-01', 'Salaire brut mensuel': 800 };
    expect(messages(row, 'APP_SALARY_BELOW_MINIMUM')).toEqual(["Salaire de 800,00 € inférieur au minimum de 954,96 € dû à l'apprenti à partir de décembre 2024 (1re année du contrat, 21 ans : 53 % du SMIC : 11,88 € de l'heure × 151 2/3 h par mois) : verser au moins 954,96 € dès le 01/12/2024"]);
  });
  it('from 21 the share applies to a conventional minimum above the SMIC: 22, 2,500 € → 53 % × 2,500 = 1 325,00 €, said as a share of the conventional minimum', () => {
    const row = { 'Date de naissance': '2002-03-15', 'Minimum conventionnel': 2500 };
    expect(codes({ ...row, 'Salaire brut mensuel': 1325 })).toEqual([]);
    expect(messages({ ...row, 'Salaire brut mensuel': 1324.99 }, 'APP_SALARY_BELOW_MINIMUM')).toEqual(["Salaire de 1\u202f324,99 € inférieur au minimum de 1\u202f325,00 € dû à l'apprenti à partir de septembre 2024 (1re année du contrat, 22 ans : 53 % du minimum conventionnel de l'emploi) : verser au moins 1\u202f325,00 € dès le 02/09/2024"]);
    expect(messages({ ...row, 'Salaire brut mensuel': 1324.99 }, 'APP_SALARY_BELOW_MINIMUM', 'en')[0]).toContain('aged 22: 53 % of the conventional minimum of the job): pay at least €1,325.00 from 2024-09-02');
  });
});

describe('D6222-28 to D6222-32: the special cases are named in the pay findings (D6222-31, the band rule, is not a special case)', () => {
  it('D6222-28-1: a 2-year contract in a 3-year cycle is paid as its 2nd year from the start: 51 % × 1,766.9166… = 901.1275 → 901,13 €', () => {
    const fs = verdict({ 'Date de fin': '2026-08-31', 'Durée du cycle de formation': 3, 'Salaire brut mensuel': 901.12 }).findings.filter((f) => f.code === 'APP_SALARY_BELOW_MINIMUM');
    expect(fs[0].articles).toEqual(['D6222-31', 'L6222-27', 'D6222-26', 'D6222-28-1', 'L3231-2', 'L3231-4']);
    expect(fs[0].message.fr).toBe("Salaire de 901,12 € inférieur au minimum de 901,13 € dû à l'apprenti à partir de septembre 2024 (1re année du contrat, 20 ans ; cas particulier D6222-28-1 : 51 % du SMIC : 11,65 € de l'heure × 151 2/3 h par mois) : verser au moins 901,13 € dès le 02/09/2024");
    expect(fs[0].message.en).toContain('aged 20; special case D6222-28-1: 51 % of the SMIC');
  });
  it('D6222-30: same level, 1st year, 20: 43 + 15 = 58 % × 1,766.9166… = 1,024.8116… → 1 024,82 €', () => {
    const [f] = verdict({ 'Même niveau': 'oui', 'Salaire brut mensuel': 700 }).findings.filter((x) => x.code === 'APP_SALARY_BELOW_MINIMUM');
    expect(f.articles).toEqual(['D6222-31', 'L6222-27', 'D6222-26', 'D6222-30', 'L3231-2', 'L3231-4']);
    expect(f.message.fr).toContain('minimum de 1\u202f024,82 €');
    expect(f.message.fr).toContain('20 ans ; cas particulier D6222-30 : 58 % du SMIC');
  });
  it('D6222-30 is for a contract of a year or less: 12 months (→ 2025-09-01) is allowed; 12 months and a day (→ 2025-09-02, 2 contract years) is OUT_OF_RANGE on same_level citing D6222-30', () => {
    expect(table({ 'Même niveau': 'oui', 'Date de fin': '2025-09-01' })).toEqual([]);
    expect(table({ 'Même niveau': 'oui', 'Date de fin': '2025-09-02' })).toEqual([['OUT_OF_RANGE', 'error', 'same_level', ['D6222-30']]]);
  });
  it('no special case: the message names none', () => {
    expect(messages({ 'Salaire brut mensuel': 700 }, 'APP_SALARY_BELOW_MINIMUM')[0]).not.toContain('cas particulier');
    expect(messages({ 'Salaire brut mensuel': 700 }, 'APP_SALARY_BELOW_MINIMUM', 'en')[0]).not.toContain('special case');
  });
  it('the training cycle is read on a contract longer than the law allows: 48.03 months in a 1-year cycle → the contract length is out of range (OUT_OF_RANGE on end_date); without a cycle, only the length finding', () => {
    expect(table({ 'Date de fin': '2028-09-02', 'Durée du cycle de formation': 1 }).filter((f) => f[0] === 'OUT_OF_RANGE')).toEqual([['OUT_OF_RANGE', 'error', 'end_date', ['L6222-7-1']]]);
    expect(table({ 'Date de fin': '2028-09-02' }).filter((f) => f[0] !== 'SMIC_NOT_YET_KNOWN')).toEqual([['APP_DURATION', 'error', 'end_date', ['L6222-7-1']]]);
  });
  it('a previous contract year of 0 is OUT_OF_RANGE on previous_contract_year; the other checks still run (the conventional minimum note at 21)', () => {
    expect(table({ 'Dernière année du contrat précédent': 0, 'Minimum conventionnel': null })).toEqual([
      ['OUT_OF_RANGE', 'error', 'previous_contract_year', ['L6222-7-1']],
      ['CONVENTIONAL_MINIMUM_NOT_STATED', 'info', 'conventional_minimum', ['D6222-26']],
    ]);
  });
});

describe('L3121-36: overtime is said as information on the salary', () => {
  it('39 h a week → an OVERTIME info on monthly_salary citing L3121-36 (35 h + 4 h at +25 % = 40 h paid); 35 h → none', () => {
    const v = verdict({ 'Durée hebdomadaire': 39 });
    expect(v.findings.filter((f) => f.code === 'OVERTIME').map((f) => [f.severity, f.field, f.articles])).toEqual([['info', 'monthly_salary', ['L3121-36']]]);
    expect(v.findings.find((f) => f.code === 'OVERTIME')!.message.fr).toContain('le minimum est calculé sur 40 h par semaine');
    expect(verdict({ 'Durée hebdomadaire': 35 }).findings.filter((f) => f.code === 'OVERTIME')).toEqual([]);
  });
});

describe('D6222-28: the prolongation of a 4-year contract is paid as its last year', () => {
  it('48 months (disabled apprentice, → 2028-09-01) prolonged to 2029-08-31: the length warning only, no year 5 out of range', () => {
    expect(table({ 'Date de fin': '2028-09-01', 'Fin de prolongation': '2029-08-31' }).filter((f) => f[0] !== 'SMIC_NOT_YET_KNOWN')).toEqual([['APP_DURATION_DISABLED', 'warning', 'end_date', ['L6222-7-1']]]);
  });
});

describe('D6222-26: the conventional minimum from 21', () => {
  it('CONVENTIONAL_MINIMUM_NOT_STATED: blank and 21 on the end day (born 2004-08-31) → info citing D6222-26; 20 at the end (born 2004-09-01) → nothing; stated → nothing', () => {
    expect(table({ 'Minimum conventionnel': null, 'Date de naissance': '2004-08-31' })).toEqual([['CONVENTIONAL_MINIMUM_NOT_STATED', 'info', 'conventional_minimum', ['D6222-26']]]);
    expect(messages({ 'Minimum conventionnel': null, 'Date de naissance': '2004-08-31' }, 'CONVENTIONAL_MINIMUM_NOT_STATED')).toEqual([
      "Minimum conventionnel : cellule vide ; dès 21 ans le taux de l'apprenti s'applique au minimum conventionnel de l'emploi s'il dépasse le SMIC ; seul le SMIC a été vérifié (D6222-26)",
    ]);
    expect(table({ 'Minimum conventionnel': null, 'Date de naissance': '2004-09-01' })).toEqual([]);
    expect(table({ 'Minimum conventionnel': 1000, 'Date de naissance': '2004-08-31' })).toEqual([]);
    expect(verdict({ 'Minimum conventionnel': null, 'Date de naissance': '2004-08-31' }).status).toBe('ok');
  });
  it('before 2016-07-01 the conventional minimum was not compared (D6222-26 as then in force): a contract ending 2016-06-30 gets no note; ending 2016-07-01, it does', () => {
    const old = { 'Date de naissance': '1992-03-15', 'Date de début': '2015-01-05', 'Date de signature': '2015-01-05', 'Minimum conventionnel': null, 'Durée hebdomadaire': null };
    expect(codes({ ...old, 'Date de fin': '2016-06-30' })).not.toContain('CONVENTIONAL_MINIMUM_NOT_STATED');
    expect(codes({ ...old, 'Date de fin': '2016-07-01' })).toContain('CONVENTIONAL_MINIMUM_NOT_STATED');
  });
});

describe('the law of the date: a date before the rules held is said on its column, never a crash', () => {
  it('a start in 2013 (the age rule is held from 2014-01-01) → NO_LAW_FOR_DATE on start_date citing L6222-1 and L6222-2', () => {
    expect(table({ 'Date de début': '2013-09-02', 'Date de signature': '2013-09-02', 'Date de fin': '2014-08-31', 'Durée hebdomadaire': null }).filter((f) => f[0] === 'NO_LAW_FOR_DATE')).toEqual([['NO_LAW_FOR_DATE', 'error', 'start_date', ['L6222-1', 'L6222-2']]]);
  });
  it('signed in 2013, started 2014-01-06: the length rule of the conclusion date is missing → NO_LAW_FOR_DATE on signature_date', () => {
    expect(table({ 'Date de naissance': '1996-03-15', 'Date de début': '2014-01-06', 'Date de signature': '2013-12-20', 'Date de fin': '2014-12-31', 'Durée hebdomadaire': null }).filter((f) => f[0] === 'NO_LAW_FOR_DATE')).toEqual([['NO_LAW_FOR_DATE', 'error', 'signature_date', ['L6222-7-1', 'L6222-9', 'L6222-11']]]);
  });
  it('SMIC_NOT_YET_KNOWN: a contract ending 2027-01-31 runs a month past the SMIC known (through 2026-12-31) → warning on end_date citing the SMIC articles; ending 2026-12-31 → none', () => {
    const row = { 'Date de début': '2026-07-01', 'Date de signature': '2026-07-01' };
    expect(table({ ...row, 'Date de fin': '2027-01-31' })).toEqual([['SMIC_NOT_YET_KNOWN', 'warning', 'end_date', ['L3231-2', 'L3231-4']]]);
    expect(verdict({ ...row, 'Date de fin': '2027-01-31' }).status).toBe('warning');
    expect(table({ ...row, 'Date de fin': '2026-12-31' })).toEqual([]);
  });
  it('UNVERIFIED_VALUE: a month paid at the June 2026 SMIC (not checked against the arrêté) → info on monthly_salary citing the SMIC articles', () => {
    const unverified = (end: string) => verdict({ 'Date de début': '2025-11-03', 'Date de signature': '2025-11-03', 'Date de fin': end }).findings.filter((f) => f.code === 'UNVERIFIED_VALUE' && f.articles.includes('L3231-2'));
    expect(unverified('2026-05-31')).toEqual([]);
    expect(unverified('2026-06-01').map((f) => [f.severity, f.field, f.articles])).toEqual([['info', 'monthly_salary', ['L3231-2', 'L3231-4']]]);
  });
});

describe('optional columns of an apprenticeship row', () => {
  const MIN = ['Dispositif', 'Date de naissance', 'Date de début', 'Date de fin', 'Salaire brut mensuel'];
  it('CHECK_NOT_MADE: each absent column is an info naming the check, its field and its articles', () => {
    const v = verdict({}, MIN);
    expect(v.findings.filter((f) => f.code === 'CHECK_NOT_MADE').map((f) => [f.severity, f.field, f.articles])).toEqual([
      ['info', 'weekly_hours', ['L3123-5', 'D6222-26']],
      ['info', 'signature_date', ['D6222-26']],
      ['info', 'training_cycle_years', ['D6222-28-1']],
      ['info', 'previous_contract_year', ['D6222-29']],
      ['info', 'same_level', ['D6222-30', 'D6222-31']],
      ['info', 'training_level', ['D6222-32']],
      ['info', 'prolongation_end', ['D6222-28']],
    ]);
    expect(v.findings.find((f) => f.code === 'CHECK_NOT_MADE')!.message).toEqual({
      en: 'Not checked, no column: pay of a part-time contract (weekly hours absent: 35 h assumed)',
      fr: 'Contrôle non effectué faute de colonne : salaire d’un temps partiel (durée hebdomadaire absente : 35 h retenues)',
    });
    expect(v.status).toBe('ok');
  });
  it('the same sheet gives the same infos to every row', () => {
    const m = matchHeaders(MIN);
    const a = validateRow(['Apprentissage', '2004-03-15', '2024-09-02', '2025-08-31', 3000], m).findings.filter((f) => f.code === 'CHECK_NOT_MADE');
    const b = validateRow(['Apprentissage', '2005-03-15', '2024-09-02', '2025-08-31', 3000], m).findings.filter((f) => f.code === 'CHECK_NOT_MADE');
    expect(b).toEqual(a);
    expect(a).toHaveLength(7);
  });
  it('the salary column absent → REQUIRED_COLUMN_MISSING on monthly_salary; present but blank → MISSING_VALUE', () => {
    const noSalary = MIN.filter((h) => h !== 'Salaire brut mensuel');
    expect(verdict({}, noSalary).findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.field])).toEqual([['REQUIRED_COLUMN_MISSING', 'monthly_salary']]);
    expect(table({ 'Salaire brut mensuel': null })).toEqual([['MISSING_VALUE', 'error', 'monthly_salary', []]]);
  });
  it('weekly hours blank → NOT_STATED info citing D6222-26 (35 h assumed); 50 h → WEEKLY_HOURS_OUT_OF_RANGE citing L3121-20', () => {
    expect(table({ 'Durée hebdomadaire': null })).toEqual([['NOT_STATED', 'info', 'weekly_hours', ['D6222-26']]]);
    expect(table({ 'Durée hebdomadaire': 50 })).toEqual([['WEEKLY_HOURS_OUT_OF_RANGE', 'error', 'weekly_hours', ['L3121-20']]]);
  });
  it('an unreadable signature date is UNREADABLE_VALUE; the grid is then the one of the start', () => {
    expect(table({ 'Date de signature': 'hier' })).toEqual([['UNREADABLE_VALUE', 'error', 'signature_date', []]]);
    expect(messages({ 'Date de signature': 'hier', 'Salaire brut mensuel': 700 }, 'APP_SALARY_BELOW_MINIMUM')[0]).toContain('minimum de 759,78 €');
  });
  it('a training level that is no text is UNREADABLE_VALUE; a blank one is no finding', () => {
    expect(table({ 'Niveau de la formation': 5 })).toEqual([['UNREADABLE_VALUE', 'error', 'training_level', []]]);
    expect(table({ 'Niveau de la formation': null })).toEqual([]);
    expect(table({ 'Niveau de la formation': '' })).toEqual([]);
  });
});

describe('readTrainingLevel: a licence professionnelle however written (D6222-32), other text as it is', () => {
  it.each([
    ['Licence professionnelle', 'licence pro'],
    ['Licence pro', 'licence pro'],
    ['Licence - Professionnelle commerce', 'licence pro'],
    ['  LP  ', 'licence pro'],
    ['(LP) vente', 'licence pro'],
    ['Lic. pro', 'licence pro'],
    ['BTS', 'bts'],
    ['Master après licence pro', 'master apres licence pro'],
    ['Titre pro help desk', 'titre pro help desk'],
    ['Éducation', 'education'],
  ])('%j → %j', (cell, want) => {
    expect(readTrainingLevel(cell)).toBe(want);
  });
  it('blank → undefined; a number → null (unreadable)', () => {
    expect(readTrainingLevel(null)).toBeUndefined();
    expect(readTrainingLevel('  ')).toBeUndefined();
    expect(readTrainingLevel(5)).toBeNull();
  });
});

describe('rowKind: the « Dispositif » cell, else the kind written in « Type de contrat »', () => {
  const both = matchHeaders(['Dispositif', 'Type de contrat']);
  const typeOnly = matchHeaders(['Type de contrat']);
  it('a filled « Dispositif » wins; a blank one leaves the type column to decide', () => {
    expect(rowKind(['Apprentissage', 'CDD'], both)).toBe('apprenticeship');
    expect(rowKind(['Contrat pro', 'Apprentissage'], both)).toBe('professionalisation');
    expect(rowKind([null, 'Apprentissage'], both)).toBe('apprenticeship');
    expect(rowKind(['', 'CDD'], both)).toBe('professionalisation');
    expect(rowKind(['stage', 'CDD'], both)).toBeNull();
  });
  it('the type column: « Apprentissage », « CFA » → apprenticeship; « CDD », « stage », a number → professionalisation', () => {
    expect(rowKind(['Apprentissage'], typeOnly)).toBe('apprenticeship');
    expect(rowKind(['CFA'], typeOnly)).toBe('apprenticeship');
    expect(rowKind(['CDD'], typeOnly)).toBe('professionalisation');
    expect(rowKind(['stage'], typeOnly)).toBe('professionalisation');
    expect(rowKind([3], typeOnly)).toBe('professionalisation');
    expect(rowKind(['Apprentissage'], matchHeaders(['Référence']))).toBe('professionalisation');
  });
});

describe('apprenticeLevels: the minimum is computed where it can change', () => {
  it('2026-07-01 → 2027-03-31, born 2004-03-15 (22 until 2027-03-15, band unchanged before April): the start, and 2027-01-01, the first day past the SMIC known (through 2026-12-31), where a revaluation may apply', () => {
    const r = apprenticeLevels({ birth: '2004-03-15', start: '2026-07-01', end: '2027-03-31', conclusion: undefined, weeklyHours: undefined, conventional: undefined, prolongedEnd: undefined, cycleYears: undefined, previousYear: undefined, sameLevel: undefined, trainingLevel: undefined })!;
    expect(r.value.map((l) => [l.from, l.age, l.year])).toEqual([['2026-07-01', 22, 1], ['2027-01-01', 22, 1]]);
  });
});

describe('the youngest apprentice (L6222-1, D6222-27)', () => {
  it('15 on the start day, in the month of the birthday (born 2009-09-02, start 2024-09-02): judged, not refused as 14', () => {
    const v = verdict({ 'Date de naissance': '2009-09-02', 'Niveau de la formation': 'CAP' });
    // the one finding: 15 is allowed only after the first cycle of secondary education (L6222-1)
    expect(v.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual(['APP_AGE_AFTER_COLLEGE']);
    expect(v.status).toBe('warning');
  });
});
