/** OPCO funding of contrats de professionnalisation and tutors (L6332-14, D6332-86, D6332-92, D6332-93). */
import { opcoTrainingFunding, opcoTutorAid, opcoTutorTraining } from '@formapro/core';
import { money, num, optBool, optDate, optMoney, optNum, today } from '../coerce.js';
import { defineFunctions } from '../spec.js';
import { LAW_DATE, toCents } from './shared.js';

const PRIORITY = { name: 'priority_public', fr: 'public_prioritaire', type: 'boolean' as const, optional: true, description: { en: 'TRUE for a person of L6325-1-1 (RSA/ASS/AAH/CUI, jobseeker over 1 year, no diploma); default FALSE', fr: 'VRAI pour une personne de L6325-1-1 (RSA/ASS/AAH/CUI, demandeur d’emploi de plus d’un an, sans diplôme) ; par défaut FAUX' } };

export const FUNDING_FUNCTIONS = defineFunctions([
  {
    name: 'OPCO_FUNDING',
    fr: 'OPCO_PRISE_EN_CHARGE',
    topic: 'funding',
    description: {
      en: 'What the OPCO pays for the training of a contrat de professionnalisation: hours × the branch hourly level, or the default forfait of D6332-86 (9.15 €/h; 15 €/h for the priority public, and for GEIQ paths in contracts from 2020-10-01). From 2019 (earlier forfaits not verified: #N/A).',
      fr: "Prise en charge par l'OPCO de la formation d'un contrat de professionnalisation : heures × niveau horaire de branche, ou forfait par défaut de D6332-86 (9,15 €/h ; 15 €/h pour le public prioritaire, et pour les parcours GEIQ des contrats conclus dès le 01/10/2020). À partir de 2019 (forfaits antérieurs non vérifiés : #N/A).",
    },
    params: [
      { name: 'training_hours', fr: 'heures_formation', type: 'number', description: { en: 'Training hours of the contract', fr: 'Heures de formation du contrat' } },
      { name: 'hourly_rate', fr: 'taux_horaire', type: 'number', optional: true, description: { en: 'Hourly funding level set by the branch; default: the D6332-86 forfait', fr: 'Niveau de prise en charge horaire fixé par la branche ; par défaut : forfait de D6332-86' } },
      PRIORITY,
      { name: 'date', fr: 'date', type: 'any', optional: true, description: { en: 'Date the contract was concluded (default today)', fr: "Date de conclusion du contrat (par défaut aujourd'hui)" } },
      { name: 'geiq', fr: 'geiq', type: 'boolean', optional: true, description: { en: 'TRUE for an insertion path in a GEIQ (15 €/h for contracts from 2020-10-01)', fr: 'VRAI pour un parcours d’insertion en GEIQ (15 €/h pour les contrats dès le 01/10/2020)' } },
    ],
    result: { type: 'number' },
    example: { args: ['400'], result: '3660' },
    run([h, r, p, d, g]) {
      const res = opcoTrainingFunding({
        hours: num(h, 'training_hours', { min: 0, what: 'a number of training hours', whatFr: "un nombre d'heures de formation" }),
        branchHourlyRate: optMoney(r, 'hourly_rate', { what: 'an hourly amount in euros', whatFr: 'un montant horaire en euros' }),
        priority: optBool(p, 'priority_public', false),
        geiq: optBool(g, 'geiq', false),
        date: optDate(d, 'date') ?? today(),
      });
      return { ...res, value: toCents(res.value.amount) };
    },
  },
  {
    name: 'OPCO_TUTOR_AID',
    fr: 'OPCO_AIDE_TUTEUR',
    topic: 'funding',
    description: {
      en: 'Ceiling of the OPCO aid for exercising the tutor role: 230 €/month for at most 6 months, +50 % when the tutor is 45 or more or the tutee belongs to the priority public (D6332-93).',
      fr: "Plafond de l'aide de l'OPCO à l'exercice de la fonction tutorale : 230 €/mois pendant 6 mois au plus, +50 % si le tuteur a 45 ans ou plus ou si le tutoré relève du public prioritaire (D6332-93).",
    },
    params: [
      { name: 'months', fr: 'mois', type: 'number', description: { en: 'Months of tutoring', fr: 'Mois de tutorat' } },
      { name: 'tutor_age', fr: 'age_tuteur', type: 'number', optional: true, description: { en: "Tutor's age at the start of the tutoring", fr: 'Âge du tuteur au début du tutorat' } },
      PRIORITY,
      LAW_DATE,
    ],
    result: { type: 'number' },
    example: { args: ['8', '40'], result: '1380' },
    run([m, a, p, d]) {
      const res = opcoTutorAid({
        months: num(m, 'months', { min: 0, what: 'a number of months', whatFr: 'un nombre de mois' }),
        tutorAge: optNum(a, 'tutor_age', { integer: true, min: 18, max: 100, what: "a tutor's age in whole years", whatFr: 'un âge de tuteur en années révolues' }),
        priority: optBool(p, 'priority_public', false),
        date: optDate(d, 'date') ?? today(),
      });
      return { ...res, value: toCents(res.value.total) };
    },
  },
  {
    name: 'OPCO_TUTOR_TRAINING',
    fr: 'OPCO_FORMATION_TUTEUR',
    topic: 'funding',
    description: {
      en: 'Ceiling of the OPCO funding of a tutor’s training: the cost, within 15 € per hour for at most 40 hours (D6332-92).',
      fr: "Plafond de la prise en charge par l'OPCO de la formation d'un tuteur : le coût, dans la limite de 15 € par heure et de 40 heures (D6332-92).",
    },
    params: [
      { name: 'hours', fr: 'heures', type: 'number', description: { en: 'Hours of tutor training', fr: 'Heures de formation du tuteur' } },
      { name: 'cost', fr: 'cout', type: 'number', description: { en: 'Cost of the training in euros', fr: 'Coût de la formation en euros' } },
      LAW_DATE,
    ],
    result: { type: 'number' },
    example: { args: ['50', '900'], result: '600' },
    run([h, c, d]) {
      const res = opcoTutorTraining({ hours: num(h, 'hours', { min: 0, what: 'a number of hours', whatFr: "un nombre d'heures" }), cost: money(c, 'cost'), date: optDate(d, 'date') ?? today() });
      return { ...res, value: toCents(res.value) };
    },
  },
]);
