/**
 * A finding on a contract row: what is wrong (or worth knowing), on which field, in both languages, and
 * which articles say so. The Excel task pane and `formapro validate` show the same ones.
 */
import type { Bilingual } from './explain.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable code, e.g. SALARY_BELOW_MINIMUM. */
  code: string;
  severity: Severity;
  /** The contract field concerned (a field name of the contract row: `birth_date`, `monthly_salary`…), or null for the row as a whole. */
  field: string | null;
  message: Bilingual;
  articles: string[];
}

export type RowStatus = 'ok' | 'warning' | 'error';

/** error if any error, else warning if any warning, else ok (info findings do not change it). */
export function statusOf(findings: readonly Finding[]): RowStatus {
  let status: RowStatus = 'ok';
  for (const f of findings) {
    if (f.severity === 'error') return 'error';
    if (f.severity === 'warning') status = 'warning';
  }
  return status;
}
