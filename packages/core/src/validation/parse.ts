/**
 * Reading cell values as a French HR sheet holds them: Excel serial dates, ISO and
 * JJ/MM/AAAA dates, `1 234,56` or `1234.56` money, oui/non/x. A value that cannot be read is reported,
 * never replaced by a default.
 */
import { formatYmd, fromExcelSerial, parseIso, type IsoDate } from '../dates.js';
import { dec, type Decimal } from '../money.js';

/** What a spreadsheet or a CSV gives: numbers (serial dates too), text, booleans, empty. */
export type RawCell = string | number | boolean | null | undefined;

export type Parsed<T> = { ok: true; value: T } | { ok: false } | { ok: true; value: undefined };

export const isBlank = (v: RawCell): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

const FR_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** undefined = blank; null = unreadable. */
export function readDate(v: RawCell): IsoDate | undefined | null {
  if (isBlank(v)) return undefined;
  if (typeof v === 'number') return Number.isFinite(v) && v >= 1 ? (fromExcelSerial(v) ?? null) : null;
  if (typeof v !== 'string') return null;
  const t = v.trim();
  const head = t.length > 10 && /^\d{4}-\d{2}-\d{2}[T ]/.test(t) ? t.slice(0, 10) : t;
  if (parseIso(head)) return head;
  const m = FR_DATE.exec(t);
  if (m) {
    const iso = formatYmd(Number(m[3]), Number(m[2]), Number(m[1]));
    return parseIso(iso) ? iso : null;
  }
  if (/^\d+(\.\d+)?$/.test(t)) return readDate(Number(t));
  return null;
}

const DECIMAL_TEXT = /^[+-]?(\d{1,3}(?:[\s\u00a0\u202f.]\d{3})+|\d{1,3}(?:[\s\u00a0\u202f,]\d{3})+|\d+)(?:[.,](\d+))?$/;

/** A decimal from a number or French/English text (`1 234,56`, `1234.56`, `1.234,56`, `1,234.56`, `€`). */
export function readDecimal(v: RawCell): Decimal | undefined | null {
  if (isBlank(v)) return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? dec(String(v)) : null;
  if (typeof v !== 'string') return null;
  const t = v.trim().replace(/\s*(€|eur|euros?)$/i, '').replace(/^€\s*/, '');
  const m = DECIMAL_TEXT.exec(t);
  if (!m) return null;
  const whole = m[1].replace(/[\s\u00a0\u202f.,]/g, '');
  // "1.234" or "1,234" alone is ambiguous: read as thousands only when grouped as such
  const sign = t.startsWith('-') ? '-' : '';
  return dec(m[2] !== undefined ? `${sign}${whole}.${m[2]}` : `${sign}${whole}`);
}

export function readNumber(v: RawCell): number | undefined | null {
  const d = readDecimal(v);
  if (d === undefined || d === null) return d;
  const n = Number(d.toString());
  return Number.isFinite(n) ? n : null;
}

const YES = new Set(['oui', 'o', 'yes', 'y', 'vrai', 'true', '1', 'x']);
const NO = new Set(['non', 'n', 'no', 'faux', 'false', '0']);

/** oui/non, yes/no, vrai/faux, true/false, 1/0, x/empty. Blank = not stated (undefined). */
export function readYesNo(v: RawCell): boolean | undefined | null {
  if (isBlank(v)) return undefined;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : null;
  const t = String(v).trim().toLowerCase();
  return YES.has(t) ? true : NO.has(t) ? false : null;
}

export type ContractType = 'CDD' | 'CDI';

export function readContractType(v: RawCell): ContractType | undefined | null {
  if (isBlank(v)) return undefined;
  const t = String(v).trim().toUpperCase().replace(/[^A-Z]/g, '');
  if (t === 'CDD' || t.startsWith('CONTRATADUREEDETERMINEE') || t === 'FIXEDTERM') return 'CDD';
  if (t === 'CDI' || t.startsWith('CONTRATADUREEINDETERMINEE') || t === 'PERMANENT' || t === 'OPENENDED') return 'CDI';
  // « Apprentissage », « CDD apprentissage », « Contrat pro » in a « Type de contrat » column: the kind is
  // read by readContractNature; the type is the one it states, if any
  const n = readContractNature(v);
  return n?.kind ? n.type : null;
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
  const t = String(v).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  let kind: ContractKind | undefined;
  for (const [re, k] of KIND_WORDS) if (re.test(t)) { kind = k; break; }
  const type = /\b(cdd|duree determinee|fixed term)\b/.test(t) ? 'CDD' : /\b(cdi|duree indeterminee|permanent|open ended)\b/.test(t) ? 'CDI' : undefined;
  return kind || type ? { ...(kind ? { kind } : {}), ...(type ? { type } : {}) } : null;
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
  const t = String(v).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  for (const [re, code] of GROUNDS) if (re.test(t)) return code;
  return 'other';
}
