/**
 * Reading real HR exports: headers as French payroll and HR systems write them, title rows above the
 * header, totals below the data, explicit mappings, and the rule that "OK" only covers the checks made.
 */
import { describe, expect, it } from 'vitest';
import {
  checkMapping,
  classifyRow,
  columnsLines,
  describeColumns,
  detectHeaderRow,
  isTotalRow,
  MappingError,
  matchHeaders,
  notCheckedText,
  OPTIONAL_CHECKS,
  scoreHeader,
  synonymTableSize,
  validateSheet,
  type RawCell,
} from '../src/index.js';

const best = (header: string) => {
  const m = matchHeaders([header]);
  return Object.keys(m.columns)[0] ?? m.ignored[0]?.reason;
};

describe('headers of real exports are recognised without renaming', () => {
  const SETS: Record<string, string[]> = {
    birth_date: ['Date naissance', 'Date de naissance (JJ/MM/AAAA)', 'Né(e) le', 'DATE_NAISSANCE', 'Date naiss.', 'DateNaissance', 'Date of birth'],
    qualification: ['Niveau diplôme', 'Diplôme obtenu', 'Diplôme le plus élevé', 'NIVEAU_DIPLOME', 'Niveau de qualification', 'Diplôme'],
    start_date: ['Début contrat', 'Date début contrat', "Date d'entrée", 'DATE_DEBUT', 'Date début', "Date d'embauche", 'Start date'],
    end_date: ['Fin contrat', 'Date de sortie', 'DATE_FIN', 'Date fin', 'End date'],
    monthly_salary: ['Salaire brut', 'Salaire brut (€)', 'Rémunération brute mensuelle', 'SALAIRE_BRUT', 'Brut mensuel', 'Salaire brut mensuel (EUR)'],
    weekly_hours: ['Temps de travail (h/sem)', 'Heures hebdo', 'Durée hebdomadaire', 'Durée hebdo (h)', 'Horaire hebdomadaire', 'Weekly hours'],
    training_hours: ['Heures de formation', 'Nb heures formation', 'Durée formation (h)', 'Volume horaire formation', 'HEURES_FORMATION'],
    tutor_experience_months: ['Ancienneté tuteur (mois)', 'Expérience tuteur', 'Expérience du tuteur (mois)'],
    tutor_tutees: ['Nb tutorés', 'Nombre de tutorés', 'Charge tuteur', 'Tutorés du tuteur'],
    deposit_date: ['Date envoi OPCO', 'Date de dépôt', "Date d'envoi à l'OPCO", 'Date transmission OPCO', 'DATE_DEPOT'],
    branch_agreement: ['Accord de branche', 'ACCORD_BRANCHE'],
    jobseeker: ["Demandeur d'emploi", 'Inscrit France Travail', 'Inscrit Pôle emploi'],
    jobseeker_over_1y: ["Inscrit depuis plus d'un an", 'DE longue durée', "Demandeur d'emploi de longue durée"],
    benefit: ['Minima sociaux', 'Bénéficiaire RSA/ASS/AAH', 'Bénéficiaire'],
    reference: ['Matricule', 'N° salarié', 'Référence', 'N° contrat', 'ID salarié'],
    contract_type: ['Type de contrat', 'Nature du contrat', 'TYPE_CONTRAT'],
    conventional_minimum: ['Minimum conventionnel', 'SMC', 'Salaire minimum conventionnel (€)'],
  };
  for (const [field, headers] of Object.entries(SETS))
    it(`${field}: ${headers.map((h) => `"${h}"`).join(', ')}`, () => {
      for (const h of headers) expect([h, best(h)]).toEqual([h, field]);
    });

  it('words that change the meaning rule a field out: a training start, a diploma being prepared, an annual or net salary', () => {
    for (const h of ['Date début formation', 'Salaire annuel brut (€)', 'Salaire net', 'Durée (mois)', 'Date', 'Heures']) expect([h, best(h)]).toEqual([h, 'unrecognised']);
    for (const h of ['Diplôme préparé', 'Nom', 'Prénom', 'Service', 'Nom du tuteur', 'Commentaires']) expect([h, best(h)]).toEqual([h, 'informational']);
  });

  it('a unit in brackets that contradicts the field rules it out: "Durée formation (mois)" is no hour count', () => {
    expect(best('Durée formation (mois)')).toBe('unrecognised');
    expect(best('Durée formation (h)')).toBe('training_hours');
  });

  it('D6325-6 counts the tutor\'s experience in months: a column in hours, days or years is not read as months (2 years would be judged as 2 months); L6325-13 counts training in hours, not days or weeks', () => {
    for (const h of ['Tutor experience (hours)', 'Expérience du tuteur (heures)', 'Expérience du tuteur (ans)', 'Ancienneté tuteur (années)', 'Tutor experience (years)', 'Expérience du tuteur (jours)'])
      expect([h, matchHeaders([h]).columns.tutor_experience_months]).toEqual([h, undefined]);
    for (const h of ['Heures de formation (jours)', 'Training hours (days)', 'Training hours (weeks)', 'Durée hebdomadaire (jours)'])
      expect([h, matchHeaders([h]).columns.training_hours ?? matchHeaders([h]).columns.weekly_hours]).toEqual([h, undefined]);
    // the units of the fields themselves still read
    for (const [h, field] of [['Durée du cycle (années)', 'training_cycle_years'], ['Contrat précédent (dernière année)', 'previous_contract_year'], ['Training cycle (years)', 'training_cycle_years'], ['Expérience du tuteur (mois)', 'tutor_experience_months'], ['Tutor experience (months)', 'tutor_experience_months'], ['Heures de formation (heures)', 'training_hours'], ['Training hours (hours)', 'training_hours'], ['Durée hebdomadaire (heures par semaine)', 'weekly_hours'], ['Temps de travail (h/sem)', 'weekly_hours']] as const)
      expect([h, best(h)]).toEqual([h, field]);
  });

  it('a header that fits two fields equally is refused as ambiguous, with both named', () => {
    const m = matchHeaders(['Date début/fin']);
    expect(m.columns).toEqual({});
    expect(m.ignored).toEqual([{ column: 0, header: 'Date début/fin', reason: 'ambiguous', fields: ['start_date', 'end_date'] }]);
    expect(scoreHeader('Date début/fin').get('start_date')).toBe(scoreHeader('Date début/fin').get('end_date'));
  });

  it('the best fit wins a field and the weaker one is listed as a duplicate, not dropped', () => {
    const m = matchHeaders(['Début contrat CDD', 'Date début contrat']);
    expect(m.columns.start_date).toBe(1);
    expect(m.ignored).toEqual([{ column: 0, header: 'Début contrat CDD', reason: 'duplicate', fields: ['start_date'] }]);
  });

  it('the synonym table is data of a real size', () => {
    expect(synonymTableSize()).toBeGreaterThan(300);
  });
});

// One contract per row, canonical headers, and the same sheet as an export would write it.
const CANONICAL = ['Référence', 'Date de naissance', 'Diplôme', 'Date de début', 'Date de fin', 'Durée hebdomadaire', 'Salaire brut mensuel', 'Heures de formation', 'Date de dépôt', 'Expérience du tuteur (mois)', 'Tutorés du tuteur', "Mois à l'étranger", 'Renouvellements'];
const RENAMED = ['Matricule', 'DATE_NAISSANCE', 'Niveau diplôme', "Date d'entrée", 'Date de sortie', 'Temps de travail (h/sem)', 'Brut mensuel', 'Nb heures formation', 'Date envoi OPCO', 'Ancienneté tuteur (mois)', 'Nb tutorés', 'Mobilité internationale', 'Nombre de renouvellements'];
const ROWS: RawCell[][] = [
  // 20, CAP, 24 h a week: 55 % × 11.88 × 24 × 52/12 = 679.536 → 679.54 ≤ 690 (D6325-15); 35 h would need 990.99
  ['A', '2005-01-10', 'CAP', '2025-03-03', '2025-12-31', 24, 690, 200, '2025-03-06', 36, 1, 0, 0],
  // filed on 2025-03-14, 5 days after the 2025-03-03 start is 2025-03-08 (D6325-1)
  ['B', '2004-07-07', 'bac pro', '2025-03-03', '2025-12-31', 35, 1450, 300, '2025-03-14', 36, 1, 0, 0],
  // 39 training hours < max(15 % of ≈ 1,512 h, 150 h) (L6325-13)
  ['C', '2004-07-07', 'bac pro', '2025-03-03', '2025-12-31', 35, 1450, 39, '2025-03-06', 36, 1, 0, 0],
  // tutor with 12 months < 24 months (D6325-6)
  ['D', '2004-07-07', 'bac pro', '2025-03-03', '2025-12-31', 35, 1450, 300, '2025-03-06', 12, 1, 0, 0],
];
const codes = (r: { findings: { code: string; severity: string }[] }) => r.findings.filter((f) => f.severity !== 'info').map((f) => f.code);

describe('a sheet with every optional column renamed', () => {
  it('gets the verdicts of the canonical sheet: a 24 h contract is paid for 24 h (L3123-5), a late filing (D6325-1), 39 training hours (L6325-13) and a 12-month tutor (D6325-6) are caught', () => {
    const canonical = validateSheet([CANONICAL, ...ROWS]);
    const renamed = validateSheet([RENAMED, ...ROWS]);
    expect(renamed.match.missingRequired).toEqual([]);
    expect(renamed.match.notChecked).toEqual([]);
    expect(renamed.match.ignored).toEqual([]);
    expect(renamed.rows.map(codes)).toEqual(canonical.rows.map(codes));
    expect(renamed.rows.map(codes)).toEqual([[], ['DEPOSIT_LATE'], ['TRAINING_HOURS_TOO_LOW'], ['TUTOR_EXPERIENCE']]);
  });
});

describe('never a false OK', () => {
  const REQUIRED = ['Date naissance', 'Niveau diplôme', 'Début contrat', 'Fin contrat', 'Salaire brut'];
  // 19, no diploma: 55 % × 1,801.80 = 990.99 ≤ 1,000 (D6325-15)
  const row: RawCell[] = ['2005-08-30', 'aucun', '2025-03-03', '2025-12-31', 1000];

  it('a sheet with only the five required columns validates, its rows can be ok, and every optional check is named as not made', () => {
    const r = validateSheet([REQUIRED, row]);
    expect(r.rows[0].status).toBe('ok');
    expect(r.match.notChecked.map((c) => c.id)).toEqual(OPTIONAL_CHECKS.map((c) => c.id));
    const infos = r.rows[0].findings.filter((f) => f.code === 'CHECK_NOT_MADE');
    expect(infos.map((f) => f.field)).toEqual(['weekly_hours', 'training_hours', 'deposit_date', 'tutor_experience_months', 'tutor_tutees', 'months_abroad', 'renewals']);
    expect(infos.every((f) => f.severity === 'info' && f.articles.length > 0)).toBe(true);
    expect(notCheckedText(describeColumns(r.match, 1), 'fr')).toMatch(/^Contrôles non effectués faute de colonne : salaire d’un temps partiel .*heures de formation .*\(L6325-13, L6325-14\).*transmission à l’OPCO .*\(D6325-1\)/);
  });

  it('a row judged without a required column is an error on that field, never ok (REQUIRED_COLUMN_MISSING)', () => {
    const m = matchHeaders(REQUIRED.slice(0, 4));
    expect(m.missingRequired).toEqual(['monthly_salary']);
    const r = validateSheet([REQUIRED.slice(0, 4), row.slice(0, 4)]);
    expect(r.rows[0].status).toBe('error');
    expect(r.rows[0].findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.field])).toEqual([['REQUIRED_COLUMN_MISSING', 'monthly_salary']]);
  });

  it('a column present but blank on a row says the check was not made there (NOT_STATED), the row stays judged on the rest', () => {
    const r = validateSheet([[...REQUIRED, 'Date envoi OPCO', 'Ancienneté tuteur (mois)'], [...row, '', '']]);
    expect(r.rows[0].status).toBe('ok');
    expect(r.rows[0].findings.filter((f) => f.code === 'NOT_STATED').map((f) => f.field)).toEqual(['deposit_date', 'tutor_experience_months']);
  });

  it('the missing required columns are named, in French and English, with the ambiguous header that could have been one', () => {
    const m = matchHeaders(['Date naissance', 'Niveau diplôme', 'Date début/fin', 'Salaire brut']);
    const lines = columnsLines(describeColumns(m, 3), 'fr');
    expect(lines.join('\n')).toContain("Colonnes obligatoires introuvables dans la ligne d'en-tête 3 : « Date de début », « Date de fin » ; en-têtes ambigus : « Date début/fin » (ambiguë : Date de début ou Date de fin)");
    expect(columnsLines(describeColumns(m, 3), 'en').join('\n')).toContain('Required columns not found in the header row 3: "Start date", "End date"');
  });
});

describe('title rows above, totals below', () => {
  const HEADER = ['Matricule', 'Nom', 'Date naissance', 'Niveau diplôme', 'Début contrat', 'Fin contrat', 'Salaire brut (€)'];
  const sheet: RawCell[][] = [
    ['Export paie — contrats de professionnalisation', null, null, null, null, null, null],
    ['Société Exemple SAS — extrait du 31/03/2025', '', '', '', '', '', ''],
    [],
    HEADER,
    ['S1', 'Martin', '2005-08-30', 'aucun', '2025-03-03', '2025-12-31', 1000],
    ['S2', 'Petit', '2010-09-01', 'aucun', '2025-03-03', '2025-12-31', 1000],
    ['TOTAL', null, null, null, null, null, 2000],
    [],
    ['Source : logiciel de paie', null, null, null, null, null, null],
  ];

  it('finds the header on row 4 below two title rows and a blank row', () => {
    expect(detectHeaderRow(sheet)).toBe(3);
  });

  it('judges the two contracts and skips the TOTAL row and the note below, saying which', () => {
    const r = validateSheet(sheet);
    expect(r.headerRow).toBe(4);
    expect(r.rows.map((x) => [x.row, x.reference, x.status])).toEqual([[5, 'S1', 'ok'], [6, 'S2', 'error']]);
    expect(r.skipped).toEqual([{ row: 7, reason: 'total', text: 'TOTAL' }, { row: 9, reason: 'no_contract_value', text: 'Source : logiciel de paie' }]);
  });

  it('reads like a total: TOTAL, Total général, Sous-total, "Total :"; not a reference or a number', () => {
    for (const t of ['TOTAL', 'Total général', 'Sous-total', 'Total :', 'TOTAL CONTRATS', 'Grand total']) expect([t, isTotalRow([t, 1])]).toEqual([t, true]);
    for (const t of ['Totalement', 'S1', 2000]) expect(isTotalRow([t as RawCell, 1])).toBe(false);
    expect(isTotalRow([null, '', 'Total', 3])).toBe(true);
  });

  it('a row with a reference but no values is a contract with its data missing, judged as such', () => {
    const m = matchHeaders(HEADER);
    expect(classifyRow(['S3', 'Durand', null, null, null, null, null], m)).toBe('contract');
    expect(classifyRow(['', null], m)).toBe('blank');
  });

  it('without a row holding three fields, the first filled row is taken (so the missing columns are named)', () => {
    expect(detectHeaderRow([[], ['Titre'], ['a', 'b']])).toBe(1);
  });
});

describe('explicit mapping', () => {
  it('maps a header detection cannot place and ignores another; says which were mapped', () => {
    const m = matchHeaders(['Né', 'Diplôme', 'Du', 'Au', 'Montant', 'Divers'], { fields: { birth_date: 'Né', start_date: 'Du', end_date: 'Au', monthly_salary: 'Montant' }, ignore: ['Divers'] });
    expect(m.columns).toEqual({ birth_date: 0, qualification: 1, start_date: 2, end_date: 3, monthly_salary: 4 });
    expect(m.how).toMatchObject({ birth_date: 'mapped', qualification: 'detected' });
    expect(m.ignored).toEqual([{ column: 5, header: 'Divers', reason: 'mapped_ignore' }]);
    expect(m.missingRequired).toEqual([]);
  });

  it('a mapping may name a column by its letter or by a short field name', () => {
    const m = matchHeaders(['x', 'y'], { fields: { salary: 'B', birth: 'x' } });
    expect(m.columns).toEqual({ monthly_salary: 1, birth_date: 0 });
  });

  it('a header the sheet lacks or an unknown field is a clear error, in both languages', () => {
    expect(() => matchHeaders(['a'], { fields: { monthly_salary: 'Salaire' } })).toThrow(MappingError);
    try {
      matchHeaders(['a'], { fields: { monthly_salary: 'Salaire' } });
    } catch (e) {
      expect((e as MappingError).text.fr).toBe("la correspondance donne la colonne « Salaire » pour Salaire brut mensuel, absente de la ligne d'en-tête");
    }
    expect(() => matchHeaders(['a'], { fields: { pointure: 'a' } })).toThrow(/not a contract field/);
  });

  it('checkMapping accepts the exported shape and names what is wrong otherwise', () => {
    expect(checkMapping({ headerRow: 3, fields: { monthly_salary: 'Salaire brut (€)' }, ignore: ['Nom'] })).toBeNull();
    expect(checkMapping([])?.en).toMatch(/expected an object/);
    expect(checkMapping({ headerRow: 0 })?.fr).toMatch(/headerRow/);
    expect(checkMapping({ fields: { shoe_size: 'x' } })?.en).toBe('"shoe_size" is not a contract field');
    expect(checkMapping({ colonnes: {} })?.en).toMatch(/unknown key "colonnes"/);
    expect(checkMapping({ ignore: 'Nom' })?.en).toMatch(/"ignore" must be a list/);
  });

  it('the header row of a mapping wins over detection', () => {
    const r = validateSheet([['Date naissance', 'Niveau diplôme', 'Début contrat', 'Fin contrat', 'Salaire brut'], ['2005-08-30', 'aucun', '2025-03-03', '2025-12-31', 1000]], { mapping: { headerRow: 2 } });
    expect(r.headerRow).toBe(2);
    expect(r.match.missingRequired.length).toBe(5);
  });
});
