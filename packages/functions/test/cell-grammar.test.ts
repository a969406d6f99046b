/**
 * One cell grammar: the validation engine (@formapro/core readDecimal, readDate, readYesNo) and the functions'
 * argument coercion (money, date, bool) accept the same texts and read them the same way, or both refuse.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, LawError, readDate, readDecimal, readYesNo } from '@formapro/core';
import { bool, date, money, parseDecimalText } from '../src/coerce.js';

const orNull = <T>(f: () => T): T | null => {
  try {
    return f();
  } catch (e) {
    if (e instanceof LawError) return null;
    throw e;
  }
};

const numberish = fc.array(fc.constantFrom(...'0123456789'.split(''), '.', ',', ' ', '\u00a0', '\u202f', '-', '+', '€', 'e', 'a'), { minLength: 1, maxLength: 14 }).map((a) => a.join(''));
const dateish = fc.oneof(
  fc.array(fc.constantFrom(...'0123456789'.split(''), '/', '.', '-', ' ', 'T', ':'), { minLength: 1, maxLength: 19 }).map((a) => a.join('')),
  fc.tuple(fc.integer({ min: 0, max: 35 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1890, max: 2100 }), fc.constantFrom('/', '.', '-')).map(([d, m, y, s]) => `${d}${s}${m}${s}${y}`),
);

describe('validation engine and function arguments read cells alike', () => {
  it('decimals: readDecimal(text) and money(text) / parseDecimalText(text) agree on every text (value or refusal)', () => {
    fc.assert(
      fc.property(numberish, (t) => {
        const engine = readDecimal(t);
        const fn = parseDecimalText(t);
        if (engine === null || engine === undefined) expect(fn, JSON.stringify(t)).toBeUndefined();
        else {
          expect(fn !== undefined && dec(fn).eq(engine), JSON.stringify(t)).toBe(true);
          if (engine.gte(0)) expect(money(t, 'x').eq(engine)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
    for (const t of ['1 234,56', '1,234.56', '1.234,56', '1234.56', '€1,234.56', '1 234,56 €']) expect([readDecimal(t)?.toString(), parseDecimalText(t)]).toEqual(['1234.56', '1234.56']);
    for (const t of ['1,234', '1.234']) expect([readDecimal(t), parseDecimalText(t)]).toEqual([null, undefined]);
  });

  it('dates: readDate(text) and date(text) agree (15.03.2024 and 15-03-2024 read by both, 15/03/24 by neither)', () => {
    fc.assert(
      fc.property(dateish, (t) => {
        const engine = readDate(t);
        const fn = orNull(() => date(t, 'd'));
        expect(fn, JSON.stringify(t)).toBe(engine === undefined ? null : engine);
      }),
      { numRuns: 3000 },
    );
    for (const t of ['15/03/2024', '15.03.2024', '15-03-2024', '2024-03-15', '2024-03-15T09:00', '45366']) expect([readDate(t), date(t, 'd')]).toEqual(['2024-03-15', '2024-03-15']);
    for (const t of ['15/03/24', '31/02/2024']) expect([readDate(t), orNull(() => date(t, 'd'))]).toEqual([null, null]);
    expect([readDate(45366), date(45366, 'd')]).toEqual(['2024-03-15', '2024-03-15']);
  });

  it('yes/no: readYesNo(text) and bool(text) agree', () => {
    for (const t of ['oui', 'Non', 'X', 'vrai', 'FAUX', 'yes', 'n', '1', '0', 'peut-être', 'si', '2'])
      expect(orNull(() => bool(t, 'b')), t).toBe(readYesNo(t));
  });
});
