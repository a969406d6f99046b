/** Training contributions (L6331-1 and following) and headcount rules (L130-1, R130-1 CSS). */
import { averageHeadcount, cpfCddContribution, EMPLOYER_KINDS, invalidArgument, thresholdCrossed, trainingContribution, type EmployerKind } from '@formapro/core';
import { choice, isOmitted, money, num, optDate, optMoney, optNum, today } from '../coerce.js';
import { defineFunctions } from '../spec.js';
import type { CellValue } from '../values.js';
import { LAW_DATE, toCents } from './shared.js';

const KINDS = Object.fromEntries(EMPLOYER_KINDS.map((k) => [k.replace(/_/g, ' '), k])) as Record<string, EmployerKind>;
Object.assign(KINDS, { employeur: 'employer', standard: 'employer', interim: 'ett', 'particulier employeur': 'particulier', 'independant': 'self_employed', 'micro ventes': 'micro_sales', 'micro services': 'micro_services', peche: 'fishing' });

/** A range of numbers (a row or a column), empty cells skipped. */
function numbers(v: CellValue, name: string): number[] {
  const cells = Array.isArray(v) ? v.flat() : [v];
  const out: number[] = [];
  for (const c of cells) {
    if (isOmitted(c as CellValue)) continue;
    out.push(num(c as CellValue, name, { min: 0, what: 'a headcount', whatFr: 'un effectif' }));
  }
  if (out.length === 0) throw invalidArgument(name, 'missing: expected a range of headcounts', 'manquant : attendu une plage d’effectifs');
  return out;
}

export const CONTRIBUTION_FUNCTIONS = defineFunctions([
  {
    name: 'TRAINING_CONTRIBUTION',
    fr: 'CONTRIBUTION_FORMATION',
    topic: 'contributions',
    description: {
      en: 'Training contribution for a year: employers 0.55 % of payroll under 11 employees, 1 % from 11 (L6331-1, L6331-3); ETT 1.30 % from 11 employees (L6331-5), 0.55 % under 11; particulier 0.15 %; intermittents 2 %; self-employed 0.25 %/0.34 % (0.29 % artisans from 2023) of the PSS; micro-entrepreneurs 0.1/0.2/0.3 % of turnover (L6331-48); fishing 0.15 % of the PSS from 2022-09-01 (L6331-53). employer_kind selects the regime; a date before the rates held is #N/A.',
      fr: "Contribution à la formation pour une année : employeurs 0,55 % de la masse salariale sous 11 salariés, 1 % dès 11 (L6331-1, L6331-3) ; ETT 1,30 % dès 11 salariés (L6331-5), 0,55 % en dessous ; particulier 0,15 % ; intermittents 2 % ; indépendants 0,25 %/0,34 % (0,29 % artisans depuis 2023) du PASS ; micro-entrepreneurs 0,1/0,2/0,3 % du chiffre d'affaires (L6331-48) ; pêche 0,15 % du PASS depuis le 01/09/2022 (L6331-53). employer_kind choisit le régime ; une date antérieure aux taux connus donne #N/A.",
    },
    params: [
      { name: 'payroll', fr: 'masse_salariale', type: 'number', description: { en: 'Contribution base: gross payroll (or turnover for a micro-entrepreneur; ignored for PSS-based kinds)', fr: "Assiette : masse salariale brute (ou chiffre d'affaires d'un micro-entrepreneur ; ignorée pour les régimes sur le PASS)" } },
      { name: 'headcount', fr: 'effectif', type: 'number', optional: true, description: { en: 'Average headcount (L130-1 CSS); required for employers and ETT', fr: 'Effectif moyen (L130-1 CSS) ; requis pour les employeurs et les ETT' } },
      { name: 'date', fr: 'date', type: 'any', optional: true, description: { en: 'A date in the year of the payroll (default today)', fr: "Une date de l'année de la masse salariale (par défaut aujourd'hui)" } },
      { name: 'employer_kind', fr: 'regime', type: 'string', optional: true, choices: [...EMPLOYER_KINDS], description: { en: `One of ${EMPLOYER_KINDS.join(', ')} (default employer)`, fr: `Parmi ${EMPLOYER_KINDS.join(', ')} (par défaut employer)` } },
    ],
    result: { type: 'number' },
    example: { args: ['300000', '10', '2024-06-30'], result: '1650' },
    run([p, h, d, k]) {
      const kind = isOmitted(k) ? 'employer' : choice(k, 'employer_kind', KINDS, EMPLOYER_KINDS.join(', '));
      const r = trainingContribution({ base: money(p, 'payroll'), headcount: optNum(h, 'headcount', { min: 0, what: 'an average headcount', whatFr: 'un effectif moyen' }), date: optDate(d, 'date') ?? today(), kind });
      return { ...r, value: toCents(r.value.amount) };
    },
  },
  {
    name: 'CPF_CDD_CONTRIBUTION',
    fr: 'CONTRIBUTION_CPF_CDD',
    topic: 'contributions',
    description: { en: 'CPF-CDD contribution: 1 % of the pay of CDD holders (L6331-6); in 2019–2021 the pay of CDD continued by a CDI and of student jobs was excluded (D6331-72).', fr: 'Contribution CPF-CDD : 1 % des rémunérations des titulaires de CDD (L6331-6) ; de 2019 à 2021 les CDD suivis d’un CDI et les jobs étudiants étaient exclus (D6331-72).' },
    params: [
      { name: 'cdd_payroll', fr: 'masse_cdd', type: 'number', description: { en: 'Pay of CDD holders (contrats pro, apprentices, seasonal CDD already left out)', fr: 'Rémunérations des CDD (hors contrats pro, apprentis, saisonniers)' } },
      { name: 'cdd_to_cdi_payroll', fr: 'masse_cdd_suivis_cdi', type: 'number', optional: true, description: { en: 'Part of it for CDD continued by a CDI', fr: 'Dont CDD suivis d’un CDI' } },
      { name: 'student_payroll', fr: 'masse_jobs_etudiants', type: 'number', optional: true, description: { en: 'Part of it for student jobs', fr: 'Dont jobs étudiants' } },
      { name: 'date', fr: 'date', type: 'any', optional: true, description: { en: 'A date in the year (default today)', fr: "Une date de l'année (par défaut aujourd'hui)" } },
    ],
    result: { type: 'number' },
    example: { args: ['50000', '20000', '', '2021-06-30'], result: '300' },
    run([p, c, s, d]) {
      const r = cpfCddContribution({ cddPayroll: money(p, 'cdd_payroll'), cddToCdiPayroll: optMoney(c, 'cdd_to_cdi_payroll'), studentPayroll: optMoney(s, 'student_payroll'), date: optDate(d, 'date') ?? today() });
      return { ...r, value: toCents(r.value) };
    },
  },
  {
    name: 'AVERAGE_HEADCOUNT',
    fr: 'EFFECTIF_MOYEN',
    topic: 'contributions',
    description: { en: 'Average headcount of a year from its monthly headcounts (a range of up to 12 cells): months without employees ignored, truncated to 2 decimals (R130-1 I CSS).', fr: "Effectif moyen annuel à partir des effectifs mensuels (plage de 12 cellules au plus) : mois sans salarié ignorés, tronqué à 2 décimales (R130-1 I CSS)." },
    params: [{ name: 'monthly_headcounts', fr: 'effectifs_mensuels', type: 'any', range: true, description: { en: 'The monthly headcounts (a range)', fr: 'Les effectifs mensuels (une plage)' } }, LAW_DATE],
    result: { type: 'number' },
    example: { args: ['11'], result: '11' },
    run([m, d]) {
      const values = numbers(m, 'monthly_headcounts');
      if (values.length > 12) throw invalidArgument('monthly_headcounts', `${values.length} values: a year has 12 months`, `${values.length} valeurs : une année compte 12 mois`);
      const r = averageHeadcount(values, optDate(d, 'date') ?? today());
      return { ...r, value: Number(r.value.toString()) };
    },
  },
  {
    name: 'THRESHOLD_CROSSED',
    fr: 'SEUIL_FRANCHI',
    topic: 'contributions',
    description: { en: 'TRUE when a headcount threshold counts as crossed: reached or exceeded in each of the last 5 consecutive calendar years (L130-1 II CSS); one year below restarts the count.', fr: "VRAI si un seuil d'effectif est franchi : atteint ou dépassé chacune des 5 dernières années civiles consécutives (L130-1 II CSS) ; une année en dessous relance le décompte." },
    params: [
      { name: 'yearly_headcounts', fr: 'effectifs_annuels', type: 'any', range: true, description: { en: 'Average headcounts of past years, oldest first (a range)', fr: 'Effectifs moyens des années passées, la plus ancienne en premier (une plage)' } },
      { name: 'threshold', fr: 'seuil', type: 'number', description: { en: 'The threshold (11, 50…)', fr: 'Le seuil (11, 50…)' } },
      LAW_DATE,
    ],
    result: { type: 'boolean' },
    example: { args: ['11', '11'], result: 'FALSE' },
    run([y, t, d]) {
      const r = thresholdCrossed(numbers(y, 'yearly_headcounts'), num(t, 'threshold', { min: 1, what: 'a headcount threshold', whatFr: "un seuil d'effectif" }), optDate(d, 'date') ?? today());
      return r;
    },
  },
]);
