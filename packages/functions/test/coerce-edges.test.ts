// Argument coercion at its edges: the messages a user reads, tiny and huge numbers, text yes/no, today's date.
import { describe, expect, it } from 'vitest';
import { LawError } from '@formapro/core';
import { bool, date, money, num, show, today } from './support';

const refused = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof LawError) return { field: e.field, en: e.text.en, fr: e.text.fr };
    throw e;
  }
  throw new Error('accepted');
};

describe('what a message shows of the value received', () => {
  it('nothing, "text" in quotes, a range, an error cell, numbers and booleans as written', () => {
    expect([show(null), show(undefined), show('a b'), show([[1]]), show({ error: '#DIV/0!' }), show(12.5), show(true)]).toEqual(['nothing', 'nothing', '"a b"', 'a range', '#DIV/0!', '12.5', 'true']);
  });
});

describe('money', () => {
  it('the default description of an amount, in English and French', () => {
    expect(refused(() => money('abc', 'smic'))).toEqual({ field: 'smic', en: '"abc" is not an amount in euros (e.g. 1766.92)', fr: '"abc" n\'est pas un montant en euros (ex. 1766,92)' });
    expect(refused(() => money(-1, 'smic')).en).toBe('-1 is below 0 (an amount in euros (e.g. 1766.92))');
  });
  it('a number JavaScript writes with an exponent: below 1e-6 it is 0; from 1e21 it is too large; in between, exact', () => {
    expect(money(1e-7, 'x').toString()).toBe('0');
    expect(money(-1e-7, 'x').toString()).toBe('0');
    expect(money(0.000001, 'x').toString()).toBe('0.000001');
    expect(money(999_999_999_999_999_900_000, 'x').toString()).toBe('999999999999999900000');
    expect(refused(() => money(1e21, 'x'))).toEqual({ field: 'x', en: '1e+21 is too large for an amount in euros', fr: '1e+21 est trop grand pour un montant en euros' });
    expect(refused(() => money('1e3', 'x')).en).toBe('"1e3" is not an amount in euros (e.g. 1766.92)');
  });
  it('positive: 0 refused, 0.01 accepted; min: below refused with the minimum in the message', () => {
    expect(refused(() => money(0, 'rate', { positive: true, what: 'a rate', whatFr: 'un taux' })).en).toBe('0 must be above 0 (a rate)');
    expect(money(0.01, 'rate', { positive: true }).toString()).toBe('0.01');
    expect(refused(() => money(4, 'x', { min: 5 })).en).toBe('4 is below 5 (an amount in euros (e.g. 1766.92))');
    expect(money(5, 'x', { min: 5 }).toString()).toBe('5');
  });
});

describe('num', () => {
  const age = { min: 16, max: 120, integer: true, what: 'an age in years', whatFr: 'un âge en années' };
  it('the bounds are inclusive: 16 and 120 accepted, 15 and 121 refused with the bound in the message', () => {
    expect([num(16, 'age', age), num(120, 'age', age), num('16', 'age', age)]).toEqual([16, 120, 16]);
    expect(refused(() => num(15, 'age', age))).toEqual({ field: 'age', en: '15 is below 16 (an age in years)', fr: '15 est inférieur à 16 (un âge en années)' });
    expect(refused(() => num(121, 'age', age))).toEqual({ field: 'age', en: '121 is above 120 (an age in years)', fr: '121 est supérieur à 120 (un âge en années)' });
    expect(refused(() => num('1 2', 'age', age)).en).toBe('"1 2" is not an age in years');
  });
  it('without bounds any finite number passes, negative or huge', () => {
    expect(num(-5, 'n', { what: 'a number', whatFr: 'un nombre' })).toBe(-5);
    expect(num(1e300, 'n', { what: 'a number', whatFr: 'un nombre' })).toBe(1e300);
  });
});

describe('yes/no and dates', () => {
  it('text oui / NON is read as yes / no; the number 2 and TRUE as a date are refused', () => {
    expect(bool('oui', 'b')).toBe(true);
    expect(bool('NON', 'b')).toBe(false);
    expect(bool(1, 'b')).toBe(true);
    expect(bool(0, 'b')).toBe(false);
    expect(refused(() => bool(2, 'b')).en).toBe('2 is not TRUE or FALSE');
    expect(refused(() => date(true, 'start')).en).toBe('true is not a date (an Excel date, or text YYYY-MM-DD or DD/MM/YYYY)');
  });
  it("today() is the local calendar day, month counted from 1", () => {
    // the Swedish locale writes local dates as YYYY-MM-DD
    expect(today()).toBe(new Date().toLocaleDateString('sv-SE'));
  });
});
