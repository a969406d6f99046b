/** Projet de transition professionnelle (L6323-17-1 and following). */
import { invalidArgument, ptpEligible, ptpRemuneration, type PtpWaiver } from '@formapro/core';
import { choice, isOmitted, money, num, optDate, optNum, today } from '../coerce.js';
import type { CellValue } from '../values.js';
import { defineFunctions } from '../spec.js';

const MONTHS = { min: 0, what: 'a number of months', whatFr: 'un nombre de mois' };

const WAIVERS: Record<string, PtpWaiver> = { oeth: 'oeth', handicap: 'oeth', disabled: 'oeth', rqth: 'oeth', dismissal: 'dismissal', licenciement: 'dismissal', absence: 'absence' };

/** The waiver kind: empty or FALSE = none; TRUE alone does not say which waiver (they have different dates). */
function waiver(v: CellValue): PtpWaiver | undefined {
  if (isOmitted(v) || v === false || (typeof v === 'string' && /^(false|faux|non|no)$/i.test(v.trim()))) return undefined;
  if (v === true || (typeof v === 'string' && /^(true|vrai|oui|yes)$/i.test(v.trim())))
    throw invalidArgument('waiver', 'TRUE does not say which waiver: give "oeth" (disabled worker), "dismissal" (re-employed after dismissal) or "absence" (qualifying absence, from 2022-03-31)', 'VRAI ne dit pas quelle dispense : indiquer « oeth » (travailleur handicapé), « licenciement » (réembauché après licenciement) ou « absence » (absence qualifiante, depuis le 31/03/2022)', ['D6323-9']);
  return choice(v, 'waiver', WAIVERS, 'oeth, dismissal or absence');
}

export const TRANSITION_FUNCTIONS = defineFunctions([
  {
    name: 'PTP_ELIGIBLE',
    fr: 'PTP_ELIGIBLE',
    topic: 'transition',
    description: {
      en: 'TRUE when the seniority condition of a projet de transition professionnelle is met on the training start date (D6323-9): 24 months as an employee including 12 in the company, or 24 months in 5 years including 4 under CDD in the last 12; or a waiver by kind: OETH or re-employment after dismissal (since 2019), qualifying absence (from 2022-03-31).',
      fr: "VRAI si la condition d'ancienneté du projet de transition professionnelle est remplie à la date de début de la formation (D6323-9) : 24 mois de salariat dont 12 dans l'entreprise, ou 24 mois sur 5 ans dont 4 en CDD dans les 12 derniers mois ; ou une dispense selon son type : OETH ou réembauche après licenciement (depuis 2019), absence qualifiante (depuis le 31/03/2022).",
    },
    params: [
      { name: 'months_employee', fr: 'mois_salarie', type: 'number', description: { en: 'Months as an employee in total', fr: 'Mois de salariat au total' } },
      { name: 'months_in_company', fr: 'mois_entreprise', type: 'number', description: { en: 'Months in the current company', fr: "Mois dans l'entreprise actuelle" } },
      { name: 'months_cdd_last_12', fr: 'mois_cdd_12_derniers', type: 'number', description: { en: 'Months under CDD in the last 12 months (excluding contrats pro, apprenticeship, student jobs, CDD continued by a CDI)', fr: 'Mois en CDD sur les 12 derniers mois (hors contrats pro, apprentissage, jobs étudiants, CDD suivis d’un CDI)' } },
      { name: 'months_employee_last_5y', fr: 'mois_salarie_5_ans', type: 'number', optional: true, description: { en: 'Months as an employee in the last 5 years (default: months_employee)', fr: 'Mois de salariat sur les 5 dernières années (par défaut : mois_salarie)' } },
      { name: 'waiver', fr: 'dispense', type: 'string', optional: true, choices: ['oeth', 'dismissal', 'absence'], description: { en: 'Waiver of the seniority condition, by kind: "oeth" (disabled worker, L5212-13) or "dismissal" (re-employed after an economic or inaptitude dismissal without training since), both since 2019; "absence" (occupational disease, or ≥ 6 months of sick leave or accident in the 24 months before the request) from 2022-03-31', fr: 'Dispense de la condition d’ancienneté, par type : « oeth » (travailleur handicapé, L5212-13) ou « licenciement » (réembauché après un licenciement économique ou pour inaptitude sans formation depuis), toutes deux depuis 2019 ; « absence » (maladie professionnelle, ou ≥ 6 mois d’arrêt maladie ou accident dans les 24 mois avant la demande) depuis le 31/03/2022' } },
      { name: 'date', fr: 'date', type: 'any', optional: true, description: { en: 'Training start date (default today)', fr: "Date de début de la formation (par défaut aujourd'hui)" } },
    ],
    result: { type: 'boolean' },
    example: { args: ['30', '10', '0'], result: 'FALSE' },
    run([e, c, d, f, a, dt]) {
      const r = ptpEligible({ monthsEmployee: num(e, 'months_employee', MONTHS), monthsInCompany: num(c, 'months_in_company', MONTHS), monthsCddLast12: num(d, 'months_cdd_last_12', MONTHS), monthsEmployeeLast5y: optNum(f, 'months_employee_last_5y', MONTHS), waiver: waiver(a), date: optDate(dt, 'date') ?? today() });
      return { ...r, value: r.value.eligible };
    },
  },
  {
    name: 'PTP_REMUNERATION',
    fr: 'PTP_REMUNERATION',
    topic: 'transition',
    description: {
      en: 'Monthly pay during a projet de transition professionnelle (D6323-18-4): 100 % of the reference salary up to 2 × SMIC; above, 90 % in the first year (or the first 1,200 training hours) then 60 % from the 2nd year (or the 1,201st hour), never below 2 × SMIC.',
      fr: "Rémunération mensuelle pendant un projet de transition professionnelle (D6323-18-4) : 100 % du salaire de référence jusqu'à 2 SMIC ; au-delà, 90 % la première année (ou les 1 200 premières heures de formation) puis 60 % dès la 2e année (ou la 1 201e heure), jamais moins de 2 SMIC.",
    },
    params: [
      { name: 'reference_salary', fr: 'salaire_reference', type: 'number', description: { en: 'Salaire moyen de référence (monthly)', fr: 'Salaire moyen de référence (mensuel)' } },
      { name: 'month_index', fr: 'mois', type: 'number', description: { en: 'Month of the leave (1 for the first)', fr: 'Mois du congé (1 pour le premier)' } },
      { name: 'date', fr: 'date', type: 'any', optional: true, description: { en: 'Date of the month paid: its SMIC applies (default today)', fr: "Date du mois payé : son SMIC s'applique (par défaut aujourd'hui)" } },
      { name: 'hours_elapsed', fr: 'heures_effectuees', type: 'number', optional: true, description: { en: 'For a discontinuous or part-time leave (replaces month_index for the share): training hours completed BEFORE the period paid. Below 1,200 the period is paid at 90 %; from 1,200 done (the 1,201st hour on, D6323-18-4) at 60 %. Pay a month that crosses the 1,200th hour in two parts', fr: 'Congé discontinu ou à temps partiel (remplace mois pour le taux) : heures de formation accomplies AVANT la période payée. Moins de 1 200 : période payée à 90 % ; dès 1 200 accomplies (à partir de la 1201e heure, D6323-18-4) : 60 %. Payer en deux parts un mois qui franchit la 1 200e heure' } },
    ],
    result: { type: 'number' },
    example: { args: ['3000', '1', '2024-09-01'], result: '3000' },
    run([s, m, d, h]) {
      const r = ptpRemuneration({ referenceSalary: money(s, 'reference_salary'), monthIndex: num(m, 'month_index', { integer: true, min: 1, what: 'a month of the leave (1, 2, …)', whatFr: 'un mois du congé (1, 2, …)' }), date: optDate(d, 'date') ?? today(), hoursElapsed: optNum(h, 'hours_elapsed', { min: 0, what: 'a number of hours', whatFr: "un nombre d'heures" }) });
      return { ...r, value: Number(r.value.toFixed(2)) };
    },
  },
]);
