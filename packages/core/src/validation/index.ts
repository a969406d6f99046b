/** Contract rows → findings: one engine for `formapro validate`, the task pane and PRO_CHECK (design.md §6). */
import type { IsoDate } from '../dates.js';
import { matchHeaders, type HeaderMatch } from './headers.js';
import type { RawCell } from './parse.js';
import { validateRow, type RowVerdict, type ValidateOptions } from './validate.js';

export * from './fields.js';
export * from './headers.js';
export * from './parse.js';
export { validateRow, type RowVerdict, type ValidateOptions } from './validate.js';

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

/** A whole table at once (the streaming CLI calls matchHeaders + validateRow itself). */
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
