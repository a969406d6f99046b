/** Contract rows → findings: one engine for `formapro validate`, the task pane and PRO_CHECK. */
import type { IsoDate } from '../dates.js';
import { detectHeaderRow, hasNoContractValue, isTotalRow, matchHeaders, type ColumnMapping, type HeaderMatch } from './headers.js';
import { isBlank, type RawCell } from './parse.js';
import type { RowVerdict, ValidateOptions } from './validate.js';
import { validateRow } from './row.js';

export * from './fields.js';
export * from './headers.js';
export * from './describe.js';
export * from './synonyms.js';
export * from './parse.js';
export { type RowVerdict, type ValidateOptions } from './validate.js';
export { validateRow } from './row.js';
export { readTrainingLevel, rowKind, validateApprenticeshipRow } from './apprenticeship.js';

export interface RowReport extends RowVerdict {
  /** Sheet row number (header = row 1). */
  row: number;
}

export interface Summary {
  rows: number;
  ok: number;
  warning: number;
  error: number;
}

/** A row of the sheet below the header that is not judged: a total, or a row with no contract value. */
export interface SkippedRow {
  row: number;
  reason: 'total' | 'no_contract_value';
  /** Its first filled cell, to show which row it was (`TOTAL`). */
  text: string;
}

export type RowKind = 'contract' | 'blank' | SkippedRow['reason'];

/** What a row below the header is: a contract to judge, or a row skipped (blank rows silently). */
export function classifyRow(values: readonly RawCell[], match: HeaderMatch): RowKind {
  if (values.every(isBlank)) return 'blank';
  if (isTotalRow(values)) return 'total';
  if (hasNoContractValue(values, match)) return 'no_contract_value';
  return 'contract';
}

export function skippedRow(row: number, values: readonly RawCell[], reason: SkippedRow['reason']): SkippedRow {
  const first = values.find((v) => !isBlank(v));
  return { row, reason, text: String(first ?? '').trim().slice(0, 60) };
}

export interface ValidationReport {
  rows: RowReport[];
  summary: Summary;
}

export function emptySummary(): Summary {
  return { rows: 0, ok: 0, warning: 0, error: 0 };
}

export function count(summary: Summary, verdict: RowVerdict): void {
  summary.rows++;
  summary[verdict.status]++;
}

/**
 * A whole sheet at once, as read from the top: the header row is found below any title rows (or given by
 * the mapping), totals and rows without contract values are skipped, every other row judged.
 */
export function validateSheet(
  sheet: readonly (readonly RawCell[])[],
  options: ValidateOptions & { mapping?: ColumnMapping } = {},
): ValidationReport & { match: HeaderMatch; headerRow: number; skipped: SkippedRow[] } {
  const mapping = options.mapping ?? {};
  const h = mapping.headerRow !== undefined ? mapping.headerRow - 1 : detectHeaderRow(sheet, mapping);
  const match = matchHeaders(sheet[h] ?? [], mapping);
  const summary = emptySummary();
  const rows: RowReport[] = [];
  const skipped: SkippedRow[] = [];
  for (let i = h + 1; i < sheet.length; i++) {
    const kind = classifyRow(sheet[i], match);
    if (kind === 'blank') continue;
    if (kind !== 'contract') {
      skipped.push(skippedRow(i + 1, sheet[i], kind));
      continue;
    }
    const v = validateRow(sheet[i], match, options);
    count(summary, v);
    rows.push({ row: i + 1, ...v });
  }
  return { rows, summary, match, headerRow: h + 1, skipped };
}

/** A table whose first row is the header (the streaming CLI and the pane call matchHeaders + validateRow). */
export function validateRows(header: readonly RawCell[], rows: readonly (readonly RawCell[])[], options: ValidateOptions & { firstRow?: number } = {}): ValidationReport & { match: HeaderMatch } {
  const match = matchHeaders(header);
  const summary = emptySummary();
  const first = options.firstRow ?? 2;
  const out = rows.map((values, i) => {
    const v = validateRow(values, match, options);
    count(summary, v);
    return { row: first + i, ...v };
  });
  return { rows: out, summary, match };
}

export type { IsoDate };
