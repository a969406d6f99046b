/**
 * The columns of a contract sheet (design.md §6): French and English headers and their synonyms, matched
 * case-, accent- and punctuation-insensitively. Unknown columns are kept untouched by every face.
 */

export type FieldKind = 'text' | 'date' | 'qualification' | 'contract_type' | 'number' | 'money' | 'yesno' | 'benefit' | 'renewal_ground';

export interface FieldSpec {
  field: string;
  fr: string;
  en: string;
  kind: FieldKind;
  required?: boolean;
  synonyms: string[];
}

export const CONTRACT_FIELDS: readonly FieldSpec[] = [
  { field: 'reference', fr: 'Référence', en: 'Reference', kind: 'text', synonyms: ['ref', 'id', 'matricule', 'numero', 'n contrat', 'numero de contrat', 'contract id', 'salarie', 'nom'] },
  { field: 'birth_date', fr: 'Date de naissance', en: 'Birth date', kind: 'date', required: true, synonyms: ['naissance', 'ne le', 'date naissance', 'date of birth', 'dob', 'birthdate'] },
  { field: 'qualification', fr: 'Diplôme', en: 'Qualification', kind: 'qualification', required: true, synonyms: ['diplome le plus eleve', 'niveau de diplome', 'niveau', 'diploma', 'highest qualification', 'qualification detenue'] },
  { field: 'contract_type', fr: 'Type de contrat', en: 'Contract type', kind: 'contract_type', synonyms: ['type', 'nature du contrat', 'cdd cdi', 'type contrat'] },
  { field: 'start_date', fr: 'Date de début', en: 'Start date', kind: 'date', required: true, synonyms: ['debut', 'date debut', 'debut du contrat', 'date de debut du contrat', 'start', 'contract start', 'date d embauche'] },
  { field: 'end_date', fr: 'Date de fin', en: 'End date', kind: 'date', required: true, synonyms: ['fin', 'date fin', 'fin du contrat', 'date de fin du contrat', 'fin de l action', 'end', 'contract end'] },
  { field: 'weekly_hours', fr: 'Durée hebdomadaire', en: 'Weekly hours', kind: 'number', synonyms: ['heures hebdomadaires', 'horaire hebdomadaire', 'duree hebdo', 'heures par semaine', 'hours per week', 'weekly working hours'] },
  { field: 'monthly_salary', fr: 'Salaire brut mensuel', en: 'Monthly gross salary', kind: 'money', required: true, synonyms: ['salaire', 'salaire mensuel', 'salaire brut', 'remuneration', 'remuneration mensuelle', 'monthly salary', 'gross salary', 'salary'] },
  { field: 'conventional_minimum', fr: 'Minimum conventionnel', en: 'Conventional minimum', kind: 'money', synonyms: ['salaire minimum conventionnel', 'minimum de branche', 'smc', 'branch minimum', 'conventional minimum wage'] },
  { field: 'training_hours', fr: 'Heures de formation', en: 'Training hours', kind: 'number', synonyms: ['formation', 'heures formation', 'duree de formation', 'nombre d heures de formation', 'training'] },
  { field: 'jobseeker', fr: "Demandeur d'emploi", en: 'Jobseeker', kind: 'yesno', synonyms: ['demandeur d emploi', 'inscrit france travail', 'inscrit pole emploi', 'registered jobseeker'] },
  { field: 'jobseeker_over_1y', fr: "Inscrit depuis plus d'un an", en: 'Jobseeker over 1 year', kind: 'yesno', synonyms: ['de longue duree', 'demandeur d emploi de longue duree', 'inscrit depuis plus de 12 mois', 'long term jobseeker', 'jobseeker over one year'] },
  { field: 'benefit', fr: 'Minima sociaux', en: 'Benefit', kind: 'benefit', synonyms: ['minimum social', 'beneficiaire', 'allocation', 'rsa ass aah', 'benefits'] },
  { field: 'branch_agreement', fr: 'Accord de branche', en: 'Branch agreement', kind: 'yesno', synonyms: ['accord', 'accord de branche 24 mois', 'convention de branche', 'agreement'] },
  { field: 'signature_date', fr: 'Date de signature', en: 'Signature date', kind: 'date', synonyms: ['signature', 'signe le', 'date signature', 'signed on'] },
  { field: 'deposit_date', fr: 'Date de dépôt', en: 'Deposit date', kind: 'date', synonyms: ['depot', 'date depot', 'transmission opco', 'date de transmission', 'envoi opco', 'date d envoi a l opco', 'sent to opco'] },
  { field: 'tutor_experience_months', fr: 'Expérience du tuteur (mois)', en: 'Tutor experience (months)', kind: 'number', synonyms: ['experience tuteur', 'experience du tuteur', 'anciennete tuteur', 'tutor experience'] },
  { field: 'tutor_tutees', fr: 'Tutorés du tuteur', en: "Tutor's tutees", kind: 'number', synonyms: ['tutores', 'nombre de tutores', 'tutores du tuteur', 'tutees', 'tutor tutees'] },
  { field: 'tutor_is_employer', fr: 'Tuteur employeur', en: 'Tutor is employer', kind: 'yesno', synonyms: ['tuteur est l employeur', 'employeur tuteur', 'tutor employer'] },
  { field: 'months_abroad', fr: "Mois à l'étranger", en: 'Months abroad', kind: 'number', synonyms: ['mobilite', 'mois a l etranger', 'mobilite internationale', 'etranger', 'abroad', 'months abroad'] },
  { field: 'renewals', fr: 'Renouvellements', en: 'Renewals', kind: 'number', synonyms: ['nombre de renouvellements', 'renouvellement', 'renewal count'] },
  { field: 'renewal_ground', fr: 'Motif du renouvellement', en: 'Renewal ground', kind: 'renewal_ground', synonyms: ['motif de renouvellement', 'motif renouvellement', 'renewal reason'] },
];

/** Lower case, no accents, punctuation and apostrophes as spaces, single spaces. */
export function normaliseHeader(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export const FIELD_BY_HEADER: ReadonlyMap<string, string> = new Map(
  CONTRACT_FIELDS.flatMap((f) => [f.field.replace(/_/g, ' '), f.fr, f.en, ...f.synonyms].map((h) => [normaliseHeader(h), f.field] as [string, string])),
);

export const FIELD_SPECS: ReadonlyMap<string, FieldSpec> = new Map(CONTRACT_FIELDS.map((f) => [f.field, f]));
