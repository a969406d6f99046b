/**
 * Argument coercion with Excel habits: serial dates of the 1900 system (with Excel's
 * fictitious 1900-02-29), ISO and JJ/MM/AAAA text, French decimal text, TRUE/FALSE and their French and
 * yes/no forms, empty text as an omitted argument; every refusal is a LawError naming the argument.
 */
import { describe, expect, it } from 'vitest';
import { LawError } from '@formapro/core';
import { bool, date, isOmitted, money, num, optBool, optDate, optMoney, optNum, parseDecimalText, choice, type CellValue } from '../src/index.js';

/** The LawError `f` throws (fails the test when it does not throw one). */
function refusal(f: () => unknown): LawError {
  try {
    f();
  } catch (e) {
    if (e instanceof LawError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const AGE = { integer: true, min: 16, what: 'an age in whole years', whatFr: 'un âge en années révolues' };

describe('dates: Excel serial numbers (1900 system)', () => {
  it('serial 1 is 1900-01-01', () => expect(date(1, 'd')).toBe('1900-01-01'));
  it('serial 59 is 1900-02-28', () => expect(date(59, 'd')).toBe('1900-02-28'));
  it("serial 60 is Excel's fictitious 1900-02-29: refused, naming the argument", () => {
    const e = refusal(() => date(60, 'birth_date'));
    expect(e.kind).toBe('invalid-argument');
    expect(e.field).toBe('birth_date');
    expect(e.text.en).toMatch(/1900-02-29/);
  });
  it('serial 61 is 1900-03-01 (from here serial = days since 1899-12-30)', () => expect(date(61, 'd')).toBe('1900-03-01'));
  it('serial 45366 is 2024-03-15; the time of day (fraction) is ignored', () => {
    expect(date(45366, 'd')).toBe('2024-03-15');
    expect(date(45366.75, 'd')).toBe('2024-03-15');
  });
  it('serial 2958465 is 9999-12-31, the last date Excel shows; 2958466, 0 and negatives are refused', () => {
    expect(date(2958465, 'd')).toBe('9999-12-31');
    for (const s of [2958466, 0, 0.5, -1]) expect(refusal(() => date(s, 'date')).field).toBe('date');
  });
  it('NaN and ±Infinity are refused', () => {
    for (const s of [NaN, Infinity, -Infinity]) expect(refusal(() => date(s, 'start')).field).toBe('start');
  });
});

describe('dates: text', () => {
  it('ISO YYYY-MM-DD, surrounding spaces ignored', () => {
    expect(date('2024-03-15', 'd')).toBe('2024-03-15');
    expect(date(' 2024-02-29 ', 'd')).toBe('2024-02-29');
  });
  it('French JJ/MM/AAAA, with or without leading zeros', () => {
    expect(date('15/03/2024', 'd')).toBe('2024-03-15');
    expect(date('1/3/2024', 'd')).toBe('2024-03-01');
  });
  it('impossible calendar dates are refused as such: 2023-02-29, 31/04/2024, 2024-13-01', () => {
    for (const s of ['2023-02-29', '31/04/2024', '2024-13-01']) {
      const e = refusal(() => date(s, 'end'));
      expect(e.field).toBe('end');
      expect(e.text.en).toMatch(/not a calendar date/);
    }
  });
  it('other text is refused, naming the argument and what is expected', () => {
    const e = refusal(() => date('next monday', 'start'));
    expect(e.field).toBe('start');
    expect(e.text.en).toMatch(/"next monday" is not a date/);
  });
  it('booleans are not dates', () => expect(refusal(() => date(true, 'date')).field).toBe('date'));
});

describe('numbers typed as text', () => {
  it('parseDecimalText: 1766,92 · 1 766,92 (space, no-break and narrow no-break) · 1766.92 · 1766,92 € · -5', () => {
    expect(parseDecimalText('1766,92')).toBe('1766.92');
    expect(parseDecimalText('1 766,92')).toBe('1766.92');
    expect(parseDecimalText('1\u00a0766,92')).toBe('1766.92');
    expect(parseDecimalText('1\u202f766,92')).toBe('1766.92');
    expect(parseDecimalText('1766.92')).toBe('1766.92');
    expect(parseDecimalText('1766,92 €')).toBe('1766.92');
    expect(parseDecimalText('-5')).toBe('-5');
  });
  it('parseDecimalText reads thousands grouped the English way too, as the validation engine does: 1,766.92 and 1.766,92 → 1766.92', () => {
    expect(parseDecimalText('1,766.92')).toBe('1766.92');
    expect(parseDecimalText('1.766,92')).toBe('1766.92');
  });
  it('parseDecimalText refuses what is not one number, and the ambiguous 1,234 / 1.234 (thousands in English, decimals in French): 17 66, abc, 1e3, empty', () => {
    for (const s of ['17 66', 'abc', '1e3', '', '1.2.3', '1,234', '1.234', '12,345.6.7']) expect(parseDecimalText(s)).toBeUndefined();
  });
  it('money: exact decimals from numbers and French text', () => {
    expect(money(1766.92, 'smic').toFixed(2)).toBe('1766.92');
    expect(money('1766,92', 'smic').toFixed(2)).toBe('1766.92');
    expect(money('1 766,92', 'smic').toFixed(2)).toBe('1766.92');
    expect(money(0, 'smic').toFixed(2)).toBe('0.00');
  });
  it('money: negative, NaN, Infinity, text and booleans are refused naming the argument', () => {
    for (const v of [-1, NaN, Infinity, 'abc', true] as CellValue[]) expect(refusal(() => money(v, 'conventional_minimum')).field).toBe('conventional_minimum');
    expect(refusal(() => money(0, 'smic', { positive: true })).text.en).toMatch(/above 0/);
  });
  it('num: "23" and 23 are the same age; 23.5, 15, TRUE, NaN, Infinity, "abc" are refused naming it', () => {
    expect(num('23', 'age', AGE)).toBe(23);
    expect(num(23, 'age', AGE)).toBe(23);
    expect(refusal(() => num(23.5, 'age', AGE)).text.en).toMatch(/whole number/);
    expect(refusal(() => num(15, 'age', AGE)).text.en).toMatch(/below 16/);
    for (const v of [true, NaN, Infinity, -Infinity, 'abc']) expect(refusal(() => num(v, 'age', AGE)).field).toBe('age');
  });
});

describe('booleans', () => {
  it('TRUE/FALSE, 1/0, and text true/false, vrai/faux, oui/non, yes/no, x (any case)', () => {
    for (const v of [true, 1, 'TRUE', 'true', 'VRAI', 'vrai', 'oui', 'Yes', 'x']) expect(bool(v, 'b')).toBe(true);
    for (const v of [false, 0, 'FALSE', 'faux', 'FAUX', 'non', 'no']) expect(bool(v, 'b')).toBe(false);
  });
  it('2, "maybe" and a date are refused naming the argument', () => {
    for (const v of [2, 'maybe', '2024-01-01']) expect(refusal(() => bool(v, 'priority_public')).field).toBe('priority_public');
  });
  it('optBool: omitted gives the documented fallback', () => {
    expect(optBool(undefined, 'b', false)).toBe(false);
    expect(optBool('', 'b', true)).toBe(true);
  });
});

describe('omitted arguments', () => {
  it('undefined, null, "" and blank text are omitted', () => {
    for (const v of [undefined, null, '', '   ']) expect(isOmitted(v)).toBe(true);
    for (const v of [0, false, 'x']) expect(isOmitted(v)).toBe(false);
  });
  it('optional coercers give undefined for an omitted argument (an empty string included)', () => {
    expect(optNum('', 'weekly_hours', { what: 'hours', whatFr: 'heures' })).toBeUndefined();
    expect(optMoney('', 'smic')).toBeUndefined();
    expect(optDate('', 'date')).toBeUndefined();
    expect(optDate(null, 'date')).toBeUndefined();
  });
  it('a required argument left empty is refused naming it', () => {
    for (const v of [undefined, null, '']) {
      const e = refusal(() => num(v, 'age', AGE));
      expect(e.field).toBe('age');
      expect(e.text.en).toMatch(/^missing: expected/);
    }
    expect(refusal(() => date('', 'birth_date')).field).toBe('birth_date');
  });
});

describe('ranges and error cells where a single value is expected', () => {
  it('a range is refused with a message saying so', () => {
    const e = refusal(() => num([[1], [2]], 'age', AGE));
    expect(e.field).toBe('age');
    expect(e.text.en).toMatch(/range/);
    expect(refusal(() => date([[45366]], 'date')).text.en).toMatch(/range/);
  });
  it('a cell holding an error is refused, naming the error', () => {
    expect(refusal(() => money({ error: '#DIV/0!' }, 'smic')).text.en).toMatch(/#DIV\/0!/);
  });
});

describe('choices', () => {
  const BOUND = { min: 'min', max: 'max', minimum: 'min' } as const;
  it('case- and accent-insensitive, synonyms mapped', () => {
    expect(choice('MIN', 'bound', BOUND, '"min" or "max"')).toBe('min');
    expect(choice(' Minimum ', 'bound', BOUND, '"min" or "max"')).toBe('min');
  });
  it('anything else is refused naming the argument and the expected codes', () => {
    const e = refusal(() => choice('middle', 'bound', BOUND, '"min" or "max"'));
    expect(e.field).toBe('bound');
    expect(e.text.en).toMatch(/"min" or "max"/);
  });
});
