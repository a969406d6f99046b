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
  if (typeof v === 'number') return valueOr(readSerialDate(v));
  if (typeof v !== 'string') return null;
  return valueOr(readDateText(v));
}

const valueOr = <T>(r: { value: T } | { refused: unknown }): T | null => ('value' in r ? r.value : null);

/** A decimal from a number or French/English text (`1 234,56`, `1234.56`, `1.234,56`, `1,234.56`, `€`); `1,234` is ambiguous: null. */
export function readDecimal(v: RawCell): Decimal | undefined | null {
  if (isBlank(v)) return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? dec(String(v)) : null;
  if (typeof v !== 'string') return null;
  const r = readDecimalText(v);
  return 'value' in r ? dec(r.value) : null;
}

export function readNumber(v: RawCell): number | undefined | null {
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
  return readYesNoText(String(v)) ?? null;
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
  const t = normaliseText(String(v));
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
  const t = normaliseText(String(v));
  for (const [re, code] of GROUNDS) if (re.test(t)) return code;
  return 'other';
}
