/**
 * The SMIC in force on a date: hourly (the legal rate) and the published monthly figure for 35 h/week.
 * Cached by month, since the SMIC never changes inside a calendar month in the series we hold.
 */
import type { IsoDate } from '../dates.js';
import { Big, dec, weeklyToMonthly, type Decimal } from '../money.js';
import type { Warning } from '../explain.js';
import { inForce } from './store.js';
import { SMIC_HOURLY, SMIC_HOURLY_MAYOTTE } from './params/smic.js';
import { LEGAL_WEEKLY_HOURS } from './params/working-time.js';

export interface SmicInForce {
  hourly: Decimal;
  /** Published monthly figure: hourly × 151 2/3, rounded half-up to the cent. */
  monthly: Decimal;
  validFrom: IsoDate;
  articles: string[];
  source: string;
  verified: boolean;
  warnings: Warning[];
}


/** Metropolitan France and the DROM except Mayotte, or Mayotte (its own series). */
export type Territory = 'metropole' | 'mayotte';

const cache = new Map<string, SmicInForce>();

export function smicOn(date: IsoDate, field = 'date', territory: Territory = 'metropole'): SmicInForce {
  // the SMIC changes only on the 1st of a month; knownThrough is a month end
  // Stryker disable next-line MethodExpression: a key per day would only cache less
  const key = `${territory}${date.slice(0, 7)}`;
  const hit = cache.get(key);
  // Stryker disable next-line ConditionalExpression: a cache miss recomputes the same value
  if (hit) return hit;
  const { version, warnings } = inForce(territory === 'mayotte' ? SMIC_HOURLY_MAYOTTE : SMIC_HOURLY, date, field);
  const hourly = dec(version.value);
  const result: SmicInForce = {
    hourly,
    monthly: weeklyToMonthly(hourly.times(inForce(LEGAL_WEEKLY_HOURS, date).version.value)).round(2, Big.roundHalfUp),
    validFrom: version.validFrom,
    articles: version.articles,
    source: version.source,
    verified: version.verified,
    warnings,
  };
  cache.set(key, result);
  return result;
}
