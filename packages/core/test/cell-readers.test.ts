/**
 * The cell readers of the validation engine at their edges (parse.ts, cells.ts), the amounts and dates of
 * messages (format.ts) and the sheet helpers (index.ts): blank against unreadable, signs and euro signs,
 * Excel serials with a time, yes/no, contract types and benefits as HR exports write them.
 */
import { describe, expect, it } from 'vitest';
import { dec, isBlank, readBenefit, readContractKind, readContractType, readDate, readDateText, readDecimal, readDecimalText, readNumber, readYesNo, skippedRow, validateRows, validateSheet } from '../src/index.js';
import { dateFr, eurosEn, eurosEnCents, eurosFr, eurosFrCents, fromMonthFr, monthEn, monthFr, percent } from '../src/validation/format.js';

describe('blank or not', () => {
  it('null, undefined, empty and spaces are blank; 0, false and text are not', () => {
    expect([null, undefined, '', '  ', '\t'].map(isBlank)).toEqual([true, true, true, true, true]);
    expect([0, false, 'x', ' x '].map(isBlank)).toEqual([false, false, false, false]);
  });
});

describe('dates and decimals', () => {
  it('a boolean is neither a date nor an amount', () => {
    expect(readDate(true)).toBeNull();
    expect(readDecimal(false)).toBeNull();
  });
  it('an Excel serial with a time of day, as a number or as text, is its day (45000 = 2023-03-15)', () => {
    expect(readDate(45000)).toBe('2023-03-15');
    expect(readDate(45000.25)).toBe('2023-03-15');
    expect(readDateText('45000.25')).toEqual({ value: '2023-03-15' });
    expect(readDateText('45000')).toEqual({ value: '2023-03-15' });
  });
  it('amounts with spaces around, a sign, a euro sign before or after, « euro » or « euros »', () => {
    expect(readDecimalText('  1 234,56 €  ')).toEqual({ value: '1234.56' });
    expect(readDecimalText('12 euro')).toEqual({ value: '12' });
    expect(readDecimalText('12 euros')).toEqual({ value: '12' });
    expect(readDecimalText('+12')).toEqual({ value: '12' });
    expect(readDecimalText('-€12')).toEqual({ value: '-12' });
    expect(readDecimalText('-€ 12,5')).toEqual({ value: '-12.5' });
    expect(readDecimal(' 1 234,56 € ')?.toString()).toBe('1234.56');
  });
  it('readNumber: blank → undefined, text that is no number → null, 12,5 → 12.5, -0 → 0', () => {
    expect(readNumber('  ')).toBeUndefined();
    expect(readNumber('abc')).toBeNull();
    expect(readNumber('12,5')).toBe(12.5);
    expect(Object.is(readNumber(-0), 0)).toBe(true);
    expect(Object.is(readNumber('-0'), 0)).toBe(true);
  });
});

describe('yes or no', () => {
  it('booleans, 1 and 0, the words; 2 and other words are unreadable; blank is not stated', () => {
    expect([true, false, 1, 0, 'oui', 'x', 'non', 'Yes'].map(readYesNo)).toEqual([true, false, true, false, true, true, false, true]);
    expect([2, -1, 'peut-être'].map(readYesNo)).toEqual([null, null, null]);
    expect(readYesNo(' ')).toBeUndefined();
  });
});

describe('contract type, kind and benefit', () => {
  it('CDD and CDI written out (without accents, as exports write them), in French or English, before other words', () => {
    expect(readContractType(' cdd ')).toBe('CDD');
    expect(readContractType('CONTRAT A DUREE DETERMINEE de 12 mois')).toBe('CDD');
    expect(readContractType('Fixed term')).toBe('CDD');
    expect(readContractType('Contrat a duree indeterminee (temps plein)')).toBe('CDI');
    expect(readContractType('Permanent')).toBe('CDI');
    expect(readContractType('Open-ended')).toBe('CDI');
    expect(readContractType('stage')).toBeNull();
    expect(readContractType('')).toBeUndefined();
  });
  it('the kind of a « Dispositif » cell: blank → undefined, « stage » → null', () => {
    expect(readContractKind('')).toBeUndefined();
    expect(readContractKind('stage')).toBeNull();
    expect(readContractKind('CDD')).toBeNull();
    expect(readContractKind('Apprentissage')).toBe('apprenticeship');
  });
  it('RSA, ASS, AAH, CUI in any case; none said in words; anything else unreadable', () => {
    expect(['rsa', ' ass ', 'Aah', 'cui'].map(readBenefit)).toEqual(['RSA', 'ASS', 'AAH', 'CUI']);
    expect(['Aucun', 'aucune', 'non', 'none', 'No', '-'].map(readBenefit)).toEqual(['none', 'none', 'none', 'none', 'none', 'none']);
    expect(readBenefit('autre')).toBeNull();
    expect(readBenefit('  ')).toBeUndefined();
  });
});

describe('amounts and dates in messages', () => {
  it('thousands grouped by a narrow space in French, a comma in English', () => {
    expect(eurosFr(dec('1234.5'))).toBe('1\u202f234,50 €');
    expect(eurosFr(dec('12345.67'))).toBe('12\u202f345,67 €');
    expect(eurosFr(dec('1234567.89'))).toBe('1\u202f234\u202f567,89 €');
    expect(eurosEn(dec('12345.67'))).toBe('€12,345.67');
    expect(eurosEn(dec('1234567.89'))).toBe('€1,234,567.89');
    expect(eurosEn(dec('999'))).toBe('€999.00');
  });
  it('whole cents written as the decimal amount would be: 0, 5 c, 1 €, groups of three, negatives', () => {
    expect([0, 5, 100, 99_999, 123_456, 100_000_000, 123_456_789].map(eurosFrCents)).toEqual(['0,00 €', '0,05 €', '1,00 €', '999,99 €', '1\u202f234,56 €', '1\u202f000\u202f000,00 €', '1\u202f234\u202f567,89 €']);
    expect([0, 5, 100, 99_999, 123_456, 100_000_000, 123_456_789].map(eurosEnCents)).toEqual(['€0.00', '€0.05', '€1.00', '€999.99', '€1,234.56', '€1,000,000.00', '€1,234,567.89']);
    expect([-5, -123_456, -12_345_678].map(eurosFrCents)).toEqual(['-0,05 €', '-1\u202f234,56 €', '-123\u202f456,78 €']);
    expect([-5, -123_456, -12_345_678].map(eurosEnCents)).toEqual(['€-0.05', '€-1,234.56', '€-123,456.78']);
    // the same text as the big.js formatting of the same amount
    for (const c of [0, 7, 10, 99, 101, 1_000, 99_999_99, 100_000_01, -1, -100_000, 1_234_567_890_123])
      expect([eurosFrCents(c), eurosEnCents(c)], String(c)).toEqual([eurosFr(dec(c).div(100)), eurosEn(dec(c).div(100))]);
  });
  it('dates and months', () => {
    expect(dateFr('2024-09-02')).toBe('02/09/2024');
    expect(monthEn('2024-09-02')).toBe('September 2024');
    expect(monthFr('2025-12-31')).toBe('décembre 2025');
    expect(percent(dec('0.55'))).toBe('55 %');
  });
  it('« à partir de » elided before avril, août and octobre only', () => {
    const months = Array.from({ length: 12 }, (_, i) => fromMonthFr(`2025-${String(i + 1).padStart(2, '0')}-01`));
    expect(months).toEqual([
      'à partir de janvier 2025', 'à partir de février 2025', 'à partir de mars 2025', "à partir d'avril 2025", 'à partir de mai 2025', 'à partir de juin 2025',
      'à partir de juillet 2025', "à partir d'août 2025", 'à partir de septembre 2025', "à partir d'octobre 2025", 'à partir de novembre 2025', 'à partir de décembre 2025',
    ]);
  });
});

describe('sheet helpers', () => {
  it('a skipped row is shown by its first filled cell, trimmed, at most 60 characters', () => {
    expect(skippedRow(7, [null, '  TOTAL  ', 3], 'total')).toEqual({ row: 7, reason: 'total', text: 'TOTAL' });
    expect(skippedRow(9, ['  ' + 'n'.repeat(80)], 'no_contract_value').text).toBe('n'.repeat(60));
    expect(skippedRow(9, [12], 'no_contract_value').text).toBe('12');
  });
  it('validateRows numbers the rows from 2 (the header is row 1), or from firstRow', () => {
    const header = ['Date naissance', 'Diplôme', 'Début contrat', 'Fin contrat', 'Salaire brut'];
    const row = ['2005-08-30', 'aucun', '2025-03-03', '2025-12-31', 1000];
    const r = validateRows(header, [row, row]);
    expect(r.rows.map((x) => [x.row, x.status])).toEqual([[2, 'ok'], [3, 'ok']]);
    expect(validateRows(header, [row, row], { firstRow: 10 }).rows.map((x) => x.row)).toEqual([10, 11]);
    expect(r.summary).toEqual({ rows: 2, ok: 2, warning: 0, error: 0 });
  });
  it('an empty sheet: no rows, no columns ignored, every required column missing', () => {
    const r = validateSheet([]);
    expect(r.rows).toEqual([]);
    expect(r.match.ignored).toEqual([]);
    expect(r.match.missingRequired).toEqual(['birth_date', 'qualification', 'start_date', 'end_date', 'monthly_salary']);
  });
});
