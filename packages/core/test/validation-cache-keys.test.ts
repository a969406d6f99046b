/**
 * The row caches of validateRow (validate.ts: `Kept` per row values, the WeakMaps; parse.ts: the texts already
 * read) against the law: for each part of each cache key, row A, then row B (A with only that value changed),
 * then A again, judged back to back in the same process, each with the verdict the law gives it. A key that
 * forgot that part would hand B the answer kept for A (or A the one kept for B), and one of the three verdicts
 * would be wrong. Then the bounds: more distinct rows (or cell texts) than a cache keeps, and a row seen at the
 * start again gets its own verdict (the cache was emptied, not corrupted).
 *
 * The engine is imported afresh for this file (vi.resetModules), so its caches start empty here whatever other
 * files judged before in the same process (a mutation run does not isolate the test files).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Core from '../src/index.js';

let core: typeof Core;
beforeAll(async () => {
  vi.resetModules();
  core = await import('../src/index.js');
});

type Row = Record<string, Core.RawCell>;

const HEADER = ['Référence', 'Date de naissance', 'Diplôme', 'Type de contrat', 'Date de début', 'Date de fin', 'Durée hebdomadaire', 'Salaire brut mensuel', 'Minimum conventionnel', 'Heures de formation', "Demandeur d'emploi", "Inscrit depuis plus d'un an", 'Minima sociaux', 'Accord de branche', 'Date de signature', 'Date de dépôt', 'Expérience du tuteur (mois)', 'Tutorés du tuteur', 'Tuteur employeur', "Mois à l'étranger", 'Renouvellements', 'Motif du renouvellement'];

// 19 at the start (2024-09-02; 21 on 2026-03-10), bac pro: 65 % of the SMIC (1,148.50 € to October 2024,
// 1,171.17 € from November 2024, D6325-15); 12 months, 300 training hours between 15 % (273 h) and 25 % (455 h);
// deposited within 5 days of the start and of the signature (D6325-1); a tutor of 3 years with 2 tutees.
const BASE: Row = {
  Référence: 'K', 'Date de naissance': '2005-03-10', Diplôme: 'bac pro', 'Type de contrat': 'CDD', 'Date de début': '2024-09-02', 'Date de fin': '2025-08-31', 'Durée hebdomadaire': 35,
  'Salaire brut mensuel': 1200, 'Heures de formation': 300, "Demandeur d'emploi": 'non', 'Accord de branche': 'non', 'Date de signature': '2024-08-30', 'Date de dépôt': '2024-09-04',
  'Expérience du tuteur (mois)': 36, 'Tutorés du tuteur': 2, 'Tuteur employeur': 'non',
};

// 30 at the start (born 1994-05-10), adult regime (L6325-9, D6325-18): the SMIC, 1,766.92 € then 1,801.80 €, or
// 85 % of the conventional minimum if higher; 85 % of 1,500 € is 1,275 €, so the SMIC decides here.
const ADULT: Row = { 'Date de naissance': '1994-05-10', 'Salaire brut mensuel': 2000, 'Minimum conventionnel': 1500 };

let match: Core.HeaderMatch;
const judge = (over: Row) => {
  match ??= core.matchHeaders(HEADER);
  return core.validateRow(
    HEADER.map((h) => ({ ...BASE, ...over })[h] ?? null),
    match,
    {},
  );
};
const codes = (over: Row) => judge(over).findings.map((f) => f.code);
/** The English messages of the findings of `code`. */
const said = (over: Row, code: string) =>
  judge(over)
    .findings.filter((f) => f.code === code)
    .map((f) => f.message.en);

/** A, then B, then A again: each with its own codes. */
function backToBack(a: Row, codesA: string[], b: Row, codesB: string[]): void {
  expect(codes(a)).toEqual(codesA);
  expect(codes(b)).toEqual(codesB);
  expect(codes(a)).toEqual(codesA);
  expect(codes(b)).toEqual(codesB);
}

describe('eligibility (L6325-1, L6325-1-1): kept per start, jobseeker, over 1 year, benefit received, no second cycle, birth', () => {
  it('L6325-1 2°: a jobseeker aged 30 is eligible, the same person not a jobseeker is not, and not stated must be said — judged back to back', () => {
    const yes = { ...ADULT, "Demandeur d'emploi": 'oui' };
    const no = { ...ADULT, "Demandeur d'emploi": 'non' };
    const blank = { ...ADULT, "Demandeur d'emploi": null };
    backToBack(yes, [], no, ['NOT_ELIGIBLE']);
    backToBack(blank, ['ELIGIBILITY_NOT_STATED'], yes, []);
    expect(said(no, 'NOT_ELIGIBLE')).toEqual(['Aged 30 at the start and not a registered jobseeker, with no RSA/ASS/AAH/CUI benefit stated: not eligible unless the person receives one (L6325-1)']);
    expect(said(blank, 'ELIGIBILITY_NOT_STATED')[0]).toMatch(/^Aged 30 at the start: from 26/);
  });

  it('L6325-1-1 b: a jobseeker of 30 registered over a year may have an 18-month action (36 months, priority); registered less, 12 months at most', () => {
    // 2024-09-02 → 2026-03-01: 18 months; 500 training hours are between 15 % (409.5 h) and 25 % (682.5 h) of 2,730 h
    const c = { ...ADULT, "Demandeur d'emploi": 'oui', 'Date de fin': '2026-03-01', 'Heures de formation': 500 };
    const over1y = { ...c, "Inscrit depuis plus d'un an": 'oui' };
    const under1y = { ...c, "Inscrit depuis plus d'un an": 'non' };
    const blank = { ...c, "Inscrit depuis plus d'un an": null };
    backToBack(over1y, [], under1y, ['ACTION_TOO_LONG']);
    backToBack(blank, ['ACTION_TOO_LONG'], over1y, []);
    expect(said(under1y, 'ACTION_TOO_LONG')).toEqual(['The contract lasts 18 months: the maximum is 12 months without a branch agreement; end on 2025-09-01 at the latest (L6325-11, L6325-12)']);
  });

  it('L6325-1 3°: aged 30, not a jobseeker, an RSA beneficiary is eligible; with no benefit ("aucun") not — judged back to back', () => {
    const c = { ...ADULT, "Demandeur d'emploi": 'non' };
    const rsa = { ...c, 'Minima sociaux': 'RSA' };
    const none = { ...c, 'Minima sociaux': 'aucun' };
    backToBack(rsa, [], none, ['NOT_ELIGIBLE']);
    // ASS is received as RSA is: the same answer
    backToBack({ ...c, 'Minima sociaux': 'ASS' }, [], none, ['NOT_ELIGIBLE']);
    expect(said(none, 'NOT_ELIGIBLE')).toEqual(['Aged 30 at the start, neither a registered jobseeker nor an RSA/ASS/AAH/CUI beneficiary: not eligible (L6325-1)']);
  });

  it('L6325-1-1 a: at 19, without a diploma ("aucun"), priority: 18 months allowed; with a CAP (same 55 % rate), 12 months at most', () => {
    // 55 % of the SMIC for both (neither is of bac pro level, D6325-15): 1,200 € is enough; only the priority differs
    const c = { 'Date de fin': '2026-03-01', 'Heures de formation': 500 };
    const none = { ...c, Diplôme: 'aucun' };
    const cap = { ...c, Diplôme: 'cap' };
    backToBack(none, [], cap, ['ACTION_TOO_LONG']);
    // no qualification stated: the row is in error, and nothing makes the person priority either
    backToBack(none, [], { ...c, Diplôme: null }, ['MISSING_VALUE', 'ACTION_TOO_LONG']);
    expect(said(cap, 'ACTION_TOO_LONG')[0]).toMatch(/^The contract lasts 18 months: the maximum is 12 months without a branch agreement/);
  });

  it('L6325-1 1° and 2°: not a jobseeker, 25 at the start (born 1998-09-03) is eligible, 26 (born a day earlier) is not', () => {
    const c = { ...ADULT, "Demandeur d'emploi": 'non', 'Minima sociaux': 'aucun' };
    const born25 = { ...c, 'Date de naissance': '1998-09-03' };
    const born26 = { ...c, 'Date de naissance': '1998-09-02' };
    backToBack(born25, [], born26, ['NOT_ELIGIBLE']);
    expect(said(born26, 'NOT_ELIGIBLE')[0]).toMatch(/^Aged 26 at the start/);
  });

  it('L6325-1: 16 at the start (born 2008-09-02) may sign, 15 (born 2008-09-03) may not', () => {
    backToBack({ 'Date de naissance': '2008-09-02' }, [], { 'Date de naissance': '2008-09-03' }, ['NOT_ELIGIBLE_AGE']);
    expect(said({ 'Date de naissance': '2008-09-03' }, 'NOT_ELIGIBLE_AGE')).toEqual(['Aged 15 at the start: the contract is open from 16 (L6325-1)']);
  });

  it('L6325-1: born 1998-09-03, not a jobseeker, a start on 2024-09-02 (25) is eligible, on 2024-09-03 (26) not', () => {
    const c = { ...ADULT, 'Date de naissance': '1998-09-03', "Demandeur d'emploi": 'non', 'Minima sociaux': 'aucun' };
    backToBack({ ...c, 'Date de début': '2024-09-02' }, [], { ...c, 'Date de début': '2024-09-03' }, ['NOT_ELIGIBLE']);
  });
});

describe('duration (L6325-11, L6325-12): kept per start, priority, branch agreement; the length in months per start and end', () => {
  it('L6325-12: an 18-month contract at 19 (bac pro, not priority) is allowed with a branch agreement, not without, and said so when not stated', () => {
    const c = { 'Date de fin': '2026-03-01', 'Heures de formation': 500 };
    const yes = { ...c, 'Accord de branche': 'oui' };
    const no = { ...c, 'Accord de branche': 'non' };
    const blank = { ...c, 'Accord de branche': null };
    backToBack(yes, [], no, ['ACTION_TOO_LONG']);
    backToBack(blank, ['ACTION_TOO_LONG'], yes, []);
    expect(said(blank, 'ACTION_TOO_LONG')).toEqual(['The contract lasts 18 months: the maximum is 12 months without a branch agreement (branch agreement not stated: with one, up to 24); end on 2025-09-01 at the latest (L6325-11, L6325-12)']);
  });

  it('L6325-11: ending 2025-09-01, 12 months from a start on 2024-09-02 is allowed, from 2024-09-01 it is a day too long', () => {
    const c = { 'Date de fin': '2025-09-01' };
    backToBack({ ...c, 'Date de début': '2024-09-02' }, [], { ...c, 'Date de début': '2024-09-01' }, ['ACTION_TOO_LONG']);
    expect(said({ ...c, 'Date de début': '2024-09-01' }, 'ACTION_TOO_LONG')[0]).toMatch(/end on 2025-08-31 at the latest/);
  });

  it('L6325-11: from 2024-09-02, ending 2025-03-01 (6 months) is allowed, ending 2025-02-28 is too short', () => {
    backToBack({ 'Date de fin': '2025-03-01', 'Heures de formation': 200 }, [], { 'Date de fin': '2025-02-28', 'Heures de formation': 200 }, ['ACTION_TOO_SHORT']);
    expect(said({ 'Date de fin': '2025-02-28', 'Heures de formation': 200 }, 'ACTION_TOO_SHORT')).toEqual(['The contract lasts 5.9 months, less than 6: it must end on 2025-03-01 at the earliest (L6325-11)']);
  });
});

describe('training hours (L6325-13): kept per length in months, weekly hours, start', () => {
  it('L6325-13: 300 h are within 25 % of a 12-month contract (455 h) but above 25 % of a 6-month one (227.5 h) — the same start, ends apart', () => {
    const six = { 'Date de fin': '2025-03-01' };
    const twelve = { 'Date de fin': '2025-08-31' };
    backToBack(six, ['TRAINING_HOURS_ABOVE_25_PERCENT'], twelve, []);
    expect(said(six, 'TRAINING_HOURS_ABOVE_25_PERCENT')).toEqual(['300 training hours exceed 25 % of the contract (227.5 h): allowed only by a branch agreement (L6325-13, L6325-14)']);
  });

  it('L6325-13: 400 h are within 25 % of 12 months at 35 h a week (455 h), above 25 % at 24 h a week (312 h)', () => {
    backToBack({ 'Heures de formation': 400, 'Durée hebdomadaire': 35 }, [], { 'Heures de formation': 400, 'Durée hebdomadaire': 24 }, ['TRAINING_HOURS_ABOVE_25_PERCENT']);
    expect(said({ 'Heures de formation': 400, 'Durée hebdomadaire': 24 }, 'TRAINING_HOURS_ABOVE_25_PERCENT')[0]).toMatch(/\(312 h\)/);
  });

  it('L6325-13: 290 h are at least 15 % of 12 months at 35 h (273 h), under 15 % at 40 h (312 h)', () => {
    // 1,600 € covers 65 % of the SMIC with the overtime premium of the 5 hours (L3121-36, said as unverified)
    const c = { 'Heures de formation': 290, 'Salaire brut mensuel': 1600 };
    backToBack({ ...c, 'Durée hebdomadaire': 35 }, [], { ...c, 'Durée hebdomadaire': 40 }, ['UNVERIFIED_VALUE', 'TRAINING_HOURS_TOO_LOW']);
    expect(said({ ...c, 'Durée hebdomadaire': 40 }, 'TRAINING_HOURS_TOO_LOW')).toEqual(['290 training hours: at least 312 h are required (15 % of 2080 h, and never under 150 h) (L6325-13)']);
  });

  it('L6325-13 in force from 2016-08-10: 500 h over 12 months (35 h, hours not stated) exceed 25 % (455 h) from a start on 2016-08-10; a day earlier no bound is held', () => {
    // the same length (12 months) from either start; no SMIC held before 2017, no deposit rule before 2016-09-01
    const c = { 'Date de naissance': '1995-01-01', 'Durée hebdomadaire': null, 'Heures de formation': 500, 'Date de signature': null, 'Date de dépôt': null };
    const aug10 = { ...c, 'Date de début': '2016-08-10', 'Date de fin': '2017-08-09' };
    const aug9 = { ...c, 'Date de début': '2016-08-09', 'Date de fin': '2017-08-08' };
    const fields = (r: Row) => judge(r).findings.map((f) => `${f.code} ${f.field}`);
    for (let i = 0; i < 2; i++) {
      expect(fields(aug10)).toEqual(['NOT_STATED weekly_hours', 'NO_LAW_FOR_DATE start_date', 'TRAINING_HOURS_ABOVE_25_PERCENT training_hours', 'NO_LAW_FOR_DATE deposit_date']);
      expect(fields(aug9)).toEqual(['NOT_STATED weekly_hours', 'NO_LAW_FOR_DATE start_date', 'NO_LAW_FOR_DATE training_hours', 'NO_LAW_FOR_DATE deposit_date']);
    }
    expect(said(aug10, 'TRAINING_HOURS_ABOVE_25_PERCENT')).toEqual(['500 training hours exceed 25 % of the contract (455 h): allowed only by a branch agreement (L6325-13, L6325-14)']);
  });
});

describe('minimum pay (L6325-8, L6325-9, D6325-15, D6325-16, D6325-18): segments kept per start, end, level, conventional minimum, hours, adult or higher-band date', () => {
  it('D6325-15: 1,140 € from 2024-10-31 falls below the October minimum (1,148.50 €) and the November one; from 2024-11-01 only the November one (1,171.17 €)', () => {
    const c = { 'Salaire brut mensuel': 1140, 'Date de fin': '2025-10-30', 'Date de signature': '2024-10-29', 'Date de dépôt': '2024-11-01' };
    const oct31 = { ...c, 'Date de début': '2024-10-31' };
    const nov1 = { ...c, 'Date de début': '2024-11-01' };
    backToBack(oct31, ['SALARY_BELOW_MINIMUM', 'SALARY_BELOW_MINIMUM'], nov1, ['SALARY_BELOW_MINIMUM']);
    expect(said(oct31, 'SALARY_BELOW_MINIMUM').map((m) => m.replace(/ \(.*/, ''))).toEqual(['Salary €1,140.00 is below the minimum of €1,148.50 due from October 2024', 'Salary €1,140.00 is below the minimum of €1,171.17 due from November 2024']);
    expect(said(nov1, 'SALARY_BELOW_MINIMUM')[0]).toMatch(/^Salary €1,140.00 is below the minimum of €1,171.17 due from November 2024 .*from 2024-11-01$/);
  });

  it('D6325-15: 1,180 € is enough to 2025-12-31 (1,171.17 €), not once the SMIC of 2026-01-01 applies (12.02 € × 151 2/3 h × 65 % = 1,184.971… €, 1,184.98 € to the cent up) — the same start, ends a day apart', () => {
    const c = { 'Salaire brut mensuel': 1180, 'Date de début': '2025-03-03', 'Date de signature': '2025-02-28', 'Date de dépôt': '2025-03-05' };
    const dec31 = { ...c, 'Date de fin': '2025-12-31' };
    const jan1 = { ...c, 'Date de fin': '2026-01-01' };
    backToBack(dec31, [], jan1, ['SALARY_BELOW_MINIMUM']);
    expect(said(jan1, 'SALARY_BELOW_MINIMUM')[0]).toMatch(/^Salary €1,180.00 is below the minimum of €1,184.98 due from January 2026/);
  });

  it('D6325-15: 1,100 € at 19 is enough with a general bac (55 %), not with a bac pro (65 %: 1,148.50 € then 1,171.17 €)', () => {
    const c = { 'Salaire brut mensuel': 1100 };
    backToBack({ ...c, Diplôme: 'bac' }, [], { ...c, Diplôme: 'bac pro' }, ['SALARY_BELOW_MINIMUM', 'SALARY_BELOW_MINIMUM']);
  });

  it('D6325-15: 1,100 € at 19 with a bac pro is below 65 % of the SMIC for 35 h a week, enough for 30 h (1,003.86 € from November 2024)', () => {
    const c = { 'Salaire brut mensuel': 1100 };
    backToBack({ ...c, 'Durée hebdomadaire': 35 }, ['SALARY_BELOW_MINIMUM', 'SALARY_BELOW_MINIMUM'], { ...c, 'Durée hebdomadaire': 30 }, []);
  });

  it('D6325-15: a salary finer than the cent (1,100.555 €) is compared exactly and shown to the cent, below 1,148.50 € then 1,171.17 €; 1,200 € (whole cents) is enough', () => {
    const fine = { 'Salaire brut mensuel': 1100.555 };
    backToBack(fine, ['SALARY_BELOW_MINIMUM', 'SALARY_BELOW_MINIMUM'], { 'Salaire brut mensuel': 1200 }, []);
    expect(said(fine, 'SALARY_BELOW_MINIMUM').map((m) => m.replace(/ \(.*/, ''))).toEqual(['Salary €1,100.56 is below the minimum of €1,148.50 due from September 2024', 'Salary €1,100.56 is below the minimum of €1,171.17 due from November 2024']);
    expect(judge(fine).findings[0].message.fr).toMatch(/^Salaire de 1\u202f100,56 € inférieur au minimum de 1\u202f148,50 €/);
  });

  it('D6325-18: at 30, 2,000 € is below 85 % of a 2,400 € conventional minimum (2,040 €), enough for 2,300 € (1,955 €: the SMIC decides), and unchecked when not stated', () => {
    const c = { ...ADULT, "Demandeur d'emploi": 'oui' };
    const high = { ...c, 'Minimum conventionnel': 2400 };
    const low = { ...c, 'Minimum conventionnel': 2300 };
    const blank = { ...c, 'Minimum conventionnel': null };
    backToBack(high, ['SALARY_BELOW_MINIMUM'], low, []);
    backToBack(blank, ['CONVENTIONAL_MINIMUM_NOT_STATED'], high, ['SALARY_BELOW_MINIMUM']);
    // the same 2,040 € through the November 2024 SMIC revaluation: said once
    expect(said(high, 'SALARY_BELOW_MINIMUM')[0]).toMatch(/^Salary €2,000.00 is below the minimum of €2,040.00 due from September 2024/);
  });

  it('L6325-9 / D6325-15: 1,600 € is below the SMIC at 26 at the start (born 1998-09-02), enough at 25 (born 1998-09-03: 80 %, 1,441.44 €) — born the same month', () => {
    const c = { ...ADULT, "Demandeur d'emploi": 'oui', 'Salaire brut mensuel': 1600 };
    const at26 = { ...c, 'Date de naissance': '1998-09-02' };
    const at25 = { ...c, 'Date de naissance': '1998-09-03' };
    backToBack(at26, ['SALARY_BELOW_MINIMUM', 'SALARY_BELOW_MINIMUM'], at25, []);
    expect(said(at26, 'SALARY_BELOW_MINIMUM').map((m) => m.replace(/ \(.*/, ''))).toEqual(['Salary €1,600.00 is below the minimum of €1,766.92 due from September 2024', 'Salary €1,600.00 is below the minimum of €1,801.80 due from November 2024']);
  });

  it('D6325-16: 1,300 € with a bac pro falls below 80 % from the month after the 21st birthday (born 2003-12-10: from 2025-01-01), not for one 21 after the end (born 2004-12-10)', () => {
    const c = { 'Salaire brut mensuel': 1300 };
    const b2003 = { ...c, 'Date de naissance': '2003-12-10' };
    const b2004 = { ...c, 'Date de naissance': '2004-12-10' };
    backToBack(b2003, ['SALARY_BELOW_MINIMUM'], b2004, []);
    expect(said(b2003, 'SALARY_BELOW_MINIMUM')[0]).toMatch(/^Salary €1,300.00 is below the minimum of €1,441.44 due from January 2025 .*from 2025-01-01$/);
  });
});

describe('deposit (D6325-1): deadline kept per start, signature limit per signature date', () => {
  it('D6325-1: deposited 2024-09-07, 5 days after a start on 2024-09-02 is in time, after a start on 2024-09-01 late', () => {
    const c = { 'Date de dépôt': '2024-09-07', 'Date de signature': '2024-09-02' };
    backToBack({ ...c, 'Date de début': '2024-09-02' }, [], { ...c, 'Date de début': '2024-09-01' }, ['DEPOSIT_LATE']);
    expect(said({ ...c, 'Date de début': '2024-09-01' }, 'DEPOSIT_LATE')[0]).toMatch(/after the deadline of 2024-09-06 \(5 days after the start 2024-09-01\)/);
  });

  it('D6325-1: deposited 2024-09-04, 5 days after a signature on 2024-08-30 → nothing; 6 days after one on 2024-08-29 → information', () => {
    backToBack({ 'Date de signature': '2024-08-30' }, [], { 'Date de signature': '2024-08-29' }, ['DEPOSIT_AFTER_SIGNATURE_PLUS_5']);
  });
});

describe('tutor (D6325-6, D6325-9): answers kept per date, experience, tutees, employer or not', () => {
  it('D6325-6: 24 months of experience are enough, 23 are not; a negative count is read as none', () => {
    backToBack({ 'Expérience du tuteur (mois)': 24 }, [], { 'Expérience du tuteur (mois)': 23 }, ['TUTOR_EXPERIENCE']);
    expect(said({ 'Expérience du tuteur (mois)': 23 }, 'TUTOR_EXPERIENCE')[0]).toMatch(/^Tutor has 23 months of experience: at least 24/);
    backToBack({ 'Expérience du tuteur (mois)': -1 }, ['TUTOR_EXPERIENCE'], { 'Expérience du tuteur (mois)': 24 }, []);
  });

  it('D6325-9: 3 tutees are fine for a salaried tutor, too many for the employer; 2 are fine for the employer', () => {
    backToBack({ 'Tutorés du tuteur': 3, 'Tuteur employeur': 'non' }, [], { 'Tutorés du tuteur': 3, 'Tuteur employeur': 'oui' }, ['TUTOR_OVERLOAD']);
    backToBack({ 'Tutorés du tuteur': 2, 'Tuteur employeur': 'oui' }, [], { 'Tutorés du tuteur': 3, 'Tuteur employeur': 'oui' }, ['TUTOR_OVERLOAD']);
    backToBack({ 'Tutorés du tuteur': 3, 'Tuteur employeur': 'non' }, [], { 'Tutorés du tuteur': 4, 'Tuteur employeur': 'non' }, ['TUTOR_OVERLOAD']);
    backToBack({ 'Tutorés du tuteur': 3, 'Tuteur employeur': null }, ['TUTOR_EMPLOYER_NOT_STATED'], { 'Tutorés du tuteur': 2, 'Tuteur employeur': null }, []);
    expect(said({ 'Tutorés du tuteur': 3, 'Tuteur employeur': 'oui' }, 'TUTOR_OVERLOAD')[0]).toMatch(/at most 2 for an employer acting as tutor/);
    expect(said({ 'Tutorés du tuteur': 4, 'Tuteur employeur': 'non' }, 'TUTOR_OVERLOAD')[0]).toMatch(/at most 3 for a salaried tutor/);
  });

  it('D6325-6 in force from 2014-08-28: a tutor of 12 months is judged on a start of 2014-08-28, not on 2014-08-27 (before the law held)', () => {
    // the end before the start: only the tutor is judged, on the start date
    const c = { 'Date de fin': '2014-01-01', 'Expérience du tuteur (mois)': 12, 'Date de signature': null, 'Date de dépôt': null };
    const a = { ...c, 'Date de début': '2014-08-28' };
    const b = { ...c, 'Date de début': '2014-08-27' };
    // no maximum weekly hours held before 2016-08-10 either: said on both
    backToBack(a, ['WEEKLY_HOURS_OUT_OF_RANGE', 'END_BEFORE_START', 'TUTOR_EXPERIENCE'], b, ['WEEKLY_HOURS_OUT_OF_RANGE', 'END_BEFORE_START', 'NO_LAW_FOR_DATE']);
    expect(said(b, 'NO_LAW_FOR_DATE')).toEqual(['2014-08-27 is outside the period the law store covers for professionalisation tutor conditions (2014-08-28 onwards)']);
  });
});

describe('mobility abroad (L6325-25): the most months kept per start and length', () => {
  it('L6325-25 (2023 version): 7 months abroad are above half of 12 months (6), within half of 18 months (9)', () => {
    const c = { "Mois à l'étranger": 7, 'Accord de branche': 'oui', 'Heures de formation': 420 };
    const twelve = { ...c, 'Date de fin': '2025-08-31' };
    const eighteen = { ...c, 'Date de fin': '2026-03-01' };
    backToBack(twelve, ['ABROAD_TOO_LONG'], eighteen, []);
    expect(said(twelve, 'ABROAD_TOO_LONG')).toEqual(['7 months abroad: at most 12 months and half of the contract allows 6 here (L6325-25)']);
  });

  it('L6325-25: 10 months abroad in 18 months, started 2023-12-28 (12 months, 6 in France: 12) → fine; started 2023-12-29 (half: 9) → too long', () => {
    const c = { "Mois à l'étranger": 10, 'Accord de branche': 'oui', 'Heures de formation': 500, 'Date de signature': '2023-12-27', 'Date de dépôt': '2023-12-29' };
    const dec28 = { ...c, 'Date de début': '2023-12-28', 'Date de fin': '2025-06-27' };
    const dec29 = { ...c, 'Date de début': '2023-12-29', 'Date de fin': '2025-06-28' };
    backToBack(dec28, [], dec29, ['ABROAD_TOO_LONG']);
    expect(said(dec29, 'ABROAD_TOO_LONG')[0]).toMatch(/allows 9 here/);
  });
});

describe('the bound of the row caches (4,096 keys each): emptied when full, never a stale answer', () => {
  it('L6325-1: a jobseeker of 30 and the same person not a jobseeker, judged before and after 4,200 other contracts (every key of every cache new)', () => {
    const yes = { ...ADULT, "Demandeur d'emploi": 'oui' };
    const no = { ...ADULT, "Demandeur d'emploi": 'non' };
    backToBack(yes, [], no, ['NOT_ELIGIBLE']);
    // each row another start, end, birth (17 at the start: the pay is checked, under 26 so per higher-band date),
    // signature, deposit, tutor's experience and months abroad: a new key in every cache (length, eligibility,
    // duration, segments, higher band, training, deposit, signature, tutor, abroad)
    const day = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
    let judged = 0;
    for (let i = 1; i <= 4200; i++) {
      const start = day('2019-01-07', i);
      const v = judge({ 'Date de début': start, 'Date de fin': day(start, 300 + (i % 60)), 'Date de naissance': day('2002-01-01', i), 'Date de signature': day(start, -3), 'Date de dépôt': day(start, 2), 'Expérience du tuteur (mois)': 24 + i, "Mois à l'étranger": 1 + (i % 3) });
      if (v.findings.length >= 0) judged++;
    }
    expect(judged).toBe(4200);
    backToBack(yes, [], no, ['NOT_ELIGIBLE']);
    backToBack({ 'Salaire brut mensuel': 1100, Diplôme: 'bac' }, [], { 'Salaire brut mensuel': 1100, Diplôme: 'bac pro' }, ['SALARY_BELOW_MINIMUM', 'SALARY_BELOW_MINIMUM']);
    backToBack({ 'Date de fin': '2025-03-01' }, ['TRAINING_HOURS_ABOVE_25_PERCENT'], { 'Date de fin': '2025-08-31' }, []);
    backToBack({ 'Date de signature': '2024-08-30' }, [], { 'Date de signature': '2024-08-29' }, ['DEPOSIT_AFTER_SIGNATURE_PLUS_5']);
  });
});

describe('cells read once per text (parse.ts): each text its own value, back to back and past the bound', () => {
  it('dates (datesSeen, 16,384 kept): 02/09/2024 and 03/09/2024 back to back; 16,500 distinct dates, then the first again', () => {
    for (let i = 0; i < 2; i++) {
      expect(core.readDate('02/09/2024')).toBe('2024-09-02');
      expect(core.readDate('03/09/2024')).toBe('2024-09-03');
      expect(core.readDate('31/02/2024')).toBeNull();
      // Excel's serial 45537 is 2024-09-02, as a number and as its text
      expect(core.readDate(45537)).toBe('2024-09-02');
      expect(core.readDate(45538)).toBe('2024-09-03');
    }
    const t0 = Date.UTC(1960, 0, 1);
    const fr = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
    let right = 0;
    for (let i = 0; i < 16_500; i++) {
      const iso = new Date(t0 + i * 86_400_000).toISOString().slice(0, 10);
      if (core.readDate(fr(iso)) === iso) right++;
    }
    expect(right).toBe(16_500);
    expect(core.readDate('02/09/2024')).toBe('2024-09-02');
    expect(core.readDate('01/01/1960')).toBe('1960-01-01');
    expect(core.readDate('31/02/2024')).toBeNull();
  });

  it('numbers (numbersSeen, 16,384 kept): "35" and "35,5" back to back, "1,234" ambiguous; 16,500 distinct texts, then the first again', () => {
    for (let i = 0; i < 2; i++) {
      expect(core.readNumber('35')).toBe(35);
      expect(core.readNumber('35,5')).toBe(35.5);
      expect(core.readNumber('1,234')).toBeNull();
      expect(core.readNumber('1 234,5')).toBe(1234.5);
    }
    let right = 0;
    for (let i = 0; i < 16_500; i++) if (core.readNumber(`${i},25`) === i + 0.25) right++;
    expect(right).toBe(16_500);
    expect(core.readNumber('35')).toBe(35);
    expect(core.readNumber('0,25')).toBe(0.25);
    expect(core.readNumber('1,234')).toBeNull();
  });

  it('yes/no (yesNoSeen, 256 kept): oui, non and an unreadable text back to back; 300 distinct texts, then the first again', () => {
    for (let i = 0; i < 2; i++) {
      expect(core.readYesNo('oui')).toBe(true);
      expect(core.readYesNo('non')).toBe(false);
      expect(core.readYesNo('peut-être')).toBeNull();
    }
    let right = 0;
    for (let i = 1; i <= 300; i++) if (core.readYesNo(' '.repeat(i) + (i % 2 ? 'oui' : 'non')) === (i % 2 === 1)) right++;
    expect(right).toBe(300);
    expect(core.readYesNo('oui')).toBe(true);
    expect(core.readYesNo('non')).toBe(false);
    expect(core.readYesNo('peut-être')).toBeNull();
  });

  it('contract type (typeSeen, 256 kept): CDD, CDI, a kind alone (no type) and neither, back to back; 300 distinct texts, then the first again', () => {
    for (let i = 0; i < 2; i++) {
      expect(core.readContractType('CDD')).toBe('CDD');
      expect(core.readContractType('CDI')).toBe('CDI');
      expect(core.readContractType('Apprentissage')).toBeUndefined();
      expect(core.readContractType('stage')).toBeNull();
      expect(core.readContractType('Contrat pro – CDI')).toBe('CDI');
    }
    let right = 0;
    for (let i = 1; i <= 300; i++) if (core.readContractType(`${i % 2 ? 'CDD' : 'CDI'} ${i}`) === (i % 2 ? 'CDD' : 'CDI')) right++;
    expect(right).toBe(300);
    expect(core.readContractType('CDD')).toBe('CDD');
    expect(core.readContractType('Apprentissage')).toBeUndefined();
    expect(core.readContractType('stage')).toBeNull();
  });

  it('contract nature (natureSeen, 256 kept): « CDD apprentissage », « Contrat pro – CDI », « stage » back to back; 300 distinct texts, then the first again', () => {
    for (let i = 0; i < 2; i++) {
      expect(core.readContractNature('CDD apprentissage')).toEqual({ kind: 'apprenticeship', type: 'CDD' });
      expect(core.readContractNature('Contrat pro – CDI')).toEqual({ kind: 'professionalisation', type: 'CDI' });
      expect(core.readContractNature('stage')).toBeNull();
    }
    let right = 0;
    for (let i = 1; i <= 300; i++) {
      const n = core.readContractNature(i % 2 ? `Apprentissage ${i}` : `CDI ${i}`);
      if (JSON.stringify(n) === (i % 2 ? '{"kind":"apprenticeship"}' : '{"type":"CDI"}')) right++;
    }
    expect(right).toBe(300);
    expect(core.readContractNature('CDD apprentissage')).toEqual({ kind: 'apprenticeship', type: 'CDD' });
    expect(core.readContractNature('stage')).toBeNull();
  });
});

describe('a minimum computed by big.js (hours not in hundredths) against a salary read in whole cents', () => {
  it('D6325-15: 19, bac pro, 30.125 h a week from 2024-11-01: 11.88 × 30.125 × 52/12 × 65 % = 1,008.04275 € → 1,008.05 €; 1,008.04 € is below, 1,008.05 € is not', () => {
    const row = { 'Date de début': '2024-11-01', 'Date de fin': '2025-10-31', 'Durée hebdomadaire': 30.125, 'Date de dépôt': '2024-11-04', 'Date de signature': '2024-10-30' };
    expect(said({ ...row, 'Salaire brut mensuel': 1008.04 }, 'SALARY_BELOW_MINIMUM')).toEqual([
      'Salary €1,008.04 is below the minimum of €1,008.05 due from November 2024 (65 % of the SMIC: €11.88 an hour × 30.125 h a week × 52/12): pay at least €1,008.05 from 2024-11-01',
    ]);
    expect(codes({ ...row, 'Salaire brut mensuel': 1008.05 })).not.toContain('SALARY_BELOW_MINIMUM');
  });
});
