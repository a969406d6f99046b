/** Projet de transition professionnelle (L6323-17-1 and following). */
import { ptpEligible, ptpRemuneration } from '@formapro/core';
import { money, num, optBool, optDate, optNum, today } from '../coerce.js';
import { defineFunctions } from '../spec.js';

const MONTHS = { min: 0, what: 'a number of months', whatFr: 'un nombre de mois' };

export const TRANSITION_FUNCTIONS = defineFunctions([
  {
    name: 'PTP_ELIGIBLE',
    fr: 'PTP_ELIGIBLE',
    topic: 'transition',
    description: {
      en: 'TRUE when the seniority condition of a projet de transition professionnelle is met on the training start date (D6323-9): 24 months as an employee including 12 in the company, or 24 months in 5 years including 4 under CDD in the last 12; or a waiver (OETH, dismissal, qualifying absence).',
      fr: "VRAI si la condition d'ancienneté du projet de transition professionnelle est remplie à la date de début de la formation (D6323-9) : 24 mois de salariat dont 12 dans l'entreprise, ou 24 mois sur 5 ans dont 4 en CDD dans les 12 derniers mois ; ou une dispense (OETH, licenciement, absence qualifiante).",
    },
    params: [
      { name: 'months_employee', fr: 'mois_salarie', type: 'number', description: { en: 'Months as an employee in total', fr: 'Mois de salariat au total' } },
      { name: 'months_in_company', fr: 'mois_entreprise', type: 'number', description: { en: 'Months in the current company', fr: "Mois dans l'entreprise actuelle" } },
      { name: 'months_cdd_last_12', fr: 'mois_cdd_12_derniers', type: 'number', description: { en: 'Months under CDD in the last 12 months (excluding contrats pro, apprenticeship, student jobs, CDD continued by a CDI)', fr: 'Mois en CDD sur les 12 derniers mois (hors contrats pro, apprentissage, jobs étudiants, CDD suivis d’un CDI)' } },
      { name: 'months_employee_last_5y', fr: 'mois_salarie_5_ans', type: 'number', optional: true, description: { en: 'Months as an employee in the last 5 years (default: months_employee)', fr: 'Mois de salariat sur les 5 dernières années (par défaut : mois_salarie)' } },
      { name: 'qualifying_absence', fr: 'dispense', type: 'boolean', optional: true, description: { en: 'TRUE for a waiver: OETH, re-employed after dismissal, occupational disease or ≥ 6 months of sick leave or accident in the 24 months before the request', fr: 'VRAI en cas de dispense : OETH, réembauche après licenciement, maladie professionnelle ou ≥ 6 mois d’arrêt dans les 24 mois avant la demande' } },
      { name: 'date', fr: 'date', type: 'any', optional: true, description: { en: 'Training start date (default today)', fr: "Date de début de la formation (par défaut aujourd'hui)" } },
    ],
    result: { type: 'boolean' },
    example: { args: ['30', '10', '0'], result: 'FALSE' },
    run([e, c, d, f, a, dt]) {
      const r = ptpEligible({ monthsEmployee: num(e, 'months_employee', MONTHS), monthsInCompany: num(c, 'months_in_company', MONTHS), monthsCddLast12: num(d, 'months_cdd_last_12', MONTHS), monthsEmployeeLast5y: optNum(f, 'months_employee_last_5y', MONTHS), waiver: optBool(a, 'qualifying_absence', false), date: optDate(dt, 'date') ?? today() });
      return { ...r, value: r.value.eligible };
    },
  },
  {
    name: 'PTP_REMUNERATION',
    fr: 'PTP_REMUNERATION',
    topic: 'transition',
    description: {
      en: 'Monthly pay during a projet de transition professionnelle (D6323-18-4): 100 % of the reference salary up to 2 × SMIC; above, 90 % in the first year (or first 1,200 h) then 60 %, never below 2 × SMIC.',
      fr: "Rémunération mensuelle pendant un projet de transition professionnelle (D6323-18-4) : 100 % du salaire de référence jusqu'à 2 SMIC ; au-delà, 90 % la première année (ou les 1 200 premières heures) puis 60 %, jamais moins de 2 SMIC.",
    },
    params: [
      { name: 'reference_salary', fr: 'salaire_reference', type: 'number', description: { en: 'Salaire moyen de référence (monthly)', fr: 'Salaire moyen de référence (mensuel)' } },
      { name: 'month_index', fr: 'mois', type: 'number', description: { en: 'Month of the leave (1 for the first)', fr: 'Mois du congé (1 pour le premier)' } },
      { name: 'date', fr: 'date', type: 'any', optional: true, description: { en: 'Date of the month paid: its SMIC applies (default today)', fr: "Date du mois payé : son SMIC s'applique (par défaut aujourd'hui)" } },
      { name: 'hours_elapsed', fr: 'heures_effectuees', type: 'number', optional: true, description: { en: 'For a discontinuous or part-time leave: training hours already done (1,200 h instead of 12 months)', fr: 'Congé discontinu ou à temps partiel : heures de formation déjà suivies (1 200 h au lieu de 12 mois)' } },
    ],
    result: { type: 'number' },
    example: { args: ['3000', '1', '2024-09-01'], result: '3000' },
    run([s, m, d, h]) {
      const r = ptpRemuneration({ referenceSalary: money(s, 'reference_salary'), monthIndex: num(m, 'month_index', { integer: true, min: 1, what: 'a month of the leave (1, 2, …)', whatFr: 'un mois du congé (1, 2, …)' }), date: optDate(d, 'date') ?? today(), hoursElapsed: optNum(h, 'hours_elapsed', { min: 0, what: 'a number of hours', whatFr: "un nombre d'heures" }) });
      return { ...r, value: Number(r.value.toFixed(2)) };
    },
  },
]);
