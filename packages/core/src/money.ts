/**
 * Money and rates, exact. A private big.js constructor fixes the precision and the default rounding
 * here, never through the global `Big` settings. Amounts leave the core as decimal strings.
 */
import BigJs from 'big.js';

/** Private constructor: 20 decimal places for divisions, half-up by default. */
export const Big = BigJs();
Big.DP = 20;
Big.RM = Big.roundHalfUp;
Big.NE = -1e6; // toString never switches to exponential notation
Big.PE = 1e6;
export type Decimal = BigJs.Big;

/** A decimal from a string ("0.55", "1766.92"), an integer, or a Decimal. Never from a non-integer float. */
export function dec(value: string | number | Decimal): Decimal {
  // A number is read as it is written (0.1 → "0.1", -0 → "0"), never from its binary expansion.
  return new Big(typeof value === 'number' ? String(value) : value);
}

/** A legal minimum is rounded UP to the cent, so it is never understated (decision "minimum-rounded-up"). */
export function minimumToCents(x: Decimal): Decimal {
  return x.round(2, Big.roundUp);
}

/** Cent-precision constructor rounding up: a division by it yields the exact ceiling to the cent. */
const CentsUp = BigJs();
CentsUp.DP = 2;
CentsUp.RM = CentsUp.roundUp;

/** ⌈numerator / divisor⌉ to the cent, exactly and in one cheap division (the minimum of a fraction). */
export function minimumQuotientToCents(numerator: Decimal, divisor: number | Decimal): Decimal {
  return new Big(new CentsUp(numerator).div(divisor));
}

/** CPF credits are rounded up to the cent (R6323-1 II, R6323-22). */
export function creditToCents(x: Decimal): Decimal {
  return x.round(2, Big.roundUp);
}

/** Other amounts: half-up to the cent unless a text says otherwise. */
export function amountToCents(x: Decimal): Decimal {
  return x.round(2, Big.roundHalfUp);
}

/** A legal CAP ("at most …") is rounded DOWN to the cent, so it is never exceeded (30 % of 1,000.05 = 300.015 → 300.01). */
export function capToCents(x: Decimal): Decimal {
  return x.round(2, Big.roundDown);
}

/** Truncation, e.g. the average headcount truncated to 2 decimals (R130-1 I CSS). */
export function truncateTo(x: Decimal, places: number): Decimal {
  return x.round(places, Big.roundDown);
}

/** An amount or a duration as an integer number of hundredths, when it has at most 2 decimals (1234.56 yes, 1234.565 no). */
export function hundredths(x: number): number | undefined {
  const h = Math.round(x * 100);
  return Number.isSafeInteger(h) && h / 100 === x ? h : undefined;
}

/** A whole number of cents as a decimal amount (parsing a string: cheaper than a big.js division). */
export function fromCents(c: number): Decimal {
  const sign = c < 0 ? '-' : '';
  const a = Math.abs(c);
  const r = a % 100;
  return new Big(`${sign}${(a - r) / 100}.${r < 10 ? '0' : ''}${r}`);
}

/** Two-decimal string, the form amounts leave the core in (big.js formatting: exact, no binary float). */
export function cents(x: Decimal): string {
  const [whole, frac = ''] = x.round(2, Big.roundHalfUp).toString().split('.');
  return `${whole}.${frac.padEnd(2, '0')}`;
}

export function maxDec(a: Decimal, b: Decimal): Decimal {
  return a.gte(b) ? a : b;
}

export function minDec(a: Decimal, b: Decimal): Decimal {
  return a.lte(b) ? a : b;
}

/**
 * Weekly to monthly: × 52 / 12 (35 h/week → 151 2/3 h/month). 52/12 has no exact decimal form, so the
 * division must be the LAST step: multiply every factor (rates included) into `weekly` first, otherwise a
 * minimum that is exact to the cent could be rounded up one cent too far.
 */
export function weeklyToMonthly(weekly: Decimal): Decimal {
  return weekly.times(52).div(12);
}
