/**
 * The French name of every parameter of the law store (a parameter's `description` is its English name).
 * Messages that name a parameter (a date outside the period held, a value not checked against the
 * official text) use it in French; `formapro law` and docs/law.md show both. A test fails when a
 * parameter has no French name here.
 */
import type { Parameter } from './store.js';

export const PARAMETER_FR: Readonly<Record<string, string>> = {
  'smic.hourly': 'taux horaire brut du SMIC',
  'smic.hourly.mayotte': 'taux horaire brut du SMIC à Mayotte',
  'working_time.legal_weekly_hours': 'durée légale hebdomadaire du travail',
  'working_time.max_weekly_hours': 'durée hebdomadaire maximale absolue du travail',
  'working_time.overtime_premium': 'majoration légale des heures supplémentaires',
  'working_time.overtime_conventional_floor': 'taux minimum conventionnel de majoration des heures supplémentaires',
  'pro.min_pay.rates': 'taux du salaire minimum en contrat de professionnalisation (moins de 26 ans)',
  'pro.min_pay.age_bands': "seuils d'âge du salaire en contrat de professionnalisation",
  'pro.min_pay.adult': 'salaire minimum en contrat de professionnalisation à partir de 26 ans',
  'pro.eligibility.ages': "âges d'accès au contrat de professionnalisation",
  'pro.priority.jobseeker_months': "durée d'inscription comme demandeur d'emploi donnant la priorité",
  'pro.action.duration': "durée de l'action de professionnalisation",
  'pro.training.share': 'part de formation du contrat de professionnalisation',
  'pro.abroad': "mobilité à l'étranger en contrat de professionnalisation",
  'pro.deposit.days': "dépôt du contrat auprès de l'OPCO",
  'pro.opco_decision.days': "décision de l'OPCO sur un contrat déposé",
  'pro.termination_report.days': "signalement d'une rupture anticipée",
  'pro.programme_review.months': "examen de l'adéquation du programme après le début",
  'pro.tutor': 'conditions du tuteur en contrat de professionnalisation',
  'pro.renewal': "renouvellement d'un CDD de professionnalisation",
  'pro.benefits_in_kind': 'plafond de déduction des avantages en nature',
  'apprenticeship.min_pay.grid': "grille du salaire minimum de l'apprenti (selon la date de conclusion du contrat)",
  'apprenticeship.min_pay.conventional_from_age': "salaire de l'apprenti : âge à partir duquel le minimum conventionnel est comparé",
  'apprenticeship.min_pay.band_change': "salaire de l'apprenti : date du changement de tranche d'âge",
  'apprenticeship.min_pay.special_cases': "cas particuliers du salaire de l'apprenti (D6222-28 à D6222-32)",
  'apprenticeship.min_age': "âge minimum de l'apprenti",
  'apprenticeship.eligibility.ages': "âges d'accès à l'apprentissage (au début du contrat)",
  'apprenticeship.duration': "durée du contrat d'apprentissage (selon la date de conclusion)",
  'apprenticeship.aid.unique': "aide unique aux employeurs d'apprentis",
  'apprenticeship.aid.exceptional': "aide exceptionnelle aux employeurs d'apprentis (première année)",
  'apprenticeship.employer_participation': "participation de l'employeur au coût de la formation de l'apprenti",
  'funding.pro.default_forfait': "forfait horaire de prise en charge par défaut de l'OPCO en contrat de professionnalisation",
  'funding.tutor_training': "prise en charge par l'OPCO de la formation du tuteur",
  'funding.tutor_aid': "aide de l'OPCO à l'exercice de la fonction tutorale",
  'funding.pro.hiring_aid': 'aide exceptionnelle au contrat de professionnalisation',
  'cpf.euros': 'alimentation du CPF en euros',
  'cpf.oeth': "majoration du CPF pour les bénéficiaires de l'OETH",
  'cpf.hours': 'alimentation du CPF en heures (2015–2018)',
  'cpf.hours.low_qualification': 'heures de CPF des salariés sans qualification de niveau V (2017–2018)',
  'cpf.hours_to_euros': 'conversion des heures de CPF en euros',
  'cpf.abondement_correctif': 'abondement correctif du CPF',
  'cpf.participation_forfaitaire': 'participation forfaitaire du titulaire du CPF',
  'ptp.seniority': "ancienneté requise pour un projet de transition professionnelle",
  'ptp.pay': 'rémunération pendant un projet de transition professionnelle',
  'pss.annual': 'plafond annuel de la sécurité sociale',
  'contributions.rates': 'taux de la contribution à la formation professionnelle',
  'contributions.threshold': "seuil d'effectif de la contribution à la formation",
  'contributions.ett_conventional': 'contribution conventionnelle des entreprises de travail temporaire',
  'contributions.cpf_cdd': 'contribution CPF-CDD',
  'headcount.crossing': "franchissement d'un seuil d'effectif",
  'individual.contract': 'règles du contrat individuel de formation',
};

/** A parameter's name in `lang` (French from PARAMETER_FR, falling back to the English name). */
export function parameterName(p: Pick<Parameter<unknown>, 'id' | 'description'>, lang: 'en' | 'fr'): string {
  return lang === 'fr' ? (PARAMETER_FR[p.id] ?? p.description) : p.description;
}
