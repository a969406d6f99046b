/**
 * What was read from a sheet, said before any verdict, in the same words by the CLI, the report and the
 * task pane: the columns recognised (field ← header), the columns no check reads, the required columns
 * missing, the checks not made for want of a column, and the rows skipped (totals, notes).
 */
import type { Bilingual } from '../explain.js';
import { FIELD_SPECS } from './fields.js';
import { sheetNotChecked, type HeaderMatch, type IgnoredColumn } from './headers.js';
import type { SkippedRow } from './index.js';

export type Lang = 'fr' | 'en';

/** The `columns` section of a report: field → header, ignored headers, checks not made. */
export interface ColumnsReport {
  /** Sheet row number of the header (1-based). */
  header_row: number;
  recognised: { field: string; label: Bilingual; header: string; column: string; how: 'detected' | 'mapped' }[];
  ignored: { header: string; column: string; reason: IgnoredColumn['reason']; fields?: string[] }[];
  missing_required: string[];
  not_checked: { check: string; label: Bilingual; articles: string[] }[];
}

/** Column letters of a 0-based index (0 → A, 26 → AA). */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function describeColumns(match: HeaderMatch, headerRow: number, firstColumn = 0): ColumnsReport {
  const fieldLabel = (f: string): Bilingual => ({ fr: FIELD_SPECS.get(f)?.fr ?? f, en: FIELD_SPECS.get(f)?.en ?? f });
  return {
    header_row: headerRow,
    recognised: Object.entries(match.columns)
      .sort((a, b) => a[1] - b[1])
      .map(([field, col]) => ({ field, label: fieldLabel(field), header: match.headers[field], column: columnLetter(firstColumn + col), how: match.how[field] ?? 'detected' })),
    ignored: match.ignored.filter((c) => c.reason !== 'owned').map((c) => ({ header: c.header, column: columnLetter(firstColumn + c.column), reason: c.reason, ...(c.fields ? { fields: c.fields } : {}) })),
    missing_required: match.missingRequired,
    not_checked: sheetNotChecked(match).map((c) => ({ check: c.id, label: c.label, articles: c.articles })),
  };
}

const q = (lang: Lang, s: string) => (lang === 'fr' ? `« ${s} »` : `"${s}"`);
const list = (items: string[]) => items.join(', ');

/** One ignored column with its reason, in the user's words (the CLI's line and the pane's mapping step). */
export function ignoredText(c: ColumnsReport['ignored'][number], lang: Lang): string {
  const name = q(lang, c.header);
  const fields = (c.fields ?? []).map((f) => FIELD_SPECS.get(f)?.[lang] ?? f);
  switch (c.reason) {
    case 'ambiguous':
      return lang === 'fr' ? `${name} (ambiguë : ${fields.join(' ou ')})` : `${name} (ambiguous: ${fields.join(' or ')})`;
    case 'duplicate':
      return lang === 'fr' ? `${name} (${fields[0]} déjà lu dans une autre colonne)` : `${name} (${fields[0]} already read from another column)`;
    case 'informational':
      return lang === 'fr' ? `${name} (lue par aucun contrôle)` : `${name} (read by no check)`;
    case 'mapped_ignore':
      return lang === 'fr' ? `${name} (ignorée à votre demande)` : `${name} (ignored as you asked)`;
    default:
      return lang === 'fr' ? `${name} (non reconnue)` : `${name} (not recognised)`;
  }
}

/** The lines said before the verdicts: header row, recognised, ignored, missing, not checked. */
export function columnsLines(report: ColumnsReport, lang: Lang): string[] {
  const fr = lang === 'fr';
  const lines: string[] = [];
  lines.push(fr ? `En-tête lu en ligne ${report.header_row}.` : `Header read on row ${report.header_row}.`);
  if (report.recognised.length)
    lines.push(`${fr ? 'Colonnes reconnues : ' : 'Columns recognised: '}${list(report.recognised.map((r) => `${r.label[lang]} ← ${q(lang, r.header)}${r.how === 'mapped' ? (fr ? ' (imposée)' : ' (mapped)') : ''}`))}`);
  if (report.ignored.length) lines.push(`${fr ? 'Colonnes ignorées : ' : 'Columns ignored: '}${list(report.ignored.map((c) => ignoredText(c, lang)))}`);
  const kind = kindText(report, lang);
  if (kind) lines.push(kind);
  if (report.missing_required.length) lines.push(missingRequiredText(report, lang));
  if (report.not_checked.length) lines.push(notCheckedText(report, lang));
  return lines;
}

/** Without a « Dispositif » column, how each row's kind is decided (null when the sheet has one). */
export function kindText(report: Pick<ColumnsReport, 'recognised'>, lang: Lang): string | null {
  if (report.recognised.some((r) => r.field === 'contract_kind')) return null;
  const typed = report.recognised.some((r) => r.field === 'contract_type');
  return lang === 'fr'
    ? `Pas de colonne « Dispositif » : chaque ligne est jugée comme un contrat de professionnalisation${typed ? ', sauf celles dont le « Type de contrat » dit « Apprentissage »' : ''}.`
    : `No "Contract kind" column: each row is judged as a contrat de professionnalisation${typed ? ', except those whose "Contract type" says "Apprentissage"' : ''}.`;
}

export function missingRequiredText(report: Pick<ColumnsReport, 'missing_required' | 'header_row' | 'ignored'>, lang: Lang): string {
  const names = list(report.missing_required.map((f) => q(lang, FIELD_SPECS.get(f)?.[lang] ?? f)));
  const ambiguous = report.ignored.filter((c) => c.reason === 'ambiguous' && c.fields?.some((f) => report.missing_required.includes(f)));
  const why = ambiguous.length ? (lang === 'fr' ? ` ; en-têtes ambigus : ${list(ambiguous.map((c) => ignoredText(c, lang)))}` : `; ambiguous headers: ${list(ambiguous.map((c) => ignoredText(c, lang)))}`) : '';
  return lang === 'fr'
    ? `Colonnes obligatoires introuvables dans la ligne d'en-tête ${report.header_row} : ${names}${why}. Aucun contrat n'a été vérifié : indiquez la colonne de chacune (--map "En-tête=champ" ou l'étape « Colonnes » du volet).`
    : `Required columns not found in the header row ${report.header_row}: ${names}${why}. No contract was checked: say which column holds each (--map "Header=field" or the pane's Columns step).`;
}

/** « Contrôles non effectués faute de colonne : … » — once for the sheet. */
export function notCheckedText(report: Pick<ColumnsReport, 'not_checked'>, lang: Lang): string {
  const items = list(report.not_checked.map((c) => `${c.label[lang]} (${c.articles.join(', ')})`));
  return lang === 'fr' ? `Contrôles non effectués faute de colonne : ${items}.` : `Checks not made for want of a column: ${items}.`;
}

export function skippedText(skipped: readonly SkippedRow[], lang: Lang): string | null {
  if (!skipped.length) return null;
  const shown = skipped.slice(0, 10).map((s) => `${s.row}${s.text ? ` (${s.text})` : ''}`);
  const rest = skipped.length - 10;
  const more = rest > 0 ? (lang === 'fr' ? ` et ${rest} autre${rest > 1 ? 's' : ''}` : ` and ${rest} more`) : '';
  return lang === 'fr'
    ? `Lignes non jugées (totaux ou notes, pas des contrats) : ${shown.join(', ')}${more}.`
    : `Rows not judged (totals or notes, not contracts): ${shown.join(', ')}${more}.`;
}
