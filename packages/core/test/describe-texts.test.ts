/**
 * The words said before any verdict (describe.ts), written out in full by hand in French and English: the
 * columns recognised, ignored (each reason), the kind of each row, the required columns missing, the checks not
 * made and the rows skipped, for none, one and several items.
 */
import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  columnsLines,
  describeColumns,
  ignoredText,
  kindText,
  matchHeaders,
  missingRequiredText,
  notCheckedText,
  skippedText,
  type ColumnsReport,
  type HeaderMatch,
  type SkippedRow,
} from '../src/index.js';

const emptyMatch = (over: Partial<HeaderMatch>): HeaderMatch => ({ columns: {}, headers: {}, how: {}, unknown: [], ignored: [], duplicates: [], missingRequired: [], notChecked: [], ...over });

describe('columnLetter: spreadsheet column letters of a 0-based index', () => {
  it('A to Z, then AA, AZ, BA, ZZ, AAA (26 letters, no zero)', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });
});

describe('describeColumns', () => {
  it('lists the recognised fields in column order, with their labels, letters shifted by the first column, and how each was found', () => {
    const m = emptyMatch({
      columns: { monthly_salary: 3, birth_date: 0, start_date: 1 },
      headers: { monthly_salary: 'Brut', birth_date: 'Né le', start_date: 'Du' },
      how: { monthly_salary: 'mapped', birth_date: 'detected' },
    });
    expect(describeColumns(m, 4, 2).recognised).toEqual([
      { field: 'birth_date', label: { fr: 'Date de naissance', en: 'Birth date' }, header: 'Né le', column: 'C', how: 'detected' },
      { field: 'start_date', label: { fr: 'Date de début', en: 'Start date' }, header: 'Du', column: 'D', how: 'detected' },
      { field: 'monthly_salary', label: { fr: 'Salaire brut mensuel', en: 'Monthly gross salary' }, header: 'Brut', column: 'F', how: 'mapped' },
    ]);
    expect(describeColumns(m, 4).recognised.map((r) => r.column)).toEqual(['A', 'B', 'D']);
    expect(describeColumns(m, 4).header_row).toBe(4);
  });

  it('a field without a label keeps its id as both labels', () => {
    const m = emptyMatch({ columns: { shoe_size: 0 }, headers: { shoe_size: 'Pointure' } });
    expect(describeColumns(m, 1).recognised[0].label).toEqual({ fr: 'shoe_size', en: 'shoe_size' });
  });

  it('lists the ignored columns but not those owned by another reader, with their letters and fields only when there are some', () => {
    const m = emptyMatch({
      ignored: [
        { column: 1, header: 'Nom', reason: 'informational' },
        { column: 2, header: 'Interne', reason: 'owned' },
        { column: 4, header: 'Date début/fin', reason: 'ambiguous', fields: ['start_date', 'end_date'] },
      ],
    });
    expect(describeColumns(m, 1, 1).ignored).toEqual([
      { header: 'Nom', column: 'C', reason: 'informational' },
      { header: 'Date début/fin', column: 'F', reason: 'ambiguous', fields: ['start_date', 'end_date'] },
    ]);
    expect('fields' in describeColumns(m, 1).ignored[0]).toBe(false);
  });

  it('from a real header row: required missing and the checks not made, with their articles', () => {
    const r = describeColumns(matchHeaders(['Date naissance', 'Diplôme', 'Début contrat', 'Fin contrat', 'Salaire brut', 'Heures de formation', 'Date de dépôt', 'Expérience du tuteur (mois)', 'Tutorés du tuteur', "Mois à l'étranger"]), 2);
    expect(r.missing_required).toEqual([]);
    expect(r.not_checked.map((c) => [c.check, c.articles])).toEqual([['weekly_hours', ['L3123-5', 'D6325-15']], ['renewal', ['L6325-7']]]);
    expect(r.not_checked[1].label).toEqual({ fr: 'renouvellement du CDD', en: 'renewal of the fixed-term contract' });
  });
});

describe('ignoredText: each reason in both languages', () => {
  const c = (reason: ColumnsReport['ignored'][number]['reason'], fields?: string[]) => ({ header: 'X', column: 'B', reason, ...(fields ? { fields } : {}) });
  it.each([
    ['ambiguous', ['start_date', 'end_date'], '« X » (ambiguë : Date de début ou Date de fin)', '"X" (ambiguous: Start date or End date)'],
    ['ambiguous', ['start_date', 'shoe_size'], '« X » (ambiguë : Date de début ou shoe_size)', '"X" (ambiguous: Start date or shoe_size)'],
    ['duplicate', ['monthly_salary'], '« X » (Salaire brut mensuel déjà lu dans une autre colonne)', '"X" (Monthly gross salary already read from another column)'],
    ['informational', undefined, '« X » (lue par aucun contrôle)', '"X" (read by no check)'],
    ['mapped_ignore', undefined, '« X » (ignorée à votre demande)', '"X" (ignored as you asked)'],
    ['unrecognised', undefined, '« X » (non reconnue)', '"X" (not recognised)'],
  ] as const)('%s %j', (reason, fields, fr, en) => {
    expect(ignoredText(c(reason, fields as string[] | undefined), 'fr')).toBe(fr);
    expect(ignoredText(c(reason, fields as string[] | undefined), 'en')).toBe(en);
  });
  it('an ambiguous column without its fields names none', () => {
    expect(ignoredText(c('ambiguous'), 'fr')).toBe('« X » (ambiguë : )');
  });
});

describe('columnsLines', () => {
  const base: ColumnsReport = { header_row: 3, recognised: [], ignored: [], missing_required: [], not_checked: [] };
  const rec = (field: string, fr: string, en: string, header: string, how: 'detected' | 'mapped' = 'detected') => ({ field, label: { fr, en }, header, column: 'A', how });

  it('nothing recognised: the header row and the kind line only (no « Dispositif », no contract type)', () => {
    expect(columnsLines(base, 'fr')).toEqual(['En-tête lu en ligne 3.', 'Pas de colonne « Dispositif » : chaque ligne est jugée comme un contrat de professionnalisation.']);
    expect(columnsLines(base, 'en')).toEqual(['Header read on row 3.', 'No "Contract kind" column: each row is judged as a contrat de professionnalisation.']);
  });

  it('one recognised column, mapped', () => {
    const r = { ...base, recognised: [rec('monthly_salary', 'Salaire brut mensuel', 'Monthly gross salary', 'Montant', 'mapped')] };
    expect(columnsLines(r, 'fr')[1]).toBe('Colonnes reconnues : Salaire brut mensuel ← « Montant » (imposée)');
    expect(columnsLines(r, 'en')[1]).toBe('Columns recognised: Monthly gross salary ← "Montant" (mapped)');
  });

  it('several recognised columns, the kind column among them: no kind line; ignored, missing and not-checked lines in that order', () => {
    const r: ColumnsReport = {
      header_row: 1,
      recognised: [rec('birth_date', 'Date de naissance', 'Birth date', 'Né le'), rec('contract_kind', 'Dispositif', 'Contract kind', 'Dispositif')],
      ignored: [{ header: 'Nom', column: 'C', reason: 'informational' }, { header: 'Zz', column: 'D', reason: 'unrecognised' }],
      missing_required: ['monthly_salary'],
      not_checked: [{ check: 'renewal', label: { fr: 'renouvellement du CDD', en: 'renewal of the fixed-term contract' }, articles: ['L6325-7'] }],
    };
    expect(columnsLines(r, 'fr')).toEqual([
      'En-tête lu en ligne 1.',
      'Colonnes reconnues : Date de naissance ← « Né le », Dispositif ← « Dispositif »',
      'Colonnes ignorées : « Nom » (lue par aucun contrôle), « Zz » (non reconnue)',
      "Colonnes obligatoires introuvables dans la ligne d'en-tête 1 : « Salaire brut mensuel ». Aucun contrat n'a été vérifié : indiquez la colonne de chacune (--map \"En-tête=champ\" ou l'étape « Colonnes » du volet).",
      'Contrôles non effectués faute de colonne : renouvellement du CDD (L6325-7).',
    ]);
    expect(columnsLines(r, 'en')).toEqual([
      'Header read on row 1.',
      'Columns recognised: Birth date ← "Né le", Contract kind ← "Dispositif"',
      'Columns ignored: "Nom" (read by no check), "Zz" (not recognised)',
      'Required columns not found in the header row 1: "Monthly gross salary". No contract was checked: say which column holds each (--map "Header=field" or the pane\'s Columns step).',
      'Checks not made for want of a column: renewal of the fixed-term contract (L6325-7).',
    ]);
  });

  it('kindText: a contract type column means apprenticeship rows are recognised by it', () => {
    const r = { recognised: [rec('contract_type', 'Type de contrat', 'Contract type', 'Type')] };
    expect(kindText(r, 'fr')).toBe('Pas de colonne « Dispositif » : chaque ligne est jugée comme un contrat de professionnalisation, sauf celles dont le « Type de contrat » dit « Apprentissage ».');
    expect(kindText(r, 'en')).toBe('No "Contract kind" column: each row is judged as a contrat de professionnalisation, except those whose "Contract type" says "Apprentissage".');
    expect(kindText({ recognised: [rec('contract_kind', 'Dispositif', 'Contract kind', 'Dispositif')] }, 'fr')).toBeNull();
    // another column is no contract type: every row is a contrat de professionnalisation
    expect(kindText({ recognised: [rec('birth_date', 'Date de naissance', 'Birth date', 'Né le')] }, 'en')).toBe('No "Contract kind" column: each row is judged as a contrat de professionnalisation.');
  });
});

describe('missingRequiredText: the ambiguous headers named are only those that could have been a missing column', () => {
  const report = (ignored: ColumnsReport['ignored'], missing = ['start_date', 'end_date']) => ({ header_row: 2, missing_required: missing, ignored });
  const amb = { header: 'Date début/fin', column: 'B', reason: 'ambiguous' as const, fields: ['start_date', 'end_date'] };
  const other = { header: 'Brut/net', column: 'C', reason: 'ambiguous' as const, fields: ['monthly_salary', 'conventional_minimum'] };
  const dup = { header: 'Début 2', column: 'D', reason: 'duplicate' as const, fields: ['start_date'] };
  const tail = {
    fr: ". Aucun contrat n'a été vérifié : indiquez la colonne de chacune (--map \"En-tête=champ\" ou l'étape « Colonnes » du volet).",
    en: '. No contract was checked: say which column holds each (--map "Header=field" or the pane\'s Columns step).',
  };

  it('no ambiguous header: the names only', () => {
    expect(missingRequiredText(report([other, dup, { header: 'Zz', column: 'E', reason: 'ambiguous' }]), 'fr')).toBe(`Colonnes obligatoires introuvables dans la ligne d'en-tête 2 : « Date de début », « Date de fin »${tail.fr}`);
    expect(missingRequiredText(report([other, dup]), 'en')).toBe(`Required columns not found in the header row 2: "Start date", "End date"${tail.en}`);
  });

  it('one ambiguous header that could have been a missing column, among others that could not', () => {
    expect(missingRequiredText(report([other, amb, dup]), 'fr')).toBe(`Colonnes obligatoires introuvables dans la ligne d'en-tête 2 : « Date de début », « Date de fin » ; en-têtes ambigus : « Date début/fin » (ambiguë : Date de début ou Date de fin)${tail.fr}`);
    expect(missingRequiredText(report([other, amb, dup]), 'en')).toBe(`Required columns not found in the header row 2: "Start date", "End date"; ambiguous headers: "Date début/fin" (ambiguous: Start date or End date)${tail.en}`);
  });

  it('an ambiguous header one of whose fields is missing counts; an unknown field keeps its id', () => {
    const half = { header: 'Fin/brut', column: 'F', reason: 'ambiguous' as const, fields: ['monthly_salary', 'end_date'] };
    expect(missingRequiredText(report([amb, half], ['end_date', 'shoe_size']), 'en')).toBe(
      `Required columns not found in the header row 2: "End date", "shoe_size"; ambiguous headers: "Date début/fin" (ambiguous: Start date or End date), "Fin/brut" (ambiguous: Monthly gross salary or End date)${tail.en}`,
    );
  });
});

describe('notCheckedText', () => {
  const nc = (check: string, fr: string, en: string, articles: string[]) => ({ check, label: { fr, en }, articles });
  it('several checks, each with all its articles', () => {
    const r = { not_checked: [nc('a', 'un', 'one', ['L1', 'L2']), nc('b', 'deux', 'two', ['D3'])] };
    expect(notCheckedText(r, 'fr')).toBe('Contrôles non effectués faute de colonne : un (L1, L2), deux (D3).');
    expect(notCheckedText(r, 'en')).toBe('Checks not made for want of a column: one (L1, L2), two (D3).');
  });
});

describe('skippedText: the rows not judged, ten at most named', () => {
  const rows = (n: number): SkippedRow[] => Array.from({ length: n }, (_, i) => ({ row: 10 + i, reason: 'total', text: i === 0 ? 'TOTAL' : '' }));
  it('none → null', () => {
    expect(skippedText([], 'fr')).toBeNull();
    expect(skippedText([], 'en')).toBeNull();
  });
  it('one, with its text', () => {
    expect(skippedText(rows(1), 'fr')).toBe('Lignes non jugées (totaux ou notes, pas des contrats) : 10 (TOTAL).');
    expect(skippedText(rows(1), 'en')).toBe('Rows not judged (totals or notes, not contracts): 10 (TOTAL).');
  });
  it('ten: all named, nothing more', () => {
    expect(skippedText(rows(10), 'en')).toBe('Rows not judged (totals or notes, not contracts): 10 (TOTAL), 11, 12, 13, 14, 15, 16, 17, 18, 19.');
  });
  it('eleven and twelve: ten named and the rest counted (« 1 autre », « 2 autres »)', () => {
    expect(skippedText(rows(11), 'fr')).toBe('Lignes non jugées (totaux ou notes, pas des contrats) : 10 (TOTAL), 11, 12, 13, 14, 15, 16, 17, 18, 19 et 1 autre.');
    expect(skippedText(rows(12), 'en')).toBe('Rows not judged (totals or notes, not contracts): 10 (TOTAL), 11, 12, 13, 14, 15, 16, 17, 18, 19 and 2 more.');
    expect(skippedText(rows(12), 'fr')).toBe('Lignes non jugées (totaux ou notes, pas des contrats) : 10 (TOTAL), 11, 12, 13, 14, 15, 16, 17, 18, 19 et 2 autres.');
  });
});
