/**
 * The parameter store: every number of the law is an effective-dated record with its articles, its
 * source and whether the official text was read. `validFrom` is inclusive, `validTo` is
 * EXCLUSIVE (the first day the version no longer applies) or null while open.
 */
import { compareDates, isIsoDate, type IsoDate } from '../dates.js';
import { noLawForDate } from '../errors.js';
import type { Warning } from '../explain.js';
import { parameterName } from './french.js';

export interface ParameterVersion<V> {
  validFrom: IsoDate;
  /** Exclusive end; null = still in force as far as we know. */
  validTo: IsoDate | null;
  value: V;
  /** Article numbers, e.g. ["D6325-15"]. */
  articles: string[];
  /**
   * The public text that set the value, as a user can look it up: decree or arrêté with its date,
   * Légifrance article version, or the official page it rests on. Shown to users; never an internal name.
   */
  source: string;
  /** false where the official text was not read: users get an UNVERIFIED warning naming `source`. */
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
    const last = p.versions.at(-1)!.validTo;
    // A closed last version whose successor is not held (decision "law-not-held-after"): say so.
    if (p.afterLast && last && date >= last) throw noLawForDate(field, `${date}: ${p.afterLast.en}`, `${date} : ${p.afterLast.fr}`, p.versions.at(-1)!.articles);
    const fr = parameterName(p, 'fr');
    throw noLawForDate(
      field,
      `${date} is outside the period the law store covers for ${p.description} (${first} onwards${last ? ` until ${last}` : ''})`,
      `${date} est hors de la période couverte pour ${fr} (à partir du ${dayFr(first)}${last ? ` jusqu'au ${dayFr(last)}` : ''})`,
      p.versions[0].articles,
    );
  }
  const warnings: Warning[] = [];
  if (p.knownThrough && date > p.knownThrough) {
    const fr = parameterName(p, 'fr');
    warnings.push({
      code: 'BEYOND_KNOWN_LAW',
      message: {
        en: `${p.description}: no value known after ${p.knownThrough}; the last known value (from ${version.validFrom}) is used`,
        fr: `${fr} : aucune valeur connue après le ${dayFr(p.knownThrough)} ; la dernière valeur connue (du ${dayFr(version.validFrom)}) est utilisée`,
      },
      articles: version.articles,
    });
  }
  if (!version.verified) warnings.push(unverifiedWarning(p, version));
  return { version, warnings };
}

/** 2024-03-15 → 15/03/2024, as French messages write dates. */
const dayFr = (d: IsoDate) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/**
 * The warning a value not checked against the official text carries, in both languages: what it is, from
 * when, and the public source it rests on (the decree, arrêté or official page named in `source`).
 */
export function unverifiedWarning(p: Parameter<unknown>, version: ParameterVersion<unknown>): Warning {
  return {
    code: 'UNVERIFIED',
    message: {
      en: `${p.description} (from ${version.validFrom}): value not checked against the official text; it rests on ${version.source}`,
      fr: `${parameterName(p, 'fr')} (depuis le ${dayFr(version.validFrom)}) : valeur non vérifiée sur le texte officiel ; elle repose sur ${publicTexts(version.source).join(', ') || version.source}`,
    },
    articles: version.articles,
  };
}

const TEXT_NAMES = [
  // décret n° 2018-1347 du 28 décembre 2018, arrêté du 22 mai 2026, loi 2014-288, ordonnance 2021-797, décrets 2023-1354…
  /(?<![\p{L}])(?:décrets?|arrêtés?|loi|ordonnance)(?![\p{L}])(?:\s+(?:n°\s*)?\d{4}-\d+)?(?:\s+(?:and|et)\s+(?:n°\s*)?\d{4}-\d+)?(?:\s+du\s+\d{1,2}(?:er)?\s+[a-zéû]+\s+\d{4})?/giu,
  // articles of the codes
  /\b[LRD]\d{3,4}-\d+(?:-\d+)*(?:\s+CSS)?\b/g,
  // public sites
  /\b(?:Légifrance|Journal officiel|service-public\.fr|travail-emploi\.gouv\.fr|code\.travail\.gouv\.fr|juritravail\.com|OpenFisca-France)\b/gi,
];

/**
 * The public texts a `source` names (decrees, arrêtés, laws, articles, official sites), in order, for
 * messages in French: the source itself is written in English around those names.
 */
export function publicTexts(source: string): string[] {
  const found: { at: number; text: string }[] = [];
  TEXT_NAMES.forEach((re, i) => {
    // A text's kind alone ("the decree") names nothing: only with its number or date.
    for (const m of source.matchAll(re)) if (i > 0 || /\d/.test(m[0])) found.push({ at: m.index!, text: m[0] });
  });
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.text.replace(/\s+and\s+/g, ' et ')))];
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
