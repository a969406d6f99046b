/** Amounts and dates in messages, as each language writes them. */
import type { IsoDate } from '../dates.js';
import { cents, type Decimal } from '../money.js';

export function eurosFr(d: Decimal): string {
  const [w, f] = cents(d).split('.');
  return `${w.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')},${f} €`;
}

export function eurosEn(d: Decimal): string {
  const [w, f] = cents(d).split('.');
  return `€${w.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f}`;
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
