/**
 * The cell grammar (src/cells.ts, docs/cell-formats.md): every accepted way of writing a decimal or a date
 * reads back the value written; ambiguous and malformed text is refused; text normalisation is idempotent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, fromDayNumber, normaliseText, readDateText, readDecimalText, readSerialDate, readYesNoText, toDayNumber } from '../src/index.js';

const group = (digits: string, sep: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);

describe('decimals', () => {
  it('every accepted spelling of a decimal reads back its value (plain, space-grouped, French and English grouping, €, sign)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 3 }), fc.boolean(), fc.constantFrom('', ' €', '€', ' EUR', ' euros'), (n, places, negative, currency) => {
        const s = n.toString().padStart(places + 1, '0');
        const whole = s.slice(0, s.length - places) || '0';
        const frac = s.slice(s.length - places);
        const want = dec(`${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`);
        const spellings = [
          `${whole}${frac ? `.${frac}` : ''}`,
          `${whole}${frac ? `,${frac}` : ''}`,
          `${group(whole, ' ')}${frac ? `,${frac}` : ''}`,
          `${group(whole, '\u202f')}${frac ? `,${frac}` : ''}`,
          `${group(whole, '\u00a0')}${frac ? `.${frac}` : ''}`,
          `${group(whole, '.')}${frac ? `,${frac}` : ''}`,
          `${group(whole, ',')}${frac ? `.${frac}` : ''}`,
        ];
        for (const spelt of spellings) {
          const text = `${negative ? '-' : ''}${spelt}${currency}`;
          const r = readDecimalText(text);
          // one separator followed by exactly three digits after a whole part of 1–3 digits: ambiguous
          if (/^[1-9]\d{0,2}[.,]\d{3}$/.test(spelt)) expect(r, text).toEqual({ refused: 'ambiguous' });
          else {
            expect('value' in r, text).toBe(true);
            if ('value' in r) expect(dec(r.value).eq(want), `${text} → ${r.value}`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('ambiguous: 1,234 and 1.234 and 123,456 are refused; 0,125, 1,2345, 1 234 and 1.234,5 are not', () => {
    for (const t of ['1,234', '1.234', '123,456', '12.345']) expect(readDecimalText(t)).toEqual({ refused: 'ambiguous' });
    expect(readDecimalText('0,125')).toEqual({ value: '0.125' });
    expect(readDecimalText('1,2345')).toEqual({ value: '1.2345' });
    expect(readDecimalText('1 234')).toEqual({ value: '1234' });
    expect(readDecimalText('1.234,5')).toEqual({ value: '1234.5' });
    expect(readDecimalText('-0,00')).toEqual({ value: '0.00' });
  });

  it('not a number: exponents, percentages, a lone separator, wrong groups, two decimal parts, words', () => {
    for (const t of ['1e3', '55 %', '.5', '5.', '1 23,4', '12,34,567', '1.234.56', '1,234,56.7', '1.2.3', 'douze', '', '--5', '1 234 5', '0 125'])
      expect(readDecimalText(t), t).toEqual({ refused: 'not-a-number' });
  });
});

describe('dates', () => {
  const day = fc.integer({ min: toDayNumber('1900-03-01'), max: toDayNumber('9999-12-31') }).map(fromDayNumber);
  it('ISO, ISO with a time, day-first with / . - (padded or not) and Excel serials (number or text) read back the same day', () => {
    fc.assert(
      fc.property(day, (iso) => {
        const [y, m, d] = iso.split('-');
        const serial = toDayNumber(iso) - toDayNumber('1899-12-30');
        const texts = [iso, `${iso}T08:30:00`, `${iso} 08:30`, `${d}/${m}/${y}`, `${d}.${m}.${y}`, `${d}-${m}-${y}`, `${Number(d)}/${Number(m)}/${y}`, String(serial), `${serial}.5`];
        for (const t of texts) expect(readDateText(t), t).toEqual({ value: iso });
        expect(readSerialDate(serial)).toEqual({ value: iso });
        expect(readSerialDate(serial + 0.75)).toEqual({ value: iso });
      }),
      { numRuns: 300 },
    );
  });

  it('refused: impossible days, two-digit years, year first with slashes, month names, serials out of Excel range and its 1900-02-29', () => {
    for (const t of ['31/02/2024', '2023-02-29', '29.02.2023', '00/01/2024']) expect(readDateText(t), t).toEqual({ refused: 'not-a-calendar-date' });
    for (const t of ['15/03/24', '2024/03/15', '15 mars 2024', 'March 15, 2024', '15/03/2024 10h', 'hier']) expect(readDateText(t), t).toEqual({ refused: 'not-a-date' });
    expect(readSerialDate(0)).toEqual({ refused: 'out-of-range' });
    expect(readSerialDate(2958466)).toEqual({ refused: 'out-of-range' });
    expect(readSerialDate(2958465)).toEqual({ value: '9999-12-31' });
    expect(readSerialDate(60)).toEqual({ refused: 'excel-1900-02-29' });
    expect(readSerialDate(61)).toEqual({ value: '1900-03-01' });
  });
});

describe('yes / no and text', () => {
  it('oui/non, o/n, yes/no, vrai/faux, true/false, 1/0, x in any case and accents; anything else unread', () => {
    for (const t of ['oui', 'OUI', ' Oui ', 'o', 'yes', 'Y', 'vrai', 'VRAI', 'true', '1', 'x', 'X']) expect(readYesNoText(t), t).toBe(true);
    for (const t of ['non', 'NON', 'n', 'no', 'faux', 'false', '0']) expect(readYesNoText(t), t).toBe(false);
    for (const t of ['peut-être', 'si', '2', 'ok', '']) expect(readYesNoText(t), t).toBeUndefined();
  });

  it('normaliseText is idempotent, case- and accent-blind, and keeps only a–z, 0–9 (and + when asked) in single spaces', () => {
    const letters = fc.constantFrom(...'aàâäbcçdeéèêëfghiîïjklmnoôöpqrstuùûüvwxyÿzœæ0123456789 \'’-_/.,+()«»'.split(''));
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 30 }).map((a) => a.join('')), (s) => {
        const n = normaliseText(s);
        expect(n).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
        expect(normaliseText(n)).toBe(n);
        expect(normaliseText(s.toUpperCase())).toBe(n);
        expect(normaliseText(s, '+')).toMatch(/^(?:[a-z0-9+]+(?: [a-z0-9+]+)*)?$/);
      }),
      { numRuns: 300 },
    );
    expect(normaliseText("Date d'entrée (JJ/MM/AAAA)")).toBe('date d entree jj mm aaaa');
    expect(normaliseText('Œuvre  Sœur')).toBe('oeuvre soeur');
    expect(normaliseText('Bac+2', '+')).toBe('bac+2');
  });
});
