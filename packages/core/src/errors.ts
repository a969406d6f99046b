import type { Bilingual } from './explain.js';

/**
 * Typed errors of the core. Adapters turn them into Excel errors (`invalid-argument` → #VALUE!,
 * `no-law-for-date` → #N/A), CLI exit codes or row findings.
 */
export type LawErrorKind =
  /** An argument the law cannot be applied to (out of range, wrong kind): names the argument. */
  | 'invalid-argument'
  /** The law gives no answer: before the earliest version the store holds, or outside the scheme. */
  | 'no-law-for-date';

export class LawError extends Error {
  constructor(
    readonly kind: LawErrorKind,
    /** The argument or field concerned, in the catalogue's vocabulary (`age`, `birth_date`…). */
    readonly field: string,
    readonly text: Bilingual,
    readonly articles: string[] = [],
  ) {
    super(`${field}: ${text.en}`);
    this.name = 'LawError';
  }
}

export function invalidArgument(field: string, en: string, fr: string, articles: string[] = []): LawError {
  return new LawError('invalid-argument', field, { en, fr }, articles);
}

export function noLawForDate(field: string, en: string, fr: string, articles: string[] = []): LawError {
  return new LawError('no-law-for-date', field, { en, fr }, articles);
}
