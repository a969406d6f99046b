/**
 * One contract row, judged by the rules of its kind: an apprenticeship (a « Dispositif » or « Type de contrat »
 * cell saying so) by validateApprenticeshipRow, any other row as a contrat de professionnalisation. Its own
 * module so that validate.ts and apprenticeship.ts (which uses validate.ts's helpers) import no cycle.
 */
import type { HeaderMatch } from './headers.js';
import type { RawCell } from './parse.js';
import { rowKind, unreadableKind, validateApprenticeshipRow } from './apprenticeship.js';
import { validateProfessionalisationRow, type RowVerdict, type ValidateOptions } from './validate.js';

export function validateRow(values: readonly RawCell[], match: HeaderMatch, options: ValidateOptions = {}): RowVerdict {
  const kind = rowKind(values, match);
  if (kind === 'professionalisation') return validateProfessionalisationRow(values, match, options);
  if (kind === 'apprenticeship') return validateApprenticeshipRow(values, match, options);
  return unreadableKind(validateProfessionalisationRow(values, match, options), values, match);
}
