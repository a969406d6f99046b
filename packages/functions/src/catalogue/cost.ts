/** Cost of a contrat de professionnalisation over its life, month by month (spill). */
import { proCostSchedule, type CostRow } from '@formapro/core';
import { choice, date, isOmitted, optBool, optMoney, optNum } from '../coerce.js';
import { defineFunctions } from '../spec.js';
import { DateValue, type Matrix } from '../values.js';
import { qualification } from './professionalisation.js';
import { toCents } from './shared.js';

const COLUMNS: (keyof Omit<CostRow, 'month' | 'share'>)[] = ['salary', 'charges', 'employerCost', 'opcoTraining', 'tutorAid', 'hiringAid', 'netCost'];

export const COST_FUNCTIONS = defineFunctions([
  {
    name: 'PRO_COST_SCHEDULE',
    fr: 'PRO_ECHEANCIER_COUT',
    topic: 'cost',
    description: {
      en: 'Spills the monthly cost of a contrat de professionnalisation: Month, Salary, Charges, Employer cost, OPCO training, Tutor aid, Hiring aid, Net cost, then a TOTAL row. Salary: the legal minimum of each month unless monthly_salary is given; partial months prorated by days. OPCO funding per D6332-86 (or the branch rate), tutor aid per D6332-93.',
      fr: "Renvoie le coût mensuel d'un contrat de professionnalisation : Mois, Salaire, Charges, Coût employeur, Prise en charge OPCO, Aide tuteur, Aide à l'embauche, Coût net, puis une ligne TOTAL. Salaire : le minimum légal de chaque mois sauf si salaire_mensuel est indiqué ; mois partiels au prorata des jours. Prise en charge selon D6332-86 (ou le taux de branche), aide au tuteur selon D6332-93.",
    },
    params: [
      { name: 'birth_date', fr: 'date_naissance', type: 'any', description: { en: 'Date of birth', fr: 'Date de naissance' } },
      { name: 'start', fr: 'debut', type: 'any', description: { en: 'Contract start date', fr: 'Date de début' } },
      { name: 'end', fr: 'fin', type: 'any', description: { en: 'Contract end date', fr: 'Date de fin' } },
      { name: 'qualification', fr: 'diplome', type: 'any', description: { en: 'Highest qualification (none, bac pro, bts…)', fr: 'Diplôme le plus élevé (aucun, bac pro, bts…)' } },
      { name: 'monthly_salary', fr: 'salaire_mensuel', type: 'number', optional: true, description: { en: 'Actual monthly gross salary (default: the legal minimum of each month)', fr: 'Salaire brut mensuel réel (par défaut : le minimum légal de chaque mois)' } },
      { name: 'charges_rate', fr: 'taux_charges', type: 'number', optional: true, description: { en: 'Employer charges as a share of gross salary, e.g. 0.42 (default 0, with a warning)', fr: 'Charges patronales en part du brut, ex. 0,42 (par défaut 0, avec une alerte)' } },
      { name: 'training_hours', fr: 'heures_formation', type: 'number', optional: true, description: { en: 'Training hours funded by the OPCO', fr: "Heures de formation prises en charge par l'OPCO" } },
      { name: 'hourly_rate', fr: 'taux_horaire', type: 'number', optional: true, description: { en: 'Branch hourly funding level (default: D6332-86 forfait)', fr: 'Niveau horaire de branche (par défaut : forfait de D6332-86)' } },
      { name: 'priority_public', fr: 'public_prioritaire', type: 'boolean', optional: true, description: { en: 'TRUE for a person of L6325-1-1 (15 €/h, +50 % tutor aid)', fr: 'VRAI pour une personne de L6325-1-1 (15 €/h, aide au tuteur +50 %)' } },
      { name: 'tutor_age', fr: 'age_tuteur', type: 'number', optional: true, description: { en: "Tutor's age (45 or more: +50 % tutor aid)", fr: 'Âge du tuteur (45 ans ou plus : aide +50 %)' } },
      { name: 'spread', fr: 'repartition', type: 'string', optional: true, choices: ['even', 'start'], description: { en: '"even" (default): OPCO training funding spread over the months; "start": all in the first month', fr: '"even" (par défaut) : prise en charge répartie sur les mois ; "start" : tout le premier mois' } },
      { name: 'conventional_minimum', fr: 'minimum_conventionnel', type: 'number', optional: true, description: { en: 'Conventional minimum of the job (26+)', fr: 'Minimum conventionnel du poste (26 ans et plus)' } },
      { name: 'weekly_hours', fr: 'heures_hebdo', type: 'number', optional: true, description: { en: 'Weekly hours (default 35)', fr: 'Durée hebdomadaire (par défaut 35)' } },
      { name: 'hiring_aid', fr: 'aide_embauche', type: 'boolean', optional: true, description: { en: 'TRUE to count the aide exceptionnelle of 6,000 € (contracts 2023-01-01 → 2024-04-30, under 30; not in the Code, unverified)', fr: "VRAI pour compter l'aide exceptionnelle de 6 000 € (contrats du 01/01/2023 au 30/04/2024, moins de 30 ans ; hors Code, non vérifiée)" } },
    ],
    result: { type: 'any', matrix: true },
    example: { args: ['2003-02-12', '2024-02-12', '2025-02-11', 'none', '', '0.2', '400'], result: 'Month Salary Charges Employer cost OPCO training Tutor aid Hiring aid Net cost / 2024-02-01 603.19 120.64 723.83 281.53 230 0 212.3 / …' },
    run([b, s, e, q, pay, rate, hours, hourly, prio, tutorAge, spread, conv, weekly, aid]) {
      const r = proCostSchedule({
        birthDate: date(b, 'birth_date'),
        start: date(s, 'start'),
        end: date(e, 'end'),
        qualification: qualification(q),
        monthlySalary: optMoney(pay, 'monthly_salary', { positive: true }),
        chargesRate: optMoney(rate, 'charges_rate', { what: 'a share between 0 and 1 (e.g. 0.42)', whatFr: 'une part entre 0 et 1 (ex. 0,42)' }),
        trainingHours: optNum(hours, 'training_hours', { min: 0, what: 'a number of training hours', whatFr: "un nombre d'heures de formation" }),
        hourlyRate: optMoney(hourly, 'hourly_rate'),
        priority: optBool(prio, 'priority_public', false),
        tutorAge: optNum(tutorAge, 'tutor_age', { integer: true, min: 18, max: 100, what: "a tutor's age in whole years", whatFr: 'un âge de tuteur en années révolues' }),
        spread: isOmitted(spread) ? 'even' : choice<'even' | 'start'>(spread, 'spread', { even: 'even', start: 'start', reparti: 'even', debut: 'start' }, '"even" or "start"'),
        conventionalMinimum: optMoney(conv, 'conventional_minimum'),
        weeklyHours: optNum(weekly, 'weekly_hours', { min: 0.01, max: 48, what: 'weekly hours above 0 and at most 48', whatFr: 'un horaire hebdomadaire de plus de 0 et au plus 48' }),
        hiringAid: optBool(aid, 'hiring_aid', false),
      });
      const rows: Matrix = [['Month', 'Salary', 'Charges', 'Employer cost', 'OPCO training', 'Tutor aid', 'Hiring aid', 'Net cost']];
      for (const row of r.value.rows) rows.push([new DateValue(row.month), ...COLUMNS.map((k) => toCents(row[k]))]);
      rows.push(['TOTAL', ...COLUMNS.map((k) => toCents(r.value.total[k]))]);
      return { ...r, value: rows };
    },
  },
]);
