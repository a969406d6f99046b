/** Matching a header row to contract fields (design.md §6). */
import { CONTRACT_FIELDS, FIELD_BY_HEADER, normaliseHeader } from './fields.js';
import { isBlank, type RawCell } from './parse.js';

export interface HeaderMatch {
  /** field → column index (0-based) */
  columns: Record<string, number>;
  /** The original header text of each matched field. */
  headers: Record<string, string>;
  /** Columns that are not contract fields: kept untouched. */
  unknown: number[];
  /** A field found in more than one column: the first is used, the others are listed here. */
  duplicates: { field: string; columns: number[] }[];
  /** Required fields with no column: rows cannot be judged. */
  missingRequired: string[];
}

export function matchHeaders(headers: readonly RawCell[]): HeaderMatch {
  const columns: Record<string, number> = {};
  const names: Record<string, string> = {};
  const unknown: number[] = [];
  const dup = new Map<string, number[]>();
  headers.forEach((h, i) => {
    if (isBlank(h)) {
      unknown.push(i);
      return;
    }
    const field = FIELD_BY_HEADER.get(normaliseHeader(String(h)));
    if (!field) unknown.push(i);
    else if (field in columns) dup.set(field, [...(dup.get(field) ?? [columns[field]]), i]);
    else {
      columns[field] = i;
      names[field] = String(h);
    }
  });
  return {
    columns,
    headers: names,
    unknown,
    duplicates: [...dup.entries()].map(([field, cols]) => ({ field, columns: cols })),
    missingRequired: CONTRACT_FIELDS.filter((f) => f.required && !(f.field in columns)).map((f) => f.field),
  };
}
