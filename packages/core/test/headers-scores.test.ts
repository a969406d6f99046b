/**
 * Header matching at its boundaries (headers.ts): the words a header is read as, the score of a header
 * against a phrase worked by hand (1000 for the same words, 900 for a word written as a prefix of 4 letters
 * or more, × (700 + 300 × phrase words / header words) with extra words, 750 needed), the unit in brackets,
 * ties and duplicates, explicit mappings, the header-row search, total rows and the mapping file check.
 * « Mobilité » is one of the phrases of months_abroad, alone in the table with its word.
 */
import { describe, expect, it } from 'vitest';
import {
  apprenticeshipNotChecked,
  checkMapping,
  classifyRow,
  detectHeaderRow,
  fieldByName,
  HEADER_SCAN_ROWS,
  headerWords,
  isTotalRow,
  MappingError,
  MATCH_THRESHOLD,
  matchHeaders,
  scoreHeader,
  sheetNotChecked,
  type RawCell,
} from '../src/index.js';

const scores = (h: string) => Object.fromEntries(scoreHeader(h));
const best = (header: string) => {
  const m = matchHeaders([header]);
  return Object.keys(m.columns)[0] ?? m.ignored[0]?.reason;
};

describe('headerWords: a header as the words of its name and of its unit', () => {
  it('plain words, stop words dropped, abbreviations expanded', () => {
    expect(headerWords('Date de naissance')).toEqual({ name: ['date', 'naissance'], unit: [] });
    expect(headerWords('Sal. brut mens.')).toEqual({ name: ['salaire', 'brut', 'mensuel'], unit: [] });
  });
  it('a unit in brackets is apart from the name', () => {
    expect(headerWords('Salaire brut (€)')).toEqual({ name: ['salaire', 'brut'], unit: ['euros'] });
    expect(headerWords('Expérience [mois]')).toEqual({ name: ['experience'], unit: ['mois'] });
  });
  it('gender and plural marks glued to a word are no unit: Tuteur(x), Salarié(ne), Né(e)', () => {
    expect(headerWords('Tuteur(x)')).toEqual({ name: ['tuteur'], unit: [] });
    expect(headerWords('Salarié(ne)')).toEqual({ name: ['salarie'], unit: [] });
    expect(headerWords('Né(e) le')).toEqual({ name: ['ne'], unit: [] });
    // a space before the bracket: a unit
    expect(headerWords('Tuteur (x)')).toEqual({ name: ['tuteur'], unit: ['x'] });
  });
  it('camelCase is split only in a header with no space or underscore', () => {
    expect(headerWords('DateNaissance').name).toEqual(['date', 'naissance']);
    expect(headerWords('date naissanceTuteur').name).toEqual(['date', 'naissancetuteur']);
    expect(headerWords('dateNaissance tuteur').name).toEqual(['datenaissance', 'tuteur']);
    expect(headerWords('DATE_NAISSANCE').name).toEqual(['date', 'naissance']);
  });
  it('N° and Nº are « numéro », with or without a space after them; a degree sign elsewhere is punctuation', () => {
    expect(headerWords('N°contrat').name).toEqual(['numero', 'contrat']);
    expect(headerWords('N° contrat').name).toEqual(['numero', 'contrat']);
    expect(headerWords('Nºcontrat').name).toEqual(['numero', 'contrat']);
    expect(headerWords('Température (°C)')).toEqual({ name: ['temperature'], unit: ['c'] });
  });
});

describe('scoreHeader: the score of a header, by hand', () => {
  it('the same word: 1000; a prefix of 4 letters or more: 900; of 3 letters: nothing', () => {
    expect(scores('Mobilité')).toEqual({ months_abroad: 1000 });
    expect(scores('Mobilit')).toEqual({ months_abroad: 900 });
    expect(scores('Mobi')).toEqual({ months_abroad: 900 });
    expect(scores('Mob')).toEqual({});
    // « date » (4 letters) is a prefix of « dates »: 900; « fin » (3 letters) is no prefix of « finances »
    expect(scores('Dates naissance')).toEqual({ birth_date: 900 });
    expect(scores('Finances')).toEqual({});
  });
  it('extra words: (700 + 300 × 1/2) = 850, (700 + 300/3) = 800, 6 words 700 + 50 = 750 (recognised), 7 words 700 + 42.86 = 743 (not)', () => {
    expect(scores('Mobilité Europe')).toEqual({ months_abroad: 850 });
    expect(scores('Mobilité Europe Asie')).toEqual({ months_abroad: 800 });
    expect(scores('Mobilité Europe Asie Afrique Amérique Océanie')).toEqual({ months_abroad: 750 });
    expect(scores('Mobilité Europe Asie Afrique Amérique Océanie Arctique')).toEqual({ months_abroad: 743 });
    expect(MATCH_THRESHOLD).toBe(750);
    expect(best('Mobilité Europe Asie Afrique Amérique Océanie')).toBe('months_abroad');
    expect(best('Mobilité Europe Asie Afrique Amérique Océanie Arctique')).toBe('unrecognised');
  });
  it('a prefix and an extra word: 850 × 900 / 1000 = 765', () => {
    expect(scores('Mobilit Europe')).toEqual({ months_abroad: 765 });
  });
  it('a unit that fits the field adds 50; one that fits nothing read is neutral; no words, no score', () => {
    expect(scores('Mobilité (mois)')).toEqual({ months_abroad: 1050 });
    expect(scores('Salaire brut (mensuel)').monthly_salary).toBe(1000);
    expect(scores('Europe (mois)')).toEqual({});
    expect(scores('(mois)')).toEqual({});
    expect(scores('')).toEqual({});
  });
  it('a unit that contradicts the field rules it out: months for an hour count, hours for a month count', () => {
    expect(best('Heures de formation (mois)')).toBe('unrecognised');
    expect(best('Durée hebdomadaire (mois)')).toBe('unrecognised');
    expect(best('Mobilité (heures)')).toBe('unrecognised');
    expect(best("Mois à l'étranger (h)")).toBe('unrecognised');
    // ruled out as the experience, the column is still known: « tuteur » is an informational header
    expect(best('Expérience du tuteur (heures)')).toBe('informational');
    expect(best('Expérience du tuteur (mois)')).toBe('tutor_experience_months');
    expect(best('Heures de formation (h)')).toBe('training_hours');
    expect(best('Date de début (€)')).toBe('unrecognised');
    expect(best('Salaire (date)')).toBe('unrecognised');
  });
});

describe('matchHeaders: the best field of each column, ties and duplicates', () => {
  it('two fields, unequal: the better wins (« Référence date de naissance »: reference 800, birth_date 900)', () => {
    expect(scores('Référence date de naissance')).toEqual({ reference: 800, birth_date: 900 });
    expect(matchHeaders(['Référence date de naissance']).columns).toEqual({ birth_date: 0 });
  });
  it('two fields tied: ambiguous, naming only the tied fields (« Référence tutorés »: 850 and 850, an informational 765)', () => {
    expect(scores('Référence tutorés')).toEqual({ reference: 850, tutor_tutees: 850, '': 765 });
    const m = matchHeaders(['Référence tutorés']);
    expect(m.columns).toEqual({});
    expect(m.ignored).toEqual([{ column: 0, header: 'Référence tutorés', reason: 'ambiguous', fields: ['reference', 'tutor_tutees'] }]);
    // a third field below the tie is not named (« Réf contrat training level »: 850, 850 and training_hours 775)
    expect(scores('Réf contrat training level')).toEqual({ reference: 850, training_level: 850, training_hours: 775 });
    expect(matchHeaders(['Réf contrat training level']).ignored[0].fields).toEqual(['reference', 'training_level']);
  });
  it('a field tied with an informational column is informational (« Référence nom »: 850 and 850); an informational above a field too', () => {
    expect(scores('Référence nom')).toEqual({ reference: 850, '': 850 });
    expect(matchHeaders(['Référence nom']).ignored).toEqual([{ column: 0, header: 'Référence nom', reason: 'informational' }]);
    expect(scores('Référence nom prénom')).toEqual({ reference: 800, '': 900 });
    expect(best('Référence nom prénom')).toBe('informational');
  });
  it('equal columns: the leftmost is read, the others are duplicates listed in column order', () => {
    const m = matchHeaders(['Salaire', 'Rémunération', 'Brut']);
    expect(m.columns).toEqual({ monthly_salary: 0 });
    expect(m.duplicates).toEqual([{ field: 'monthly_salary', columns: [0, 1, 2] }]);
    expect(m.ignored).toEqual([
      { column: 1, header: 'Rémunération', reason: 'duplicate', fields: ['monthly_salary'] },
      { column: 2, header: 'Brut', reason: 'duplicate', fields: ['monthly_salary'] },
    ]);
  });
  it('the better column on the right wins; the duplicates list is in column order and the ignored list too', () => {
    const m = matchHeaders(['Salaire Europe', 'Zzz', 'Salaire']);
    expect(m.columns).toEqual({ monthly_salary: 2 });
    expect(m.duplicates).toEqual([{ field: 'monthly_salary', columns: [0, 2] }]);
    expect(m.ignored).toEqual([
      { column: 0, header: 'Salaire Europe', reason: 'duplicate', fields: ['monthly_salary'] },
      { column: 1, header: 'Zzz', reason: 'unrecognised' },
    ]);
    expect(m.unknown).toEqual([0, 1]);
  });
  it('headers are reported trimmed', () => {
    const m = matchHeaders(['  Salaire  ', '  Nom ']);
    expect(m.headers).toEqual({ monthly_salary: 'Salaire' });
    expect(m.ignored).toEqual([{ column: 1, header: 'Nom', reason: 'informational' }]);
  });
});

describe('explicit mappings', () => {
  const wide = Array.from({ length: 40 }, (_, i) => `x${i}`);
  it('a column letter: B, AB, with spaces around; not 1B, B1, AAAA; not beyond the row', () => {
    expect(matchHeaders(wide, { fields: { salary: 'B' } }).columns.monthly_salary).toBe(1);
    expect(matchHeaders(wide, { fields: { salary: 'AB' } }).columns.monthly_salary).toBe(27);
    expect(matchHeaders(wide, { fields: { salary: ' ab ' } }).columns.monthly_salary).toBe(27);
    for (const bad of ['1B', 'B1', 'AAAA']) expect(() => matchHeaders(wide, { fields: { salary: bad } })).toThrow(MappingError);
    expect(matchHeaders(['a', 'b'], { fields: { salary: 'B' } }).columns.monthly_salary).toBe(1);
    expect(() => matchHeaders(['a', 'b'], { fields: { salary: 'C' } })).toThrow(MappingError);
  });
  it('the exact header (trimmed) before a loose one (case, accents, punctuation)', () => {
    expect(matchHeaders(['salaire', 'Salaire'], { fields: { salary: 'Salaire' } }).columns.monthly_salary).toBe(1);
    expect(matchHeaders([' salaire', 'Salaire '], { fields: { salary: 'Salaire' } }).columns.monthly_salary).toBe(1);
    expect(matchHeaders(['salaire', 'Salaire'], { fields: { salary: ' Salaire ' } }).columns.monthly_salary).toBe(1);
    expect(matchHeaders([null, 'Salaire brut (€)'], { fields: { salary: 'SALAIRE BRUT (€)' } }).columns.monthly_salary).toBe(1);
    expect(matchHeaders(['Salaire brut (€)', 'x'], { fields: { salary: 'salaire brut €' } }).columns.monthly_salary).toBe(0);
  });
  it('a mapped field is not detected again in another column', () => {
    const m = matchHeaders(['Montant', 'Salaire brut'], { fields: { salary: 'Montant' } });
    expect(m.columns).toEqual({ monthly_salary: 0 });
    expect(m.how).toEqual({ monthly_salary: 'mapped' });
    expect(m.ignored).toEqual([{ column: 1, header: 'Salaire brut', reason: 'unrecognised' }]);
  });
  it('ignore: a header the sheet lacks is no error and adds nothing; a mapped column stays mapped', () => {
    expect(matchHeaders(['Zzz'], { ignore: ['Absent'] }).ignored).toEqual([{ column: 0, header: 'Zzz', reason: 'unrecognised' }]);
    const m = matchHeaders(['Montant', 'Nom'], { fields: { salary: 'Montant' }, ignore: ['Montant', 'Nom'] });
    expect(m.columns).toEqual({ monthly_salary: 0 });
    expect(m.ignored).toEqual([{ column: 1, header: 'Nom', reason: 'mapped_ignore' }]);
  });
  it('fieldByName: ids, French and English labels, aliases; ignore, ignorer, « - » and blank are null; anything else undefined', () => {
    expect(fieldByName('monthly_salary')).toBe('monthly_salary');
    expect(fieldByName('Salaire brut mensuel')).toBe('monthly_salary');
    expect(fieldByName('Monthly gross salary')).toBe('monthly_salary');
    expect(fieldByName('Date de naissance')).toBe('birth_date');
    expect(fieldByName('salaire')).toBe('monthly_salary');
    expect(fieldByName('Début')).toBe('start_date');
    for (const n of ['ignore', 'IGNORER', '-', ' - ', '']) expect([n, fieldByName(n)]).toEqual([n, null]);
    expect(fieldByName('pointure')).toBeUndefined();
  });
});

describe('checks not made', () => {
  it('apprenticeship checks: none when every optional column is there; each absent one otherwise', () => {
    const all = matchHeaders(['Dispositif', 'Date de naissance', 'Date de début', 'Date de fin', 'Salaire', 'Durée hebdomadaire', 'Date de signature', 'Durée du cycle de formation', 'Dernière année du contrat précédent', 'Même niveau', 'Niveau de la formation', 'Fin de prolongation']);
    expect(apprenticeshipNotChecked(all)).toEqual([]);
    const some = matchHeaders(['Dispositif', 'Date de naissance', 'Date de début', 'Date de fin', 'Salaire', 'Durée hebdomadaire', 'Date de signature']);
    expect(apprenticeshipNotChecked(some).map((c) => c.id)).toEqual(['app_cycle', 'app_previous_contract', 'app_same_level', 'app_licence_pro', 'app_prolongation']);
  });
  it('a check both kinds make is named once with the articles of both (weekly hours: L3123-5, D6325-15 and D6222-26)', () => {
    const m = matchHeaders(['Dispositif', 'Date de naissance', 'Diplôme', 'Date de début', 'Date de fin', 'Salaire']);
    const weekly = sheetNotChecked(m).filter((c) => c.id === 'weekly_hours');
    expect(weekly.map((c) => c.articles)).toEqual([['L3123-5', 'D6325-15', 'D6222-26']]);
  });
});

describe('detectHeaderRow', () => {
  const HEADER = ['Date naissance', 'Diplôme', 'Début contrat', 'Fin contrat', 'Salaire brut'];
  it('no header row: the first filled row, even when others follow', () => {
    expect(detectHeaderRow([['Titre'], ['x']])).toBe(0);
    expect(detectHeaderRow([[], [null, ''], ['Titre'], ['x']])).toBe(2);
    expect(detectHeaderRow([])).toBe(0);
  });
  it('three fields are enough, two are not', () => {
    expect(detectHeaderRow([['Titre'], ['Date naissance', 'Début contrat', 'Fin contrat']])).toBe(1);
    expect(detectHeaderRow([['Titre'], ['Date naissance', 'Début contrat']])).toBe(0);
  });
  it('the row with the most fields, required ones counting twice; the first of equals', () => {
    expect(detectHeaderRow([HEADER, ['Date naissance', 'Début contrat', 'Fin contrat']])).toBe(0);
    expect(detectHeaderRow([HEADER, HEADER])).toBe(0);
    // 4 optional fields (score 4) against 3 required ones (score 6)
    expect(detectHeaderRow([['Référence', 'Type de contrat', 'Heures de formation', 'Date de dépôt'], ['Date naissance', 'Début contrat', 'Fin contrat']])).toBe(1);
  });
  it(`only the first ${HEADER_SCAN_ROWS} rows are searched`, () => {
    const blank = (n: number): RawCell[][] => Array.from({ length: n }, () => []);
    expect(detectHeaderRow([...blank(29), HEADER])).toBe(29);
    expect(detectHeaderRow([...blank(30), HEADER])).toBe(0);
  });
  it('with a mapping, rows lacking its headers are skipped, not an error', () => {
    expect(detectHeaderRow([['Titre'], ['Date naissance', 'Diplôme', 'Début contrat', 'Fin contrat', 'Montant']], { fields: { salary: 'Montant' } })).toBe(1);
  });
});

describe('rows that are not contracts', () => {
  const m = matchHeaders(['Nom', 'Date naissance', 'Salaire brut']);
  it('isTotalRow: a blank row is no total', () => {
    expect(isTotalRow([null, '', '  '])).toBe(false);
    expect(isTotalRow([])).toBe(false);
  });
  it('one filled cell that is a required value is a contract with its other data missing; one note cell is skipped', () => {
    expect(classifyRow([null, null, 1200], m)).toBe('contract');
    expect(classifyRow([null, '2005-01-01', null], m)).toBe('contract');
    expect(classifyRow(['Source : paie', null, null], m)).toBe('no_contract_value');
    expect(classifyRow(['Durand', 'x', null], m)).toBe('contract');
  });
});

describe('checkMapping: what is wrong with a mapping file', () => {
  const OBJECT = { en: 'expected an object {"headerRow", "fields", "ignore"}', fr: 'un objet {"headerRow", "fields", "ignore"} est attendu' };
  const FIELDS = { en: '"fields" must be an object field → header', fr: '« fields » doit être un objet champ → en-tête' };
  it('not an object', () => {
    for (const m of [null, undefined, 0, 5, '', 'x', [], true]) expect([m, checkMapping(m)]).toEqual([m, OBJECT]);
  });
  it('headerRow: 1 is the first row; 0, 1.5 and "2" are not row numbers', () => {
    expect(checkMapping({ headerRow: 1 })).toBeNull();
    expect(checkMapping({ version: 1 })).toBeNull();
    expect(checkMapping({})).toBeNull();
    for (const h of [0, 1.5, '2']) expect(checkMapping({ headerRow: h })?.en).toBe('"headerRow" must be a row number (1, 2, …)');
  });
  it('fields: an object of texts', () => {
    for (const f of [null, 'x', [], 3]) expect([f, checkMapping({ fields: f })]).toEqual([f, FIELDS]);
    expect(checkMapping({ fields: {} })).toBeNull();
    expect(checkMapping({ fields: { salary: 5 } })).toEqual({ en: 'the header of "salary" must be a text', fr: "l'en-tête de « salary » doit être un texte" });
    expect(checkMapping({ fields: { salary: '  ' } })?.en).toBe('the header of "salary" must be a text');
    expect(checkMapping({ fields: { salary: ' B ' } })).toBeNull();
  });
  it('ignore: a list of texts', () => {
    expect(checkMapping({ ignore: [] })).toBeNull();
    expect(checkMapping({ ignore: ['a', 'b'] })).toBeNull();
    for (const i of [['a', 5], 'Nom', null]) expect(checkMapping({ ignore: i })).toEqual({ en: '"ignore" must be a list of headers', fr: '« ignore » doit être une liste d’en-têtes' });
  });
});
