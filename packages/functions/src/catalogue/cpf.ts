/** Compte personnel de formation (L6323-11 and following). */
import { cpfAbondement, cpfAccrualEuros, cpfAccrualHours, cpfHoursToEuros, cpfParticipation } from '@formapro/core';
import { bool, date, num, optBool, optDate, optMoney, optNum, today } from '../coerce.js';
import { defineFunctions, type ParamSpec } from '../spec.js';
import { DateValue } from '../values.js';
import { toCents } from './shared.js';

const HOURS = { min: 0, what: 'a number of hours', whatFr: "un nombre d'heures" };
const YEAR = { integer: true, min: 1900, max: 9999, what: 'a year (e.g. 2024)', whatFr: 'une année (ex. 2024)' };
const P = {
  worked: { name: 'worked_hours', fr: 'heures_travaillees', type: 'number', description: { en: 'Hours worked in the year (absences of L6323-12 count as worked)', fr: "Heures travaillées dans l'année (les absences de L6323-12 comptent)" } },
  reference: { name: 'reference_hours', fr: 'heures_reference', type: 'number', optional: true, description: { en: 'Yearly full-time reference (default 1,607 h, or the conventional duration)', fr: 'Durée annuelle de référence (par défaut 1 607 h, ou la durée conventionnelle)' } },
  low: { name: 'low_qualification', fr: 'peu_qualifie', type: 'boolean', optional: true, description: { en: 'TRUE when the employee declared having no level-3 qualification (800 €/8,000 €; 48 h/400 h before 2019)', fr: 'VRAI si le salarié a déclaré ne pas avoir de qualification de niveau 3 (800 €/8 000 € ; 48 h/400 h avant 2019)' } },
  year: { name: 'year', fr: 'annee', type: 'number', optional: true, description: { en: 'Year of work (default: this year)', fr: 'Année de travail (par défaut : cette année)' } },
} satisfies Record<string, ParamSpec>;

const thisYear = () => Number(today().slice(0, 4));

export const CPF_FUNCTIONS = defineFunctions([
  {
    name: 'CPF_ACCRUAL',
    fr: 'CPF_ALIMENTATION',
    topic: 'cpf',
    description: {
      en: 'Euros credited to a CPF for a year of work (2019 onwards): 500 € from half of the reference time, prorated below and rounded up to the cent; 800 € without a level-3 qualification; +300 € for an OETH beneficiary; within the 5,000 € (8,000 €) ceiling (L6323-11, R6323-1, R6323-3-1, D6323-3-3).',
      fr: "Euros crédités sur un CPF pour une année de travail (depuis 2019) : 500 € dès la moitié de la durée de référence, au prorata en dessous, arrondi au centime supérieur ; 800 € sans qualification de niveau 3 ; +300 € pour un bénéficiaire de l'OETH ; dans la limite du plafond de 5 000 € (8 000 €) (L6323-11, R6323-1, R6323-3-1, D6323-3-3).",
    },
    params: [P.worked, P.reference, P.low, { name: 'balance', fr: 'solde', type: 'number', optional: true, description: { en: 'Balance before the credit, in euros (default 0)', fr: 'Solde avant le crédit, en euros (par défaut 0)' } }, P.year, { name: 'oeth', fr: 'oeth', type: 'boolean', optional: true, description: { en: 'TRUE for a beneficiary of the obligation d’emploi des travailleurs handicapés (+300 €)', fr: "VRAI pour un bénéficiaire de l'obligation d'emploi des travailleurs handicapés (+300 €)" } }],
    result: { type: 'number' },
    example: { args: ['1607', '', '', '4700', '2024'], result: '300' },
    run([w, r, l, b, y, o]) {
      const res = cpfAccrualEuros({ workedHours: num(w, 'worked_hours', HOURS), referenceHours: optNum(r, 'reference_hours', { min: 1, what: 'a yearly duration in hours', whatFr: 'une durée annuelle en heures' }), lowQualification: optBool(l, 'low_qualification', false), balance: optMoney(b, 'balance'), year: optNum(y, 'year', YEAR) ?? thisYear(), oeth: optBool(o, 'oeth', false) });
      return { ...res, value: toCents(res.value) };
    },
  },
  {
    name: 'CPF_ACCRUAL_HOURS',
    fr: 'CPF_ALIMENTATION_HEURES',
    topic: 'cpf',
    description: {
      en: 'Hours credited to a CPF for a year of work in 2015–2018: 24 h up to 120 h, then 12 h up to 150 h (48 h up to 400 h without a level V qualification, from 2017); part time prorated and rounded up to the hour (old L6323-11, L6323-11-1, R6323-1; secondary sources).',
      fr: "Heures créditées sur un CPF pour une année de travail de 2015 à 2018 : 24 h jusqu'à 120 h, puis 12 h jusqu'à 150 h (48 h jusqu'à 400 h sans qualification de niveau V, dès 2017) ; temps partiel au prorata, arrondi à l'heure supérieure (anciens L6323-11, L6323-11-1, R6323-1 ; sources secondaires).",
    },
    params: [P.worked, P.reference, P.low, { name: 'balance', fr: 'solde', type: 'number', optional: true, description: { en: 'Balance before the credit, in hours (default 0)', fr: 'Solde avant le crédit, en heures (par défaut 0)' } }, { ...P.year, description: { en: 'Year of work, 2015 to 2018', fr: 'Année de travail, de 2015 à 2018' } }],
    result: { type: 'number' },
    example: { args: ['1125', '', '', '0', '2017'], result: '17' },
    run([w, r, l, b, y]) {
      const res = cpfAccrualHours({ workedHours: num(w, 'worked_hours', HOURS), referenceHours: optNum(r, 'reference_hours', { min: 1, what: 'a yearly duration in hours', whatFr: 'une durée annuelle en heures' }), lowQualification: optBool(l, 'low_qualification', false), balanceHours: optNum(b, 'balance', HOURS), year: optNum(y, 'year', YEAR) ?? thisYear() });
      return res;
    },
  },
  {
    name: 'CPF_HOURS_TO_EUROS',
    fr: 'CPF_HEURES_EN_EUROS',
    topic: 'cpf',
    description: { en: 'CPF and DIF hours converted to euros at 15 € per hour, as on 2019-01-01 (décret 2018-1153).', fr: 'Heures CPF et DIF converties en euros à 15 € de l’heure, comme au 01/01/2019 (décret 2018-1153).' },
    params: [{ name: 'hours', fr: 'heures', type: 'number', description: { en: 'Hours on the account at 31 December 2018', fr: 'Heures inscrites au 31/12/2018' } }],
    result: { type: 'number' },
    example: { args: ['120'], result: '1800' },
    run([h]) {
      const res = cpfHoursToEuros(num(h, 'hours', HOURS), '2019-01-01');
      return { ...res, value: toCents(res.value) };
    },
  },
  {
    name: 'CPF_ABONDEMENT',
    fr: 'CPF_ABONDEMENT_CORRECTIF',
    topic: 'cpf',
    description: {
      en: 'Abondement correctif owed to an employee’s CPF (L6323-13, R6323-3): 3,000 € in a company of 50 or more when, over the review period, the employee had NEITHER the career interviews NOR any non-mandatory training (both conditions); doubled to the Trésor when unpaid after formal notice.',
      fr: "Abondement correctif dû au CPF d'un salarié (L6323-13, R6323-3) : 3 000 € dans une entreprise d'au moins 50 salariés si, sur la période, le salarié n'a eu NI ses entretiens professionnels NI aucune formation non obligatoire (les deux conditions) ; doublé au profit du Trésor s'il reste impayé après mise en demeure.",
    },
    params: [
      { name: 'company_of_50', fr: 'entreprise_50', type: 'boolean', description: { en: 'TRUE when the company has 50 employees or more (5-year rule of L130-1 CSS)', fr: "VRAI si l'entreprise compte au moins 50 salariés (règle des 5 ans de L130-1 CSS)" } },
      { name: 'interviews_held', fr: 'entretiens_realises', type: 'boolean', description: { en: 'TRUE when the career interviews of L6315-1 took place', fr: 'VRAI si les entretiens professionnels de L6315-1 ont eu lieu' } },
      { name: 'non_mandatory_training', fr: 'formation_non_obligatoire', type: 'boolean', description: { en: 'TRUE when the employee had at least one training other than mandatory training (L6321-2)', fr: 'VRAI si le salarié a suivi au moins une formation non obligatoire (L6321-2)' } },
      { name: 'review_date', fr: 'date_etat_des_lieux', type: 'any', optional: true, description: { en: 'Date of the état des lieux interview (default today)', fr: "Date de l'entretien d'état des lieux (par défaut aujourd'hui)" } },
      { name: 'unpaid_after_notice', fr: 'impaye_apres_mise_en_demeure', type: 'boolean', optional: true, description: { en: 'TRUE when still unpaid after formal notice (+100 %)', fr: 'VRAI si impayé après mise en demeure (+100 %)' } },
    ],
    result: { type: 'number' },
    example: { args: ['TRUE', 'FALSE', 'FALSE', '2024-04-02'], result: '3000' },
    run([c, i, n, d, u]) {
      const res = cpfAbondement({ companyOf50: bool(c, 'company_of_50'), interviewsHeld: bool(i, 'interviews_held'), nonMandatoryTraining: bool(n, 'non_mandatory_training'), reviewDate: optDate(d, 'review_date') ?? today(), unpaidAfterNotice: optBool(u, 'unpaid_after_notice', false) });
      return { ...res, value: toCents(res.value.amount) };
    },
  },
  {
    name: 'CPF_ABONDEMENT_DUE_DATE',
    fr: 'CPF_ABONDEMENT_ECHEANCE',
    topic: 'cpf',
    description: { en: 'Last day to pay the abondement correctif: the last day of the calendar quarter following the review interview (R6323-3).', fr: "Date limite de versement de l'abondement correctif : dernier jour du trimestre civil suivant l'entretien d'état des lieux (R6323-3)." },
    params: [{ name: 'review_date', fr: 'date_etat_des_lieux', type: 'any', description: { en: 'Date of the état des lieux interview', fr: "Date de l'entretien d'état des lieux" } }],
    result: { type: 'date' },
    example: { args: ['2024-04-02'], result: '2024-09-30' },
    run([d]) {
      const res = cpfAbondement({ companyOf50: true, interviewsHeld: false, nonMandatoryTraining: false, reviewDate: date(d, 'review_date') });
      return { ...res, value: new DateValue(res.value.dueBy!) };
    },
  },
  {
    name: 'CPF_PARTICIPATION',
    fr: 'CPF_PARTICIPATION_FORFAITAIRE',
    topic: 'cpf',
    description: { en: 'Participation forfaitaire the account holder pays on a CPF purchase (L6323-4): 0 before 2024-05-02, then 100 €, 102.23 € (2025), 103.20 € (2026); 0 when exempt (jobseeker, employer top-up…).', fr: "Participation forfaitaire à la charge du titulaire sur un achat CPF (L6323-4) : 0 avant le 02/05/2024, puis 100 €, 102,23 € (2025), 103,20 € (2026) ; 0 en cas d'exonération (demandeur d'emploi, abondement employeur…)." },
    params: [
      { name: 'date', fr: 'date', type: 'any', optional: true, description: { en: 'Date of the purchase (default today)', fr: "Date de l'achat (par défaut aujourd'hui)" } },
      { name: 'exempt', fr: 'exonere', type: 'boolean', optional: true, description: { en: 'TRUE for a jobseeker or an employer-topped-up purchase', fr: "VRAI pour un demandeur d'emploi ou un achat abondé par l'employeur" } },
    ],
    result: { type: 'number' },
    example: { args: ['2025-03-01'], result: '102.23' },
    run([d, e]) {
      const res = cpfParticipation(optDate(d, 'date') ?? today(), optBool(e, 'exempt', false));
      return { ...res, value: toCents(res.value) };
    },
  },
]);

