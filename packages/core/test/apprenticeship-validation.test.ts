/**
 * Apprenticeship rows through the validation engine (validateRow / validateSheet), each rule worked by
 * hand from the articles. The SMIC is the store's: 11.65 €/h from 2024-01-01 to 2024-10-31, so a full-time
 * month is 11.65 × 35 × 52/12 = 1,766.9166… € and a minimum is rate × that, rounded UP to the cent
 * (decision minimum-rounded-up). 2019 grid (contracts concluded from 2019): under 18 27/39/55 %, 18–20
 * 43/51/67 %, 21–25 53/61/78 %, 26 and over 100 %.
 */
import { describe, expect, it } from 'vitest';
import { columnsLines, describeColumns, matchHeaders, readContractNature, readContractType, smicOn, validateRow, validateSheet, type RawCell } from '../src/index.js';

const HEADER = [
  'Matricule', 'Dispositif', 'Date de naissance', 'Diplôme', 'Date de début', 'Date de fin', 'Salaire brut mensuel', 'Date de signature',
  'Durée du cycle de formation', 'Dernière année du contrat précédent', 'Même niveau', 'Niveau de la formation', 'Fin de prolongation',
];
const match = matchHeaders(HEADER);

interface Row {
  kind?: string;
  birth: string;
  start: string;
  end: string;
  salary: number | string;
  signature?: string;
  cycle?: number;
  previous?: number;
  same?: string;
  level?: string;
  prolongation?: string;
}
const cells = (r: Row): RawCell[] => ['A1', r.kind ?? 'Apprentissage', r.birth, '', r.start, r.end, r.salary, r.signature ?? '', r.cycle ?? '', r.previous ?? '', r.same ?? '', r.level ?? '', r.prolongation ?? ''];
const judge = (r: Row) => validateRow(cells(r), match);
const codes = (r: Row) => judge(r).findings.filter((f) => f.severity !== 'info').map((f) => f.code);
const salaryFindings = (r: Row) => judge(r).findings.filter((f) => f.code === 'APP_SALARY_BELOW_MINIMUM');

describe('the store gives the SMIC used by hand below', () => {
  it('11.65 €/h in 2024 (before November): 11.65 × 35 × 52/12 = 1,766.9166… €', () => {
    expect(smicOn('2024-03-01').hourly.toString()).toBe('11.65');
    expect(smicOn('2024-10-01').hourly.toString()).toBe('11.65');
  });
});

describe('the header vocabulary recognises the apprenticeship columns', () => {
  it('Dispositif, cycle, previous contract, same level, training level, prolongation end', () => {
    expect(match.columns).toMatchObject({ contract_kind: 1, training_cycle_years: 8, previous_contract_year: 9, same_level: 10, training_level: 11, prolongation_end: 12 });
    expect(match.missingRequired).toEqual([]);
  });
  it('Type d’alternance is the kind; Type de contrat stays the CDD/CDI column', () => {
    const m = matchHeaders(["Type d'alternance", 'Type de contrat', 'Date naissance', 'Début', 'Fin', 'Salaire']);
    expect([m.columns.contract_kind, m.columns.contract_type]).toEqual([0, 1]);
  });
});

describe('the kind and the type of a « Type de contrat » cell', () => {
  it('« Apprentissage » / « Contrat d’apprentissage » are a kind without a type; « CDD » a type without a kind; « CDD apprentissage » both', () => {
    expect(readContractNature('Apprentissage')).toEqual({ kind: 'apprenticeship' });
    expect(readContractNature("Contrat d'apprentissage")).toEqual({ kind: 'apprenticeship' });
    expect(readContractNature('Professionnalisation')).toEqual({ kind: 'professionalisation' });
    expect(readContractNature('Contrat pro')).toEqual({ kind: 'professionalisation' });
    expect(readContractNature('CDD')).toEqual({ type: 'CDD' });
    expect(readContractNature('CDD apprentissage')).toEqual({ kind: 'apprenticeship', type: 'CDD' });
    expect(readContractNature('Contrat pro - CDI')).toEqual({ kind: 'professionalisation', type: 'CDI' });
    expect(readContractNature('stage')).toBeNull();
    expect([readContractType('CDD'), readContractType('CDI'), readContractType('Apprentissage'), readContractType('CDD apprentissage'), readContractType('stage')]).toEqual(['CDD', 'CDI', undefined, 'CDD', null]);
  });
});

describe('D6222-28: a prolongation after an exam failure is paid at the rate of the last year before it', () => {
  // Born 2004-01-15, contract 2022-03-01 → 2024-02-29 (2 years), prolonged to 2024-08-31: aged 20 in 2024 (18–20 band).
  const base = { birth: '2004-01-15', start: '2022-03-01', end: '2024-02-29', prolongation: '2024-08-31' };
  it('March–August 2024 are paid as year 2: 51 % × 1,766.9166… = 901.1275 → 901,13 €, so 901,13 € is compliant (a 3rd year would be 67 % → 1 183,84 €)', () => {
    expect(salaryFindings({ ...base, salary: 901.13 })).toEqual([]);
    expect(judge({ ...base, salary: 901.13 }).status).toBe('ok');
  });
  it('901,12 € falls below the 901,13 € of January 2024 (year 2, SMIC 11.65 €/h) and cites D6222-28', () => {
    const [f] = salaryFindings({ ...base, salary: 901.12 });
    expect(f.message.fr).toContain('minimum de 901,13 €');
    expect(f.message.fr).toContain('janvier 2024');
    expect(f.articles).toContain('D6222-28');
  });
  it('the same months inside the contract (end 2024-08-31, no prolongation) are its 3rd year: 67 % → 1 183,84 € from March 2024', () => {
    const fs = salaryFindings({ ...base, end: '2024-08-31', prolongation: undefined, salary: 901.13 });
    expect(fs[0].message.fr).toContain('minimum de 1\u202f183,84 € dû à l\'apprenti à partir de mars 2024');
  });
  it('L6222-11: a prolongation of more than a year is refused (2024-02-29 + 1 year → 2025-02-28 at the latest)', () => {
    expect(codes({ ...base, prolongation: '2025-03-31', salary: 1500 })).toContain('APP_PROLONGATION_TOO_LONG');
    expect(codes({ ...base, prolongation: '2025-02-28', salary: 1500 })).not.toContain('APP_PROLONGATION_TOO_LONG');
    // a prolongation ending on or before the contract's end is no prolongation
    expect(codes({ ...base, prolongation: '2024-02-29', salary: 1500 })).toContain('APP_PROLONGATION_NOT_AFTER_END');
  });
});

describe('D6222-28-1: a contract shorter than the training cycle is paid as if the earlier years were done', () => {
  // Born 2006-06-10, aged 17 on 2024-01-01 (under-18 band until 1 July 2024), 10-month contract (1 year) in a 3-year cycle.
  const base = { birth: '2006-06-10', start: '2024-01-01', end: '2024-10-31' };
  it('year paid = 1 + 3 − 1 = 3: 55 % × 1,766.9166… = 971.8041… → 971,81 € from January 2024, so 971,80 € is below it', () => {
    const [f] = salaryFindings({ ...base, cycle: 3, salary: 971.8 });
    expect(f.message.fr).toContain('minimum de 971,81 € dû à l\'apprenti à partir de janvier 2024');
    expect(f.message.fr).toContain("55 % du SMIC : 11,65 € de l'heure × 151 2/3 h par mois");
    expect(f.articles).toContain('D6222-28-1');
  });
  it('without the cycle the contract is in its 1st year: 27 % → 477,07 €, then 43 % → 759,78 € from July; 971,80 € is compliant', () => {
    expect(salaryFindings({ ...base, salary: 971.8 })).toEqual([]);
  });
});

describe('D6222-29: a new contract after a diploma is paid at least at the previous contract’s last year', () => {
  // Born 2003-05-20, aged 20 on 2024-01-08 (18–20 band), 21 on 2024-05-20 (21–25 band from 1 June 2024).
  const base = { birth: '2003-05-20', start: '2024-01-08', end: '2024-10-31' };
  it('previous contract ended in its 2nd year: 51 % instead of 43 %, 51 % × 1,766.9166… = 901.1275 → 901,13 € from 8 January 2024', () => {
    const [f] = salaryFindings({ ...base, previous: 2, salary: 901.12 });
    expect(f.message.fr).toContain('minimum de 901,13 € dû à l\'apprenti à partir de janvier 2024');
    expect(f.message.fr).toContain('dès le 08/01/2024');
    expect(f.articles).toContain('D6222-29');
  });
  it('without a previous contract: 43 % → 759,78 € holds until May; the first shortfall is 53 % → 936,47 € from June 2024 (21–25 band)', () => {
    const [f] = salaryFindings({ ...base, salary: 901.12 });
    expect(f.message.fr).toContain('minimum de 936,47 € dû à l\'apprenti à partir de juin 2024');
  });
});

describe('D6222-30 and D6222-31: +15 points for a contract of a year or less at the same level, never above the SMIC', () => {
  it('aged 21 (21–25 band), 1st year: 53 % + 15 = 68 % × 1,766.9166… = 1,201.5033… → 1 201,51 €; 1 201,50 € is below, 1 201,51 € is compliant', () => {
    const base = { birth: '2003-01-10', start: '2024-02-01', end: '2024-10-31', same: 'oui' };
    const [f] = salaryFindings({ ...base, salary: 1201.5 });
    expect(f.message.fr).toContain('minimum de 1\u202f201,51 €');
    expect(f.message.fr).toContain("68 % du SMIC : 11,65 € de l'heure");
    expect(f.articles).toEqual(expect.arrayContaining(['D6222-30', 'D6222-31']));
    expect(salaryFindings({ ...base, salary: 1201.51 })).toEqual([]);
    // not the same level: 53 % → 936,47 €
    expect(salaryFindings({ ...base, same: 'non', salary: 936.47 })).toEqual([]);
  });
  it('D6222-31 al. 2 caps it: aged 26 (100 % band), 100 % + 15 points is capped at 100 % of the SMIC: 1,766.9166… → 1 766,92 € (not 115 % → 2 031,96 €)', () => {
    const base = { birth: '1997-06-01', start: '2024-02-01', end: '2024-10-31', same: 'oui' };
    expect(salaryFindings({ ...base, salary: 1766.92 })).toEqual([]);
    const [f] = salaryFindings({ ...base, salary: 1766.91 });
    expect(f.message.fr).toContain('minimum de 1\u202f766,92 €');
    expect(f.message.fr).not.toContain('2\u202f031,96');
  });
  it('D6222-30 is for a contract of a year or less: on a 2-year contract the same-level column is an error on that column', () => {
    const v = judge({ birth: '2003-01-10', start: '2024-02-01', end: '2026-01-31', same: 'oui', salary: 2000 });
    expect(v.findings.find((f) => f.field === 'same_level' && f.severity === 'error')?.articles).toContain('D6222-30');
  });
});

describe('D6222-32: a licence professionnelle is paid at least at the 2nd-year rate', () => {
  // Born 2002-12-01, aged 21 on 2024-01-15 (21–25 band).
  const base = { birth: '2002-12-01', start: '2024-01-15', end: '2024-10-31' };
  it('« Licence professionnelle commerce » in its 1st year: 61 % × 1,766.9166… = 1,077.8191… → 1 077,82 €; 1 077,81 € is below it', () => {
    const [f] = salaryFindings({ ...base, level: 'Licence professionnelle commerce', salary: 1077.81 });
    expect(f.message.fr).toContain('minimum de 1\u202f077,82 € dû à l\'apprenti à partir de janvier 2024');
    expect(f.articles).toContain('D6222-32');
    expect(salaryFindings({ ...base, level: 'LP', salary: 1077.82 })).toEqual([]);
  });
  it('a BTS in its 1st year: 53 % → 936,47 €, so 1 077,81 € is compliant', () => {
    expect(salaryFindings({ ...base, level: 'BTS', salary: 1077.81 })).toEqual([]);
  });
});

describe('part time and overtime, as the apprentice minimum computes them (L3123-5, L3121-36)', () => {
  const m = matchHeaders(['Dispositif', 'Date de naissance', 'Date de début', 'Date de fin', 'Salaire', 'Durée hebdomadaire']);
  const first = (weekly: number, salary: number) => validateRow(['Apprentissage', '2005-03-10', '2024-01-08', '2024-10-31', salary, weekly], m).findings.filter((f) => f.code === 'APP_SALARY_BELOW_MINIMUM');
  it('24 h a week, aged 18, 1st year: 43 % × 11.65 × 24 × 52/12 = 520.988 → 520,99 €; 520,98 € is below it, 520,99 € is compliant', () => {
    const [f] = first(24, 520.98);
    expect(f.message.fr).toContain('minimum de 520,99 €');
    expect(f.message.fr).toContain("43 % du SMIC : 11,65 € de l'heure × 24 h par semaine × 52/12");
    expect(first(24, 520.99)).toEqual([]);
  });
  it('39 h a week are paid as 35 + 4 × 1.25 = 40 h: 43 % × 11.65 × 40 × 52/12 = 868.3133… → 868,32 €', () => {
    const [f] = first(39, 868.31);
    expect(f.message.fr).toContain('minimum de 868,32 €');
    expect(f.message.fr).toContain('× 40 h par semaine × 52/12');
    expect(first(39, 868.32)).toEqual([]);
  });
});

describe('the grid is the one of the conclusion date (signature date column, else the start)', () => {
  it('signed on 2018-12-20, started 2019-01-07: the pre-2019 grid (18–20, 1st year: 41 %) applies, not the 2019 one (43 %)', () => {
    // SMIC 10.03 €/h in 2019: 10.03 × 151 2/3 = 1,521.2166…; 41 % → 623.6988… → 623,70 €; 43 % → 654.1231… → 654,13 €
    expect(smicOn('2019-01-07').hourly.toString()).toBe('10.03');
    const base = { birth: '2000-03-01', start: '2019-01-07', end: '2019-12-31', salary: 640 };
    expect(salaryFindings({ ...base, signature: '2018-12-20' })).toEqual([]);
    expect(salaryFindings(base)[0].message.fr).toContain('minimum de 654,13 €');
  });
});

describe('L6222-1: age at the start of the apprenticeship', () => {
  const at = (birth: string, start = '2024-09-02') => codes({ birth, start, end: '2025-08-31', salary: 3000 });
  it('14 is refused (APP_NOT_ELIGIBLE_AGE); 15 only after the collège (warning); 16 and 29 are open; 30 needs a case of L6222-2 (warning)', () => {
    expect(at('2009-10-01')).toEqual(['APP_NOT_ELIGIBLE_AGE']);
    expect(at('2009-03-01')).toEqual(['APP_AGE_AFTER_COLLEGE']);
    expect(at('2008-03-01')).toEqual([]);
    expect(at('1994-09-03')).toEqual([]); // 29 until 2 September 2024 included
    expect(at('1994-09-02')).toEqual(['APP_AGE_ABOVE_LIMIT']); // 30 on the start day
  });
  it('the limit is the one in force at the start: 26 was above it in 2018 (25), not in 2019 (29)', () => {
    expect(codes({ birth: '1992-09-03', start: '2018-09-03', end: '2019-08-31', salary: 3000 })).toContain('APP_AGE_ABOVE_LIMIT');
    expect(codes({ birth: '1993-09-02', start: '2019-09-02', end: '2020-08-31', salary: 3000 })).not.toContain('APP_AGE_ABOVE_LIMIT');
  });
});

describe('L6222-7-1: length of the contract', () => {
  const len = (start: string, end: string) => codes({ birth: '2004-01-01', start, end, salary: 3000 }).filter((c) => c.startsWith('APP_DURATION'));
  it('from 2019: 6 months (2024-09-02 → 2025-03-01) is the shortest; a day less is refused', () => {
    expect(len('2024-09-02', '2025-03-01')).toEqual([]);
    expect(len('2024-09-02', '2025-02-28')).toEqual(['APP_DURATION']);
  });
  it('3 years (→ 2027-09-01) is the longest; beyond, only a disabled apprentice (warning) up to 4 years, then refused', () => {
    expect(len('2024-09-02', '2027-09-01')).toEqual([]);
    expect(len('2024-09-02', '2027-09-02')).toEqual(['APP_DURATION_DISABLED']);
    expect(len('2024-09-02', '2028-09-02')).toEqual(['APP_DURATION']);
  });
  it('until 2018 the minimum was a year; 6 months to a year only in the cases of L6222-9 (warning); under 6 months refused', () => {
    expect(len('2018-01-08', '2018-10-07')).toEqual(['APP_DURATION_DEROGATION']);
    expect(len('2018-01-08', '2018-06-30')).toEqual(['APP_DURATION']);
    expect(len('2018-01-08', '2019-01-07')).toEqual([]);
  });
});

describe('required values and checks not made', () => {
  it('no qualification is needed for an apprentice; a sheet with a Dispositif column but no Diplôme column is not refused, its professionalisation rows are in error', () => {
    const m = matchHeaders(['Dispositif', 'Date de naissance', 'Date de début', 'Date de fin', 'Salaire']);
    expect(m.missingRequired).toEqual([]);
    const app = validateRow(['Apprentissage', '2005-03-10', '2024-01-08', '2024-10-31', 800], m);
    const pro = validateRow(['Contrat pro', '2005-03-10', '2024-01-08', '2024-10-31', 800], m);
    expect(app.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(pro.findings.map((f) => f.code)).toContain('REQUIRED_COLUMN_MISSING');
    // without a Dispositif column the Diplôme column is still required (professionalisation sheets as before)
    expect(matchHeaders(['Date de naissance', 'Date de début', 'Date de fin', 'Salaire']).missingRequired).toEqual(['qualification']);
  });
  it('each absent optional column of an apprenticeship row is an info CHECK_NOT_MADE with its article, named once in the summary of a sheet with a Dispositif column', () => {
    const m = matchHeaders(['Dispositif', 'Date de naissance', 'Diplôme', 'Date de début', 'Date de fin', 'Salaire']);
    const v = validateRow(['Apprentissage', '2005-03-10', '', '2024-01-08', '2024-10-31', 800], m);
    const notMade = v.findings.filter((f) => f.code === 'CHECK_NOT_MADE').flatMap((f) => f.articles);
    expect(notMade).toEqual(expect.arrayContaining(['D6222-26', 'D6222-28', 'D6222-28-1', 'D6222-29', 'D6222-30', 'D6222-32']));
    expect(notMade).not.toContain('L6325-13');
    const summary = describeColumns(m, 1).not_checked.map((c) => c.check);
    expect(summary).toEqual(expect.arrayContaining(['training_hours', 'app_cycle', 'app_previous_contract', 'app_same_level', 'app_licence_pro', 'app_prolongation', 'app_conclusion']));
    expect(summary.filter((c) => c === 'weekly_hours')).toHaveLength(1);
    // a sheet without a Dispositif column: the summary is the professionalisation one, as before
    expect(describeColumns(matchHeaders(['Date de naissance', 'Diplôme', 'Date de début', 'Date de fin', 'Salaire']), 1).not_checked.map((c) => c.check)).not.toContain('app_cycle');
  });
  it('without a « Dispositif » column the columns report says how each row is judged; with one it says nothing more', () => {
    const without = columnsLines(describeColumns(matchHeaders(['Type de contrat', 'Date de naissance', 'Diplôme', 'Date de début', 'Date de fin', 'Salaire']), 1), 'fr');
    expect(without).toContain('Pas de colonne « Dispositif » : chaque ligne est jugée comme un contrat de professionnalisation, sauf celles dont le « Type de contrat » dit « Apprentissage ».');
    expect(columnsLines(describeColumns(match, 1), 'en').join('\n')).not.toContain('No "Contract kind" column');
  });
  it('an empty salary is an error on an apprenticeship row too; an unreadable Dispositif is an error', () => {
    expect(codes({ birth: '2005-03-10', start: '2024-01-08', end: '2024-10-31', salary: '' })).toEqual(['MISSING_VALUE']);
    expect(codes({ kind: 'stage', birth: '2005-03-10', start: '2024-01-08', end: '2024-10-31', salary: 800 })).toContain('UNREADABLE_VALUE');
  });
});

describe('a mixed sheet: each row is judged by its own rules', () => {
  it('same person (born 2005-03-10, aged 18), same dates, 800 €: below the professionalisation minimum (under 21: 55 % → 971,81 €, D6325-15) but above the apprentice one (18–20, 1st year: 43 % → 759,78 €)', () => {
    const sheet: RawCell[][] = [
      ['Export alternants'],
      ['Matricule', 'Type de contrat', 'Date naissance', 'Diplôme', 'Début contrat', 'Fin contrat', 'Salaire brut', 'Heures de formation'],
      ['P1', 'CDD', '10/03/2005', 'aucun', '08/01/2024', '31/10/2024', '800,00', 300],
      ['A1', 'Apprentissage', '10/03/2005', '', '08/01/2024', '31/10/2024', '800,00', ''],
      ['A2', "Contrat d'apprentissage", '10/03/2009', '', '08/01/2024', '31/10/2024', '800,00', ''],
      ['TOTAL', '', '', '', '', '', '2 400,00', ''],
    ];
    const r = validateSheet(sheet);
    expect(r.headerRow).toBe(2);
    const byRef = Object.fromEntries(r.rows.map((row) => [row.reference, row.findings.filter((f) => f.severity !== 'info').map((f) => f.code)]));
    expect(byRef.P1).toEqual(['SALARY_BELOW_MINIMUM']);
    expect(r.rows.find((row) => row.reference === 'P1')!.findings.find((f) => f.code === 'SALARY_BELOW_MINIMUM')!.message.fr).toContain('971,81 €');
    expect(byRef.A1).toEqual([]);
    expect(byRef.A2).toEqual(['APP_NOT_ELIGIBLE_AGE']); // 14 on 2024-01-08
    expect(r.summary).toEqual({ rows: 3, ok: 1, warning: 0, error: 2 });
    expect(r.skipped.map((s) => s.text)).toEqual(['TOTAL']);
  });
});
