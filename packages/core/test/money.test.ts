import { describe, expect, it } from 'vitest';
import { cents, dec, fromCents, minimumQuotientToCents, minimumToCents, amountToCents, truncateTo, weeklyToMonthly } from '../src/money.js';

describe('money', () => {
  it('a minimum is rounded up to the cent, other amounts half-up, headcounts truncated', () => {
    expect(minimumToCents(dec('1236.844')).toString()).toBe('1236.85');
    expect(minimumToCents(dec('990.99')).toString()).toBe('990.99');
    expect(amountToCents(dec('263.7305')).toString()).toBe('263.73');
    expect(amountToCents(dec('0.125')).toString()).toBe('0.13');
    expect(truncateTo(dec('11.03805'), 2).toString()).toBe('11.03');
  });

  it('⌈n/d⌉ to the cent in one division, exact when the quotient is a whole cent', () => {
    expect(minimumQuotientToCents(dec('14842.1'), 12).toString()).toBe('1236.85');
    expect(minimumQuotientToCents(dec('11891.88'), 12).toString()).toBe('990.99');
  });

  it('weekly to monthly divides last: 11.88 × 35 × 52 / 12 = 1,801.80 exactly', () => {
    expect(weeklyToMonthly(dec('11.88').times(35)).toString()).toBe('1801.8');
  });

  it('cents ↔ decimals', () => {
    expect(fromCents(123685).toString()).toBe('1236.85');
    expect(fromCents(5).toString()).toBe('0.05');
    expect(fromCents(-105).toString()).toBe('-1.05');
    expect(cents(dec('5'))).toBe('5.00');
    expect(cents(dec('1236.844'))).toBe('1236.84');
  });
});
