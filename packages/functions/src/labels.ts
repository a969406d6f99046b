/**
 * The French words of the header rows of spilled tables. A catalogue function writes its header row in
 * English (`['Month', 'Age', 'Rate', …]`); `evaluate` translates every text cell of that row, and the
 * TOTAL label of a last row, into the user's language. A test fails when a header has no French here.
 */
import type { Lang } from './values.js';

export const HEADER_FR: Readonly<Record<string, string>> = {
  Month: 'Mois',
  Age: 'Âge',
  Year: 'Année',
  Rate: 'Taux',
  SMIC: 'SMIC',
  Minimum: 'Minimum',
  Days: 'Jours',
  Due: 'Dû',
  Salary: 'Salaire',
  Charges: 'Charges',
  'Employer cost': 'Coût employeur',
  'OPCO training': 'Prise en charge OPCO',
  'Tutor aid': 'Aide tuteur',
  'Hiring aid': "Aide à l'embauche",
  'Net cost': 'Coût net',
  'Training cost': 'Coût de la formation',
  'Tutor cost': 'Coût du tuteur',
  'Training participation': 'Participation à la formation',
  Note: 'Note',
  TOTAL: 'TOTAL',
};

/** A header label in `lang` (an unknown label is returned as it is; the catalogue test catches it). */
export function headerLabel(label: string, lang: Lang): string {
  return lang === 'fr' ? (HEADER_FR[label] ?? label) : label;
}
