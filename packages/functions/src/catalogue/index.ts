/**
 * The catalogue: every function of every topic. Each topic file exports its specs; adapters (CLI,
 * Excel metadata, HyperFormula plugin) read this list and never a hand-written copy of it.
 */
import type { FunctionSpec } from '../spec.js';
import { PROFESSIONALISATION_FUNCTIONS } from './professionalisation.js';
import { SMIC_FUNCTIONS } from './smic.js';
import { CHECK_FUNCTIONS } from './check.js';
import { APPRENTICESHIP_FUNCTIONS } from './apprenticeship.js';
import { FUNDING_FUNCTIONS } from './funding.js';
import { COST_FUNCTIONS } from './cost.js';
import { CPF_FUNCTIONS } from './cpf.js';
import { TRANSITION_FUNCTIONS } from './transition.js';
import { CONTRIBUTION_FUNCTIONS } from './contributions.js';
import { INDIVIDUAL_FUNCTIONS } from './individual.js';

export const CATALOGUE: readonly FunctionSpec[] = [
  ...SMIC_FUNCTIONS,
  ...PROFESSIONALISATION_FUNCTIONS,
  ...CHECK_FUNCTIONS,
  ...APPRENTICESHIP_FUNCTIONS,
  ...FUNDING_FUNCTIONS,
  ...COST_FUNCTIONS,
  ...CPF_FUNCTIONS,
  ...TRANSITION_FUNCTIONS,
  ...CONTRIBUTION_FUNCTIONS,
  ...INDIVIDUAL_FUNCTIONS,
  // Topic helpers add their arrays here, one line each.
];

const byName = new Map(CATALOGUE.map((f) => [f.name, f]));
const byFrench = new Map(CATALOGUE.map((f) => [f.fr, f]));

/** By English or French name, case-insensitive, with or without the `FR.` namespace. */
export function findFunction(name: string): FunctionSpec | undefined {
  const key = name.trim().toUpperCase().replace(/^FR\./, '');
  return byName.get(key) ?? byFrench.get(key);
}
