/**
 * The parameter store: every number of the law is an effective-dated record with its articles, its
 * source and whether a primary text was read (design.md §3). `validFrom` is inclusive, `validTo` is
 * EXCLUSIVE (the first day the version no longer applies) or null while open.
 */
import { compareDates, isIsoDate, type IsoDate } from '../dates.js';
import { noLawForDate } from '../errors.js';
import type { Warning } from '../explain.js';

export interface ParameterVersion<V> {
  validFrom: IsoDate;
  /** Exclusive end; null = still in force as far as we know. */
  validTo: IsoDate | null;
  value: V;
  /** Article numbers, e.g. ["D6325-15"]. */
  articles: string[];
  /** The text that set the value: decree, arrêté, Légifrance URL, or the secondary page it rests on. */
  source: string;
  /** false where no primary text was read (rules.md marks these UNVERIFIED). */
  verified: boolean;
  note?: string;
}

export interface Parameter<V> {
  id: string;
  description: string;
  /** 'EUR', 'EUR/h', 'rate' (decimal share), 'hours', 'months', 'days', 'count', 'rule'… */
  unit: string;
  versions: ParameterVersion<V>[];
  /**
   * Last date up to which the series is known to be complete. A date after it gets the last value and a
   * BEYOND_KNOWN_LAW warning, never a guess. Omit for rules that stay until repealed.
   */
  knownThrough?: IsoDate;
  /** When the last version is closed because a later text is not held: said in the #N/A message after it. */
  afterLast?: { en: string; fr: string };
}

/** Checks a parameter's versions: sorted, valid dates, no gap, no overlap. Throws at load time. */
export function defineParameter<V>(p: Parameter<V>): Parameter<V> {
  if (p.versions.length === 0) throw new Error(`parameter ${p.id}: no version`);
  p.versions.forEach((v, i) => {
    if (!isIsoDate(v.validFrom)) throw new Error(`parameter ${p.id}: bad validFrom ${v.validFrom}`);
    if (v.validTo !== null && (!isIsoDate(v.validTo) || compareDates(v.validTo, v.validFrom) <= 0))
      throw new Error(`parameter ${p.id}: bad validTo ${v.validTo}`);
    if (v.articles.length === 0) throw new Error(`parameter ${p.id}: version ${v.validFrom} has no article`);
    const next = p.versions[i + 1];
    if (next) {
      if (v.validTo === null) throw new Error(`parameter ${p.id}: open version ${v.validFrom} is not the last`);
      if (v.validTo !== next.validFrom)
        throw new Error(`parameter ${p.id}: gap or overlap between ${v.validFrom} and ${next.validFrom}`);
    }
  });
  registry.set(p.id, p as Parameter<unknown>);
  return p;
}

const registry = new Map<string, Parameter<unknown>>();

/** Every parameter defined so far (the law/ folder registers them all on import). */
export function allParameters(): Parameter<unknown>[] {
  return [...registry.values()];
}

/** The version in force on `date`, or undefined before the earliest one / after a repeal. */
export function versionAt<V>(p: Parameter<V>, date: IsoDate): ParameterVersion<V> | undefined {
  const vs = p.versions;
  for (let i = vs.length - 1; i >= 0; i--) {
    const v = vs[i];
    if (v.validFrom <= date) return v.validTo === null || date < v.validTo ? v : undefined;
  }
  return undefined;
}

export interface InForce<V> {
  version: ParameterVersion<V>;
  warnings: Warning[];
}

/**
 * The version in force on `date`. Before the earliest version: a `no-law-for-date` error naming `field`.
 * Past `knownThrough`: the last value plus a warning. Unverified values carry an UNVERIFIED warning.
 */
export function inForce<V>(p: Parameter<V>, date: IsoDate, field = 'date'): InForce<V> {
  const version = versionAt(p, date);
  if (!version) {
    const first = p.versions[0].validFrom;
    const end = p.versions.at(-1)!.validTo;
    if (p.afterLast && end && date >= end) throw noLawForDate(field, `${date}: ${p.afterLast.en}`, `${date} : ${p.afterLast.fr}`, p.versions.at(-1)!.articles);
    throw noLawForDate(
      field,
      `${date} is outside the period the law store covers for ${p.description} (${first} onwards${p.versions.at(-1)!.validTo ? ` until ${p.versions.at(-1)!.validTo}` : ''})`,
      `${date} est hors de la période couverte pour ${p.description} (à partir du ${first})`,
      p.versions[0].articles,
    );
  }
  const warnings: Warning[] = [];
  if (p.knownThrough && date > p.knownThrough) {
    warnings.push({
      code: 'BEYOND_KNOWN_LAW',
      message: {
        en: `${p.description}: no value known after ${p.knownThrough}; the last known value (from ${version.validFrom}) is used`,
        fr: `${p.description} : aucune valeur connue après le ${p.knownThrough} ; la dernière valeur connue (du ${version.validFrom}) est utilisée`,
      },
      articles: version.articles,
    });
  }
  if (!version.verified) {
    warnings.push({
      code: 'UNVERIFIED',
      message: {
        en: `${p.description} (${version.validFrom}): value not checked against a primary text (${version.source})`,
        fr: `${p.description} (${version.validFrom}) : valeur non vérifiée sur un texte officiel (${version.source})`,
      },
      articles: version.articles,
    });
  }
  return { version, warnings };
}

const CODE_DU_TRAVAIL = 'LEGITEXT000006072050';
const CODE_SECURITE_SOCIALE = 'LEGITEXT000006073189';

/**
 * Légifrance link for an article, as a search by article number inside its code (stable, no session id;
 * the store keeps article numbers, not LEGIARTI ids). "L130-1 CSS" searches the Code de la sécurité sociale.
 */
export function legifranceUrl(article: string): string {
  // A text that is not a code article (e.g. "décret 2018-1153"): a Légifrance search for the text itself.
  if (/^(décret|decret|arrêté|arrete|loi|ordonnance)\s/i.test(article)) return `https://www.legifrance.gouv.fr/search/all?tab_selection=all&query=${encodeURIComponent(article)}`;
  const css = /\s+CSS$/i.test(article);
  const num = article.replace(/\s+CSS$/i, '').trim();
  return `https://www.legifrance.gouv.fr/search/code?tab_selection=code&searchField=NUM_ARTICLE&query=${encodeURIComponent(num)}&code=${css ? CODE_SECURITE_SOCIALE : CODE_DU_TRAVAIL}`;
}
