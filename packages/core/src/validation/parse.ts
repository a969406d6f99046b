/**
 * Reading cell values as a French HR sheet holds them: Excel serial dates, ISO and
 * JJ/MM/AAAA dates, `1 234,56` or `1234.56` money, oui/non/x — the grammar of ../cells.ts, the same as the
 * functions' arguments (docs/cell-formats.md). A value that cannot be read is reported, never replaced by a default.
 */
import type { IsoDate } from '../dates.js';
import { normaliseText, readDateText, readDecimalText, readSerialDate, readYesNoText } from '../cells.js';
import { dec, type Decimal } from '../money.js';

/** What a spreadsheet or a CSV gives: numbers (serial dates too), text, booleans, empty. */
export type RawCell = string | number | boolean | null | undefined;

export type Parsed<T> = { ok: true; value: T } | { ok: false } | { ok: true; value: undefined };

export const isBlank = (v: RawCell): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** undefined = blank; null = unreadable (the grammar of docs/cell-formats.md, shared with the functions). */
export function readDate(v: RawCell): IsoDate | undefined | null {
  if (isBlank(v)) return undefined;
  if (typeof v === 'number' || typeof v === 'string') {
    // a sheet repeats its dates (starts, ends, births of a year): each serial or text is turned into a date once
    let d = datesSeen.get(v);
    // Stryker disable next-line ConditionalExpression: cache — a miss computes the same value
    if (d === undefined) {
      d = valueOr(typeof v === 'number' ? readSerialDate(v) : readDateText(v));
      // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: memo bound — forgetting sooner or later reads the same date
      if (datesSeen.size >= DATES_KEPT) datesSeen.clear();
      datesSeen.set(v, d);
    }
    return d;
  }
  return null;
}

const datesSeen = new Map<number | string, IsoDate | null>();
/** About 45 years of days: every birth, start and end date of a sheet, in a megabyte or two. */
const DATES_KEPT = 2 ** 14;

const valueOr = <T>(r: { value: T } | { refused: unknown }): T | null => ('value' in r ? r.value : null);

/** The numbers of the texts already read (hours, months, counts: a sheet repeats them). */
const numbersSeen = new Map<string, number | null>();

/** A decimal from a number or French/English text (`1 234,56`, `1234.56`, `1.234,56`, `1,234.56`, `€`); `1,234` is ambiguous: null. */
export function readDecimal(v: RawCell): Decimal | undefined | null {
  if (isBlank(v)) return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? dec(String(v)) : null;
  if (typeof v !== 'string') return null;
  const r = readDecimalText(v);
  return 'value' in r ? dec(r.value) : null;
}

/**
 * A money cell as readDecimal reads it, but in whole cents (an integer, no big.js) when it has at most 2
 * decimals and fewer than 13 digits of euros: what the salary check compares.
 */
export function readMoney(v: RawCell): number | Decimal | undefined | null {
  if (typeof v === 'number') {
    const c = Math.round(v * 100);
    // the number is exactly that many hundredths when dividing back gives it (1234.56 yes, 1234.565 no)
    if (Number.isSafeInteger(c) && Math.abs(c) < 1e14 && c / 100 === v) return c === 0 ? 0 : c;
  } else if (typeof v === 'string' && !isBlank(v)) {
    const r = readDecimalText(v);
    if (!('value' in r)) return null;
    const c = centsOfDecimalText(r.value);
    return c ?? dec(r.value);
  }
  return readDecimal(v);
}

/** "-1234.5" → -123450, "12.500" → 1250: a plain decimal of at most 2 significant decimals and 12 whole digits, in cents; else undefined. */
function centsOfDecimalText(t: string): number | undefined {
  const m = /^(-?)(\d{1,12})(?:\.(\d{0,2})0*)?$/.exec(t);
  if (!m) return undefined;
  const f = m[3] ?? '';
  const c = Number(m[2]) * 100 + (f.length === 2 ? Number(f) : f.length === 1 ? Number(f) * 10 : 0);
  return m[1] === '-' && c !== 0 ? -c : c;
}

export function readNumber(v: RawCell): number | undefined | null {
  // a finite number reads as itself (its decimal text read back); -0 is 0
  if (typeof v === 'number') return Number.isFinite(v) ? v + 0 : null;
  if (typeof v === 'string' && !isBlank(v)) {
    // the decimal text read as a number (the same double as through big.js: both are the same exact decimal)
    let n = numbersSeen.get(v);
    // Stryker disable next-line ConditionalExpression: cache — a miss computes the same value
    if (n === undefined) {
      const r = readDecimalText(v);
      n = 'value' in r && Number.isFinite(Number(r.value)) ? Number(r.value) + 0 : null;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: memo bound — forgetting sooner or later reads the same number
      if (numbersSeen.size >= DATES_KEPT) numbersSeen.clear();
      numbersSeen.set(v, n);
    }
    return n;
  }
  const d = readDecimal(v);
  if (d === undefined || d === null) return d;
  const n = Number(d.toString());
  return Number.isFinite(n) ? n : null;
}

/** oui/non, yes/no, vrai/faux, true/false, 1/0, x/empty. Blank = not stated (undefined). */
export function readYesNo(v: RawCell): boolean | undefined | null {
  if (isBlank(v)) return undefined;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : null;
  const t = String(v);
  let r = yesNoSeen.get(t);
  // Stryker disable next-line ConditionalExpression: cache — a miss computes the same value
  if (r === undefined) {
    r = readYesNoText(t) ?? null;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: memo bound — forgetting sooner or later reads the same answer
    if (yesNoSeen.size >= YES_NO_KEPT) yesNoSeen.clear();
    yesNoSeen.set(t, r);
  }
  return r;
}

/** The answers of the yes/no texts already read (a sheet repeats a handful: oui, non, x…), at most YES_NO_KEPT. */
const yesNoSeen = new Map<string, boolean | null>();
const YES_NO_KEPT = 2 ** 8;

export type ContractType = 'CDD' | 'CDI';

export function readContractType(v: RawCell): ContractType | undefined | null {
  if (isBlank(v)) return undefined;
  const text = String(v);
  // Stryker disable next-line ConditionalExpression: cache — a miss computes the same value
  if (typeSeen.has(text)) return typeSeen.get(text);
  const type = contractType(text);
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: memo bound — forgetting sooner or later reads the same answer
  if (typeSeen.size >= YES_NO_KEPT) typeSeen.clear();
  typeSeen.set(text, type);
  return type;
}

/** The texts of « Type de contrat » cells already read (a sheet repeats a handful). */
const typeSeen = new Map<string, ContractType | undefined | null>();

function contractType(text: string): ContractType | undefined | null {
  // accents and punctuation dropped: « C.D.D. », « Contrat à durée déterminée »
  const t = normaliseText(text).replace(/ /g, '');
  if (t === 'cdd' || t.startsWith('contratadureedeterminee') || t === 'fixedterm') return 'CDD';
  if (t === 'cdi' || t.startsWith('contratadureeindeterminee') || t === 'permanent' || t === 'openended') return 'CDI';
  // « CDD à temps plein », « Apprentissage », « Contrat pro – CDI »: the type the cell states, if any; a kind
  // alone (« Apprentissage ») states no type; neither is unreadable
  const n = readContractNature(text);
  return n?.type ?? (n?.kind ? undefined : null);
}

/** Which contract a row is: a contrat d'apprentissage or a contrat de professionnalisation. */
export type ContractKind = 'apprenticeship' | 'professionalisation';

const KIND_WORDS: [RegExp, ContractKind][] = [
  [/\b(apprentissage|apprenti|apprentie|apprentice|apprenticeship|cfa)\b/, 'apprenticeship'],
  [/\b(professionnalisation|professionalisation|professionalization|pro|cprof|cpro|contrat de pro)\b/, 'professionalisation'],
];

/**
 * The kind and the type a « Dispositif » / « Type de contrat » cell gives: « Apprentissage » (kind only),
 * « CDD » (type only), « CDD apprentissage », « Contrat pro – CDI » (both). undefined = blank, null = neither.
 */
export function readContractNature(v: RawCell): { kind?: ContractKind; type?: ContractType } | undefined | null {
  if (isBlank(v)) return undefined;
  const text = String(v);
  let r = natureSeen.get(text);
  // Stryker disable next-line ConditionalExpression: cache — a miss computes the same value
  if (r === undefined) {
    r = contractNature(text);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: memo bound — forgetting sooner or later reads the same answer
    if (natureSeen.size >= YES_NO_KEPT) natureSeen.clear();
    natureSeen.set(text, r);
  }
  return r;
}

/** The texts of « Dispositif » / « Type de contrat » cells already read (a sheet repeats a handful); the answers are frozen, shared. */
const natureSeen = new Map<string, Readonly<{ kind?: ContractKind; type?: ContractType }> | null>();

function contractNature(text: string): Readonly<{ kind?: ContractKind; type?: ContractType }> | null {
  const t = normaliseText(text);
  let kind: ContractKind | undefined;
  for (const [re, k] of KIND_WORDS) if (re.test(t)) { kind = k; break; }
  const type = /\b(cdd|duree determinee|fixed term)\b/.test(t) ? 'CDD' : /\b(cdi|duree indeterminee|permanent|open ended)\b/.test(t) ? 'CDI' : undefined;
  return kind || type ? Object.freeze({ ...(kind ? { kind } : {}), ...(type ? { type } : {}) }) : null;
}

/** The kind alone (a « Dispositif » column): « CDD » there is unreadable as a kind. */
export function readContractKind(v: RawCell): ContractKind | undefined | null {
  const n = readContractNature(v);
  return n === undefined ? undefined : n?.kind ?? null;
}

import type { Benefit } from '../professionalisation/eligibility.js';

/** RSA / ASS / AAH / CUI, or "aucun"/"non"/empty for none. */
export function readBenefit(v: RawCell): Benefit | 'none' | undefined | null {
  if (isBlank(v)) return undefined;
  const t = String(v).trim().toUpperCase();
  if (t === 'RSA' || t === 'ASS' || t === 'AAH' || t === 'CUI') return t;
  if (['AUCUN', 'AUCUNE', 'NON', 'NONE', 'NO', '-'].includes(t)) return 'none';
  return null;
}

export type RenewalGroundCode = 'higher_qualification' | 'exam_failure' | 'maternity' | 'illness' | 'work_accident' | 'occupational_disease' | 'training_body_failure' | 'other';

const GROUNDS: [RegExp, RenewalGroundCode][] = [
  [/qualification (superieure|complementaire)|higher|complementary/, 'higher_qualification'],
  [/echec|exam/, 'exam_failure'],
  [/maternite|maternity/, 'maternity'],
  [/maladie professionnelle|occupational/, 'occupational_disease'],
  [/maladie|illness|sick/, 'illness'],
  [/accident/, 'work_accident'],
  [/defaillance|organisme|training body/, 'training_body_failure'],
];

export function readRenewalGround(v: RawCell): RenewalGroundCode | undefined {
  if (isBlank(v)) return undefined;
  const t = normaliseText(String(v));
  for (const [re, code] of GROUNDS) if (re.test(t)) return code;
  return 'other';
}
