/**
 * Recognising the columns of a contract sheet as real HR exports write them: every header is normalised
 * (accents, case, punctuation, snake_case and camelCase, units in brackets, abbreviations), scored against
 * every field's phrases (synonyms.ts), and each field takes the column that fits it best. A header that
 * fits two fields equally is refused as ambiguous, never guessed; an explicit mapping overrides detection.
 * What was not recognised is listed, never dropped silently.
 */
import { normaliseText } from '../cells.js';
import type { Bilingual } from '../explain.js';
import { APPRENTICESHIP_OPTIONAL_CHECKS, CONTRACT_FIELDS, FIELD_SPECS, OPTIONAL_CHECKS, type OptionalCheck } from './fields.js';
import { isBlank, type RawCell } from './parse.js';
import { FIELD_EXCLUDED_WORDS, FIELD_SYNONYMS, HEADER_ABBREVIATIONS, HEADER_STOP_WORDS, INFORMATIONAL_HEADERS, TOTAL_ROW_WORDS } from './synonyms.js';

const STOP = new Set(HEADER_STOP_WORDS);

/** Lower case, no accents, punctuation and apostrophes as spaces, single spaces (the shared normaliseText). */
export function normaliseHeader(s: string): string {
  return normaliseText(s);
}

/** A header as words: the words outside brackets (the name) and inside them (a unit or a format). */
export interface HeaderWords {
  name: string[];
  unit: string[];
}

function words(text: string): string[] {
  const out: string[] = [];
  for (const w of normaliseHeader(text).split(' ')) {
    // Stryker disable next-line ConditionalExpression: an empty word splits into one empty part, which the loop below skips
    if (!w) continue;
    const full = HEADER_ABBREVIATIONS[w] ?? w;
    for (const part of full.split(' ')) if (part && !STOP.has(part)) out.push(part);
  }
  return out;
}

export function headerWords(header: string): HeaderWords {
  const text = header
    .replace(/(\p{L})\((e|s|es|ne|x)\)/giu, '$1') // Né(e), salarié(e)s: gender and plural marks
    .replace(/^[^\s_]*$/, (h) => h.replace(/([a-z])([A-Z])/g, '$1 $2')) // DateNaissance (a header with no space)
    // Stryker disable next-line Regex: normaliseText turns ° and º into spaces, so one space or several after them read the same
    .replace(/[nN][°º]\s*/g, 'numero ')
    .replace(/€/g, ' euros ')
    .replace(/%/g, ' pourcent ');
  const unit: string[] = [];
  const name = text.replace(/[([{]([^)\]}]*)[)\]}]/g, (_, inside: string) => {
    unit.push(...words(inside));
    return ' ';
  });
  return { name: words(name), unit };
}

type UnitKind = 'money' | 'hours' | 'months' | 'date' | 'count' | 'days' | 'weeks' | 'years';
// A column counted in another unit than its field's (« Expérience du tuteur (ans) », « Heures de formation (jours) »)
// is not read as months or hours, which would judge the wrong figure; years belong to the apprentice's cycle and contract year.
const UNIT_KINDS: [UnitKind, RegExp][] = [
  ['money', /^(euros|eur|brut|ht|ttc)$/],
  ['hours', /^(heures|heure|h|hours|hour|hrs|semaine|hebdomadaire|hebdo)$/],
  ['months', /^(mois|month|months)$/],
  ['date', /^(jj|mm|aaaa|aa|dd|yyyy|yy|date)$/],
  ['days', /^(jours|jour|j|days|day)$/],
  ['weeks', /^(weeks|week)$/], // « semaine(s) » reads as hours: « (h/sem) », « heures par semaine »
  ['years', /^(ans|an|annees|annee|years|year)$/],
];
const FIELD_UNIT: Record<string, UnitKind[]> = {
  date: ['date'],
  money: ['money'],
  number: ['hours', 'months', 'count'],
};

/** Does the unit in brackets contradict the field's kind (`Durée formation (mois)` is no hour count)? */
function unitScore(field: string, unit: string[]): number {
  // Stryker disable next-line ConditionalExpression: no unit words give no kinds, and the next line returns 0
  if (!unit.length) return 0;
  const kinds = new Set<UnitKind>();
  for (const w of unit) for (const [k, re] of UNIT_KINDS) if (re.test(w)) kinds.add(k);
  if (!kinds.size) return 0;
  const spec = FIELD_SPECS.get(field)!;
  const expected: UnitKind[] =
    field === 'tutor_experience_months' || field === 'months_abroad'
      ? ['months']
      : field === 'weekly_hours' || field === 'training_hours'
        ? ['hours']
        : field === 'training_cycle_years' || field === 'previous_contract_year'
          ? ['years']
          : // Stryker disable next-line ArrayDeclaration: the fallback list is only searched for a unit kind, which "Stryker was here" never is
            (FIELD_UNIT[spec.kind] ?? []);
  for (const k of kinds) if (expected.includes(k)) return 50;
  return -1000;
}

interface Phrase {
  field: string; // a contract field, or '' for an informational column
  words: string[];
}

// Stryker disable next-line ArrayDeclaration: every contract field has synonyms, the fallback is never read
const synonymsOf = (field: string): readonly string[] => FIELD_SYNONYMS[field] ?? [];

let phrases: Phrase[] | undefined;

/**
 * Every field's phrases and the informational ones, as words: made on first use, not while the module loads (a
 * fault there could not fail a test in a mutation run, tests/MUTATION.md).
 */
function phraseTable(): Phrase[] {
  return (phrases ??= [
    ...CONTRACT_FIELDS.flatMap((f) => [f.fr, f.en, f.field.replace(/_/g, ' '), ...synonymsOf(f.field)].map((p) => ({ field: f.field, words: words(p) }))),
    ...INFORMATIONAL_HEADERS.map((p) => ({ field: '', words: words(p) })),
  ].filter((p) => p.words.length > 0));
}

/** The number of table entries, for the record (README and tests). */
export const synonymTableSize = (): number => phraseTable().length;

// Scores are in thousandths: 1000 is a perfect fit.
const wordMatch = (a: string, b: string): number => (a === b ? 1000 : a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a)) ? 900 : 0);

/** How well header words fit a phrase: 1000 for the same words, less with extra words, 0 when a phrase word is missing. */
function phraseScore(header: string[], phrase: string[]): number {
  let weight = 1000;
  for (const p of phrase) {
    let best = 0;
    for (const h of header) best = Math.max(best, wordMatch(h, p));
    // Stryker disable next-line ConditionalExpression: without the early return the weight becomes 0 and so does the score
    if (best === 0) return 0;
    weight = Math.min(weight, best);
  }
  // Stryker disable next-line ArithmeticOperator: a header shorter than a phrase it fits cannot be: no phrase has two words one header word matches (none share 4 letters), so extra > 0 only when the header has more words
  const extra = Math.max(0, header.length - phrase.length);
  // Stryker disable next-line ConditionalExpression: with as many words as the phrase, 700 + 300 × p/h is 1000 too
  return Math.round(((extra === 0 ? 1000 : 700 + (300 * phrase.length) / header.length) * weight) / 1000);
}

/** A score of at least this is a recognition. */
export const MATCH_THRESHOLD = 750;

/** Every field's score for one header, in thousandths ('' = an informational column). */
export function scoreHeader(header: string): Map<string, number> {
  const w = headerWords(header);
  const scores = new Map<string, number>();
  // Stryker disable next-line ConditionalExpression: with no words every phrase scores 0 and is skipped
  if (!w.name.length) return scores;
  const nameSet = new Set(w.name);
  for (const p of phraseTable()) {
    if (p.field && FIELD_EXCLUDED_WORDS[p.field]?.some((x) => nameSet.has(x) && !p.words.includes(x))) continue;
    let s = phraseScore(w.name, p.words);
    if (s === 0) continue;
    if (p.field) s += unitScore(p.field, w.unit);
    // Stryker disable next-line EqualityOperator: replacing a field's score by an equal one changes nothing
    if (s > (scores.get(p.field) ?? 0)) scores.set(p.field, s);
  }
  return scores;
}

export type IgnoredReason = 'unrecognised' | 'informational' | 'ambiguous' | 'duplicate' | 'mapped_ignore' | 'owned';

export interface IgnoredColumn {
  column: number;
  header: string;
  reason: IgnoredReason;
  /** The fields an ambiguous or duplicate header could be. */
  fields?: string[];
}

export interface HeaderMatch {
  /** field → column index (0-based) */
  columns: Record<string, number>;
  /** The original header text of each matched field. */
  headers: Record<string, string>;
  /** How each field was found: by detection (its score) or by an explicit mapping. */
  how: Record<string, 'detected' | 'mapped'>;
  /** Columns that are not contract fields: kept untouched. */
  unknown: number[];
  /** Every column that no check reads, with the reason. Blank headers are not listed. */
  ignored: IgnoredColumn[];
  /** A field found in more than one column: the best is used, the others are listed here. */
  duplicates: { field: string; columns: number[] }[];
  /** Required fields with no column: rows cannot be judged. */
  missingRequired: string[];
  /** Checks that cannot run because their column is absent: named on each row and in the summary. */
  notChecked: OptionalCheck[];
}

/**
 * An explicit mapping, as the CLI's `--mapping FILE.json` and the task pane's export write it:
 * field → header text (or column letter), and headers to ignore.
 */
export interface ColumnMapping {
  /** Sheet row number of the header (1-based); omitted = detected. */
  headerRow?: number;
  fields?: Record<string, string>;
  ignore?: string[];
}

export class MappingError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

/** Short names users type in `--map "Header=salary"`: the field id, its labels, or these aliases. */
const FIELD_ALIASES: Record<string, string> = {
  salary: 'monthly_salary', salaire: 'monthly_salary', birth: 'birth_date', naissance: 'birth_date', start: 'start_date', debut: 'start_date',
  end: 'end_date', fin: 'end_date', diploma: 'qualification', diplome: 'qualification', hours: 'weekly_hours', heures: 'weekly_hours',
  training: 'training_hours', formation: 'training_hours', deposit: 'deposit_date', depot: 'deposit_date', ref: 'reference', type: 'contract_type',
  kind: 'contract_kind', cycle: 'training_cycle_years', prolongation: 'prolongation_end',
};

/** The field a user names in a mapping, or undefined. `ignore`/`-` give null. */
export function fieldByName(name: string): string | null | undefined {
  const n = normaliseHeader(name);
  // « - » normalises to '' (punctuation is a space)
  if (n === '' || n === 'ignore' || n === 'ignorer') return null;
  for (const f of CONTRACT_FIELDS) if (n === normaliseHeader(f.field) || n === normaliseHeader(f.fr) || n === normaliseHeader(f.en)) return f.field;
  return FIELD_ALIASES[n];
}

/** Column letters (A, B, … AA) to a 0-based index. */
function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function findColumn(headers: readonly RawCell[], wanted: string): number | undefined {
  const exact = headers.findIndex((h) => !isBlank(h) && String(h).trim() === wanted.trim());
  // Stryker disable next-line EqualityOperator: an exact match in column 0 is also the first loose match
  if (exact >= 0) return exact;
  const n = normaliseHeader(wanted);
  const loose = headers.findIndex((h) => !isBlank(h) && normaliseHeader(String(h)) === n);
  if (loose >= 0) return loose;
  const col = columnIndex(wanted.trim());
  // Stryker disable next-line ConditionalExpression: undefined < n is false, so the first test only states the intent
  return col !== undefined && col < headers.length ? col : undefined;
}

/**
 * Matches a header row to contract fields. With a mapping, its fields are taken as given (a header it
 * names that the sheet lacks is a MappingError) and detection fills in the rest.
 */
export function matchHeaders(headers: readonly RawCell[], mapping: ColumnMapping = {}): HeaderMatch {
  const columns: Record<string, number> = {};
  const how: Record<string, 'detected' | 'mapped'> = {};
  const ignored: IgnoredColumn[] = [];
  const taken = new Set<number>();
  const text = (i: number) => String(headers[i] ?? '').trim();

  for (const [fieldName, header] of Object.entries(mapping.fields ?? {})) {
    const field = fieldByName(fieldName);
    if (!field) throw new MappingError({ en: `the mapping names "${fieldName}", which is not a contract field`, fr: `la correspondance nomme « ${fieldName} », qui n'est pas un champ de contrat` });
    const col = findColumn(headers, header);
    if (col === undefined) throw new MappingError({ en: `the mapping gives column "${header}" for ${FIELD_SPECS.get(field)!.en}, but the header row has no such column`, fr: `la correspondance donne la colonne « ${header} » pour ${FIELD_SPECS.get(field)!.fr}, absente de la ligne d'en-tête` });
    columns[field] = col;
    how[field] = 'mapped';
    taken.add(col);
  }
  for (const header of mapping.ignore ?? []) {
    const col = findColumn(headers, header);
    if (col !== undefined && !taken.has(col)) {
      taken.add(col);
      ignored.push({ column: col, header: text(col), reason: 'mapped_ignore' });
    }
  }

  // Each remaining column's best field; a tie between two fields is ambiguous.
  const best = new Map<number, { field: string; score: number }>();
  headers.forEach((h, i) => {
    if (taken.has(i) || isBlank(h)) return;
    const scores = [...scoreHeader(String(h)).entries()].filter(([f, s]) => s >= MATCH_THRESHOLD && !(f in columns)).sort((a, b) => b[1] - a[1]);
    if (!scores.length) return ignored.push({ column: i, header: text(i), reason: 'unrecognised' });
    const [top, second] = scores;
    if (second && second[1] === top[1] && top[0] && second[0]) {
      const fields = scores.filter(([f, s]) => f && s === top[1]).map(([f]) => f);
      return ignored.push({ column: i, header: text(i), reason: 'ambiguous', fields });
    }
    // Stryker disable next-line ConditionalExpression: a tie reaching this line is with an informational phrase (a tie of two fields returned above)
    if (top[0] === '' || (second && second[0] === '' && second[1] === top[1])) return ignored.push({ column: i, header: text(i), reason: 'informational' });
    best.set(i, { field: top[0], score: top[1] });
  });

  // Each field takes its best column (the leftmost of equals: best is filled left to right and the sort is
  // stable); the other columns it fits are duplicates,
  // listed as such so the user sees which one was read.
  const duplicates: { field: string; columns: number[] }[] = [];
  for (const f of CONTRACT_FIELDS) {
    const candidates = [...best.entries()].filter(([, b]) => b.field === f.field).sort((a, b) => b[1].score - a[1].score);
    if (!candidates.length) continue;
    const top = candidates[0];
    columns[f.field] = top[0];
    how[f.field] = 'detected';
    if (candidates.length > 1) {
      duplicates.push({ field: f.field, columns: candidates.map(([c]) => c).sort((a, b) => a - b) });
      for (const [c] of candidates.slice(1)) ignored.push({ column: c, header: text(c), reason: 'duplicate', fields: [f.field] });
    }
  }

  ignored.sort((a, b) => a.column - b.column);
  const headersOut: Record<string, string> = {};
  for (const [f, c] of Object.entries(columns)) headersOut[f] = text(c);
  const used = new Set(Object.values(columns));
  return {
    columns,
    headers: headersOut,
    how,
    unknown: headers.map((_, i) => i).filter((i) => !used.has(i)),
    ignored,
    duplicates,
    // A sheet with a « Dispositif » column may be all apprenticeships: a field required only for the other kind is then checked row by row.
    missingRequired: CONTRACT_FIELDS.filter((f) => f.required && !(f.field in columns) && !(f.requiredOnlyFor && 'contract_kind' in columns)).map((f) => f.field),
    // Stryker disable next-line MethodExpression: every optional check reads one column, so every and some agree
    notChecked: OPTIONAL_CHECKS.filter((c) => c.fields.every((f) => !(f in columns))),
  };
}

const appNotCheckedCache = new WeakMap<HeaderMatch, OptionalCheck[]>();

/** The checks an apprenticeship row cannot make on this sheet, for want of a column (the same for every row). */
export function apprenticeshipNotChecked(match: HeaderMatch): OptionalCheck[] {
  let list = appNotCheckedCache.get(match);
  // Stryker disable next-line ConditionalExpression: a cache; recomputing gives the same checks
  if (!list) {
    // Stryker disable next-line MethodExpression: every optional check reads one column, so every and some agree
    list = APPRENTICESHIP_OPTIONAL_CHECKS.filter((c) => c.fields.every((f) => match.columns[f] === undefined));
    appNotCheckedCache.set(match, list);
  }
  return list;
}

/**
 * The checks not made that a sheet's summary names: those of contrat de professionnalisation rows, and, when
 * a « Dispositif » column says the sheet holds apprenticeships too, those of apprenticeship rows (a check
 * both kinds make is named once, with the articles of both).
 */
export function sheetNotChecked(match: HeaderMatch): OptionalCheck[] {
  if (match.columns.contract_kind === undefined) return match.notChecked;
  const out = new Map(match.notChecked.map((c) => [c.id, c]));
  for (const c of apprenticeshipNotChecked(match)) {
    const pro = out.get(c.id);
    out.set(c.id, pro ? { ...pro, articles: [...new Set([...pro.articles, ...c.articles])] } : c);
  }
  return [...out.values()];
}

/** How many rows from the top may hold titles before the header. */
export const HEADER_SCAN_ROWS = 30;

/**
 * The header row among the first rows of a sheet (0-based index into `rows`): the row where the most
 * contract fields are recognised, at least three of them (titles, merged or not, and blank rows above
 * it are skipped). Without such a row, the first non-blank row (so the missing columns are named).
 */
export function detectHeaderRow(rows: readonly (readonly RawCell[])[], mapping: ColumnMapping = {}): number {
  let bestIndex = -1;
  let bestScore = 0;
  let firstFilled = -1;
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = rows[i];
    if (!row || row.every(isBlank)) continue;
    if (firstFilled < 0) firstFilled = i;
    let m: HeaderMatch;
    try {
      m = matchHeaders(row, mapping);
    } catch {
      continue; // a mapping naming headers this row lacks: not the header row
    }
    const found = Object.keys(m.columns).length;
    const required = CONTRACT_FIELDS.filter((f) => f.required && f.field in m.columns).length;
    const score = found + required;
    if (found >= 3 && score > bestScore) {
      bestScore = score;
      bestIndex = i;
    }
  }
  // Stryker disable next-line EqualityOperator: when the header is row 0 the first filled row is row 0 too
  return bestIndex >= 0 ? bestIndex : Math.max(0, firstFilled);
}

let totals: { labels: Set<string>; firsts: Set<string> } | undefined;

/** The total labels as read, and the letters they begin with (a first cell beginning otherwise is read no further); made on first use. */
function totalLabels(): { labels: Set<string>; firsts: Set<string> } {
  if (!totals) {
    const labels = new Set(TOTAL_ROW_WORDS.map(normaliseHeader));
    totals = { labels, firsts: new Set([...labels].map((t) => t[0])) };
  }
  return totals;
}

/** A row whose first filled cell reads like a total (`TOTAL`, `Total général`, `Sous-total :`): not a contract. */
export function isTotalRow(values: readonly RawCell[]): boolean {
  for (const v of values) {
    if (isBlank(v)) continue;
    if (typeof v !== 'string') return false;
    const { labels, firsts } = totalLabels();
    const c = v.charCodeAt(0) | 0x20; // an ASCII letter in lower case; digits keep their code
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,MethodExpression: a shortcut — the full reading below gives the same answer
    if ((c >= 0x61 && c <= 0x7a && !firsts.has(String.fromCharCode(c))) || (c >= 0x30 && c <= 0x39)) return false;
    const n = normaliseHeader(v);
    if (labels.has(n)) return true;
    for (const t of labels) if (n.startsWith(`${t} `)) return true;
    return false;
  }
  return false;
}

/**
 * A note or a separator below the data (`Source : export paie du 12/03`): one filled cell and none of the
 * required values. A row with a reference or a name but no values is a contract with its data missing,
 * and is judged as such.
 */
export function hasNoContractValue(values: readonly RawCell[], match: HeaderMatch): boolean {
  let filled = 0;
  for (const v of values) if (!isBlank(v) && ++filled > 1) return false;
  // Stryker disable next-line ConditionalExpression: without the column, values[undefined] is undefined, a blank cell: the same
  return CONTRACT_FIELDS.every((f) => !f.required || match.columns[f.field] === undefined || isBlank(values[match.columns[f.field]]));
}

/** What is wrong with a mapping read from JSON (the CLI's `--mapping` file, the pane's import), or null. */
export function checkMapping(m: unknown): Bilingual | null {
  if (!m || typeof m !== 'object' || Array.isArray(m)) return { en: 'expected an object {"headerRow", "fields", "ignore"}', fr: 'un objet {"headerRow", "fields", "ignore"} est attendu' };
  const o = m as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!['headerRow', 'fields', 'ignore', 'version'].includes(k)) return { en: `unknown key "${k}" (keys: headerRow, fields, ignore)`, fr: `clé inconnue « ${k} » (clés : headerRow, fields, ignore)` };
  if (o.headerRow !== undefined && !(Number.isInteger(o.headerRow) && (o.headerRow as number) >= 1)) return { en: '"headerRow" must be a row number (1, 2, …)', fr: '« headerRow » doit être un numéro de ligne (1, 2, …)' };
  if (o.fields !== undefined) {
    if (!o.fields || typeof o.fields !== 'object' || Array.isArray(o.fields)) return { en: '"fields" must be an object field → header', fr: '« fields » doit être un objet champ → en-tête' };
    for (const [k, v] of Object.entries(o.fields)) {
      if (!fieldByName(k)) return { en: `"${k}" is not a contract field`, fr: `« ${k} » n'est pas un champ de contrat` };
      if (typeof v !== 'string' || !v.trim()) return { en: `the header of "${k}" must be a text`, fr: `l'en-tête de « ${k} » doit être un texte` };
    }
  }
  if (o.ignore !== undefined && !(Array.isArray(o.ignore) && o.ignore.every((x) => typeof x === 'string'))) return { en: '"ignore" must be a list of headers', fr: '« ignore » doit être une liste d’en-têtes' };
  return null;
}
