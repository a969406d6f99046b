/** Amounts and dates in messages, as each language writes them. */
import type { IsoDate } from '../dates.js';
import { cents, type Decimal } from '../money.js';

export function eurosFr(d: Decimal): string {
  const [w, f] = cents(d).split('.');
  return `${grouped(w, '\u202f')},${f} €`;
}

export function eurosEn(d: Decimal): string {
  const [w, f] = cents(d).split('.');
  return `€${grouped(w, ',')}.${f}`;
}

/** Whole euros in groups of three digits, the sign kept: -1234567 → -1 234 567 with `sep`. */
function grouped(euros: number | string, sep: string): string {
  const s = String(euros);
  const sign = s.startsWith('-') ? '-' : '';
  const digits = s.slice(sign.length);
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += sep + digits.slice(i, i + 3);
  return sign + out;
}

/** A whole number of cents as eurosFr writes its amount (123456 → 1 234,56 €), in integers: exact, no big.js. */
export function eurosFrCents(c: number): string {
  const a = Math.abs(c);
  const r = a % 100;
  return `${c < 0 ? '-' : ''}${grouped((a - r) / 100, '\u202f')},${r < 10 ? '0' : ''}${r} €`;
}

/** A whole number of cents as eurosEn writes its amount (123456 → €1,234.56). */
export function eurosEnCents(c: number): string {
  const a = Math.abs(c);
  const r = a % 100;
  return `€${c < 0 ? '-' : ''}${grouped((a - r) / 100, ',')}.${r < 10 ? '0' : ''}${r}`;
}

export function dateFr(d: IsoDate): string {
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

export const monthEn = (d: IsoDate) => `${MONTHS_EN[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;
export const monthFr = (d: IsoDate) => `${MONTHS_FR[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;
/** « à partir de mars 2025 », « à partir d'avril 2025 » (elision before avril, août, octobre). */
export const fromMonthFr = (d: IsoDate) => {
  const m = monthFr(d);
  return /^[aeiouéâ]/.test(m) ? `à partir d'${m}` : `à partir de ${m}`;
};
export const percent = (rate: Decimal) => `${rate.times(100).toString()} %`;
