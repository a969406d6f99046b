/**
 * The shape of a catalogue function: one source of truth for the CLI, the Excel metadata (English and
 * French), the HyperFormula plugin and the help pages.
 */
import type { Bilingual, Explained } from '@formapro/core';
import type { CellValue, FnValue, Lang } from './values.js';

export type ParamType = 'number' | 'string' | 'boolean' | 'date' | 'any';

export interface ParamSpec {
  /** English argument name, snake case (`birth_date`). */
  name: string;
  /** French argument name (`date_naissance`). */
  fr: string;
  /** The Excel type the argument is declared with. Dates are declared `any` (serial or ISO text). */
  type: ParamType;
  optional?: boolean;
  description: Bilingual;
  /** Accepted codes, offered as autocomplete where Excel supports it (qualification, bound, unit…). */
  choices?: string[];
  /** The argument is a range of cells (e.g. 12 monthly headcounts), not a single value. */
  range?: boolean;
}

export interface FunctionSpec {
  /** Upper snake case, shown as FR.NAME in Excel. */
  name: string;
  /** French localized name (FR.PRO_SALAIRE_MIN). */
  fr: string;
  /** Legal topic: professionalisation, smic, apprenticeship, funding, cost, cpf, transition, contributions, individual. */
  topic: string;
  description: Bilingual;
  params: ParamSpec[];
  /** What comes back: a scalar of this type, or a spilled matrix. */
  result: { type: 'number' | 'string' | 'boolean' | 'date' | 'any'; matrix?: boolean };
  /** Only when the value depends on today (SMIC() without a date). */
  volatile?: boolean;
  /** Worked example for the help page: arguments as a user types them, and the expected display. */
  example?: { args: string[]; result: string };
  /**
   * The calculation. Receives the raw cell values (missing trailing arguments are undefined), coerces them
   * with `coerce.ts`, and returns the value with its articles. May throw LawError or ArgumentError:
   * `evaluate` turns every throw into an Excel error. `lang` is the user's language, for a result that is
   * text (PRO_CHECK's findings); the header row of a spilled table is translated by `evaluate`.
   */
  run(args: CellValue[], lang: Lang): Explained<FnValue>;
}

export function defineFunctions(specs: FunctionSpec[]): FunctionSpec[] {
  return specs;
}
