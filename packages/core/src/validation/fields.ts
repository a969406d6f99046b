/**
 * The columns of a contract sheet: each field's French and English header, its kind and whether a sheet
 * without it can be checked at all. The other words exports use for them are in synonyms.ts.
 */

export type FieldKind = 'text' | 'date' | 'qualification' | 'contract_type' | 'contract_kind' | 'training_level' | 'number' | 'money' | 'yesno' | 'benefit' | 'renewal_ground';

export interface FieldSpec {
  field: string;
  fr: string;
  en: string;
  kind: FieldKind;
  required?: boolean;
  /**
   * Required only for the rows of this kind: a sheet that says which rows are apprenticeships (a
   * « Dispositif » column) is not refused without it; its rows of that kind are in error instead.
   */
  requiredOnlyFor?: 'professionalisation';
}

export const CONTRACT_FIELDS: readonly FieldSpec[] = [
  { field: 'reference', fr: 'Référence', en: 'Reference', kind: 'text' },
  { field: 'birth_date', fr: 'Date de naissance', en: 'Birth date', kind: 'date', required: true },
  { field: 'qualification', fr: 'Diplôme', en: 'Qualification', kind: 'qualification', required: true, requiredOnlyFor: 'professionalisation' },
  { field: 'contract_type', fr: 'Type de contrat', en: 'Contract type', kind: 'contract_type' },
  { field: 'start_date', fr: 'Date de début', en: 'Start date', kind: 'date', required: true },
  { field: 'end_date', fr: 'Date de fin', en: 'End date', kind: 'date', required: true },
  { field: 'weekly_hours', fr: 'Durée hebdomadaire', en: 'Weekly hours', kind: 'number' },
  { field: 'monthly_salary', fr: 'Salaire brut mensuel', en: 'Monthly gross salary', kind: 'money', required: true },
  { field: 'conventional_minimum', fr: 'Minimum conventionnel', en: 'Conventional minimum', kind: 'money' },
  { field: 'training_hours', fr: 'Heures de formation', en: 'Training hours', kind: 'number' },
  { field: 'jobseeker', fr: "Demandeur d'emploi", en: 'Jobseeker', kind: 'yesno' },
  { field: 'jobseeker_over_1y', fr: "Inscrit depuis plus d'un an", en: 'Jobseeker over 1 year', kind: 'yesno' },
  { field: 'benefit', fr: 'Minima sociaux', en: 'Benefit', kind: 'benefit' },
  { field: 'branch_agreement', fr: 'Accord de branche', en: 'Branch agreement', kind: 'yesno' },
  { field: 'signature_date', fr: 'Date de signature', en: 'Signature date', kind: 'date' },
  { field: 'deposit_date', fr: 'Date de dépôt', en: 'Deposit date', kind: 'date' },
  { field: 'tutor_experience_months', fr: 'Expérience du tuteur (mois)', en: 'Tutor experience (months)', kind: 'number' },
  { field: 'tutor_tutees', fr: 'Tutorés du tuteur', en: "Tutor's tutees", kind: 'number' },
  { field: 'tutor_is_employer', fr: 'Tuteur employeur', en: 'Tutor is employer', kind: 'yesno' },
  { field: 'months_abroad', fr: "Mois à l'étranger", en: 'Months abroad', kind: 'number' },
  { field: 'renewals', fr: 'Renouvellements', en: 'Renewals', kind: 'number' },
  { field: 'renewal_ground', fr: 'Motif du renouvellement', en: 'Renewal ground', kind: 'renewal_ground' },
  // Apprenticeship rows (validation/apprenticeship.ts): the kind, and the inputs of D6222-28 to D6222-32.
  { field: 'contract_kind', fr: 'Dispositif', en: 'Contract kind', kind: 'contract_kind' },
  { field: 'training_cycle_years', fr: 'Durée du cycle de formation (années)', en: 'Training cycle (years)', kind: 'number' },
  { field: 'previous_contract_year', fr: 'Dernière année du contrat précédent', en: "Previous contract's last year", kind: 'number' },
  { field: 'same_level', fr: 'Même niveau qu’un diplôme obtenu', en: 'Same level as a diploma held', kind: 'yesno' },
  { field: 'training_level', fr: 'Niveau de la formation', en: 'Training level', kind: 'training_level' },
  { field: 'prolongation_end', fr: 'Fin de prolongation', en: 'Prolongation end', kind: 'date' },
];

export const FIELD_SPECS: ReadonlyMap<string, FieldSpec> = new Map(CONTRACT_FIELDS.map((f) => [f.field, f]));

/**
 * The checks that need an optional column. When none of its columns is in the sheet, a check is not
 * made: each row says so (an info finding) and the summary names it once, so that "OK" always reads
 * "no fault found in the checks made".
 */
export interface OptionalCheck {
  id: string;
  /** The columns it reads (any one of them is enough to run it). */
  fields: string[];
  articles: string[];
  /** What was not checked, in the user's words. */
  label: { fr: string; en: string };
}

export const OPTIONAL_CHECKS: readonly OptionalCheck[] = [
  { id: 'weekly_hours', fields: ['weekly_hours'], articles: ['L3123-5', 'D6325-15'], label: { fr: 'salaire d’un temps partiel (durée hebdomadaire absente : 35 h retenues)', en: 'pay of a part-time contract (weekly hours absent: 35 h assumed)' } },
  { id: 'training_hours', fields: ['training_hours'], articles: ['L6325-13', 'L6325-14'], label: { fr: 'heures de formation (15 % à 25 %, au moins 150 h)', en: 'training hours (15 % to 25 %, at least 150 h)' } },
  { id: 'deposit', fields: ['deposit_date'], articles: ['D6325-1'], label: { fr: 'transmission à l’OPCO dans les 5 jours', en: 'filing with the OPCO within 5 days' } },
  { id: 'tutor_experience', fields: ['tutor_experience_months'], articles: ['D6325-6'], label: { fr: 'expérience du tuteur (2 ans)', en: 'tutor experience (2 years)' } },
  { id: 'tutor_load', fields: ['tutor_tutees'], articles: ['D6325-9'], label: { fr: 'nombre d’alternants suivis par le tuteur', en: 'number of trainees per tutor' } },
  { id: 'abroad', fields: ['months_abroad'], articles: ['L6325-25'], label: { fr: 'durée de mobilité à l’étranger', en: 'time spent abroad' } },
  { id: 'renewal', fields: ['renewals'], articles: ['L6325-7'], label: { fr: 'renouvellement du CDD', en: 'renewal of the fixed-term contract' } },
];

/**
 * The checks of an apprenticeship row that need an optional column (same rule: an absent column is an
 * info on each apprenticeship row, and named once in the summary of a sheet with a « Dispositif » column).
 */
export const APPRENTICESHIP_OPTIONAL_CHECKS: readonly OptionalCheck[] = [
  { id: 'weekly_hours', fields: ['weekly_hours'], articles: ['L3123-5', 'D6222-26'], label: { fr: 'salaire d’un temps partiel (durée hebdomadaire absente : 35 h retenues)', en: 'pay of a part-time contract (weekly hours absent: 35 h assumed)' } },
  { id: 'app_conclusion', fields: ['signature_date'], articles: ['D6222-26'], label: { fr: 'grille de l’apprenti selon la date de conclusion (date de signature absente : date de début retenue)', en: 'apprentice grid by conclusion date (signature date absent: start date used)' } },
  { id: 'app_cycle', fields: ['training_cycle_years'], articles: ['D6222-28-1'], label: { fr: 'apprentissage plus court que le cycle de formation', en: 'apprenticeship shorter than the training cycle' } },
  { id: 'app_previous_contract', fields: ['previous_contract_year'], articles: ['D6222-29'], label: { fr: 'nouveau contrat d’apprentissage après un diplôme', en: 'new apprenticeship after a diploma' } },
  { id: 'app_same_level', fields: ['same_level'], articles: ['D6222-30', 'D6222-31'], label: { fr: 'majoration de 15 points (un an au plus, même niveau)', en: '+15 points (a year or less, same level)' } },
  { id: 'app_licence_pro', fields: ['training_level'], articles: ['D6222-32'], label: { fr: 'licence professionnelle au taux de 2e année', en: 'licence professionnelle at the 2nd-year rate' } },
  { id: 'app_prolongation', fields: ['prolongation_end'], articles: ['D6222-28'], label: { fr: 'prolongation après un échec à l’examen', en: 'prolongation after an exam failure' } },
];
