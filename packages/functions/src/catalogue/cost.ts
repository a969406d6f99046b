/** Cost of a contrat de professionnalisation or of an apprenticeship over its life, month by month (spill). */
import { appCostSchedule, proCostSchedule, type CostSchedule, type CostTotal, type Explained } from '@formapro/core';
import { choice, date, isOmitted, optBool, optDate, optMoney, optNum, WEEKLY_HOURS } from '../coerce.js';
import { defineFunctions } from '../spec.js';
import { DateValue, type CellValue, type FnValue, type Lang, type Matrix } from '../values.js';
import { qualification } from './professionalisation.js';
import { OVERTIME_RATE, optOvertimeRate, toCents } from './shared.js';

type Amount = keyof CostTotal;
const PRO_COLUMNS: [string, Amount][] = [['Salary', 'salary'], ['Charges', 'charges'], ['Training cost', 'trainingCost'], ['Tutor cost', 'tutorCost'], ['Employer cost', 'employerCost'], ['OPCO training', 'opcoTraining'], ['Tutor aid', 'tutorAid'], ['Hiring aid', 'hiringAid'], ['Net cost', 'netCost']];
const APP_COLUMNS: [string, Amount][] = [['Salary', 'salary'], ['Charges', 'charges'], ['Training participation', 'trainingCost'], ['Employer cost', 'employerCost'], ['Hiring aid', 'hiringAid'], ['Net cost', 'netCost']];

/**
 * The spill of a cost schedule: Month, Minimum, Days, Due, the amounts, Note; then a TOTAL row per calendar
 * year (TOTAL 2025) and the overall TOTAL.
 */
function costMatrix(r: Explained<CostSchedule>, columns: [string, Amount][], lang: Lang): Explained<FnValue> {
  const rows: Matrix = [['Month', 'Minimum', 'Days', 'Due', ...columns.map(([h]) => h), 'Note']];
  for (const row of r.value.rows)
    rows.push([new DateValue(row.month), toCents(row.minimum), `${row.days}/${row.daysInMonth}`, toCents(row.due), ...columns.map(([, k]) => toCents(row[k])), row.note ? row.note[lang] : '']);
  const total = (label: string, t: CostTotal): Matrix[number] => [label, null, null, toCents(t.due), ...columns.map(([, k]) => toCents(t[k])), ''];
  if (r.value.years.length > 1) for (const y of r.value.years) rows.push(total(`TOTAL ${y.year}`, y.total));
  rows.push(total('TOTAL', r.value.total));
  return { ...r, value: rows };
}

const spreadOf = (v: CellValue) => (isOmitted(v) ? 'even' : choice<'even' | 'start'>(v, 'spread', { even: 'even', start: 'start', reparti: 'even', debut: 'start' }, '"even" or "start"'));

export const COST_FUNCTIONS = defineFunctions([
  {
    name: 'PRO_COST_SCHEDULE',
    fr: 'PRO_ECHEANCIER_COUT',
    topic: 'cost',
    description: {
      en: 'Spills the monthly cost of a contrat de professionnalisation: Minimum, Days, Due, salary, charges, training and tutor costs, OPCO funding (D6332-86), tutor aid (D6332-93), hiring aid, net cost, note; totals per year and overall.',
      fr: "Renvoie le coût mensuel d'un contrat de professionnalisation : Minimum, Jours, Dû, salaire, charges, coûts de formation et du tuteur, prise en charge OPCO (D6332-86), aide au tuteur (D6332-93), aide à l'embauche, coût net, note ; totaux par an et global.",
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
      { name: 'training_price', fr: 'prix_formation', type: 'number', optional: true, description: { en: "The training organisation's price: per hour (× training_hours) or the invoice total (see training_price_kind)", fr: "Prix de l'organisme de formation : à l'heure (× heures_formation) ou total facturé (voir type_prix_formation)" } },
      { name: 'training_price_kind', fr: 'type_prix_formation', type: 'string', optional: true, choices: ['hourly', 'total'], description: { en: '"hourly" (default): training_price is per hour; "total": it is the invoice total', fr: '"hourly" (par défaut) : prix_formation est horaire ; "total" : c’est le total facturé' } },
      { name: 'tutor_cost', fr: 'cout_tuteur', type: 'number', optional: true, description: { en: 'What the tutor costs the employer per month (time, bonus), prorated like the salary', fr: "Ce que coûte le tuteur à l'employeur par mois (temps, prime), proratisé comme le salaire" } },
      OVERTIME_RATE,
    ],
    result: { type: 'any', matrix: true },
    example: { args: ['2003-02-12', '2024-02-12', '2025-02-11', 'none', '', '0.2', '400', '', '', '', '', '', '', '', '15'], result: 'Month Minimum Days Due Salary Charges Training cost Tutor cost Employer cost OPCO training Tutor aid Hiring aid Net cost Note / …' },
    run([b, s, e, q, pay, rate, hours, hourly, prio, tutorAge, spread, conv, weekly, aid, price, kind, tutorCost, overtime], lang) {
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
        spread: spreadOf(spread),
        conventionalMinimum: optMoney(conv, 'conventional_minimum'),
        weeklyHours: optNum(weekly, 'weekly_hours', WEEKLY_HOURS),
        hiringAid: optBool(aid, 'hiring_aid', false),
        trainingPrice: optMoney(price, 'training_price'),
        trainingPriceKind: isOmitted(kind) ? 'hourly' : choice<'hourly' | 'total'>(kind, 'training_price_kind', { hourly: 'hourly', total: 'total', horaire: 'hourly', heure: 'hourly' }, '"hourly" or "total"'),
        tutorMonthlyCost: optMoney(tutorCost, 'tutor_cost'),
        overtimeRate: optOvertimeRate(overtime),
      });
      return costMatrix(r, PRO_COLUMNS, lang);
    },
  },
  {
    name: 'APP_COST_SCHEDULE',
    fr: 'APP_ECHEANCIER_COUT',
    topic: 'cost',
    description: {
      en: 'Spills the monthly cost of an apprenticeship: Minimum, Days, Due, salary, charges, training participation (level 6+, from 2025-07-01), hiring aids by conclusion date and company size, net cost, note; totals per year and overall.',
      fr: "Renvoie le coût mensuel d'un apprentissage : Minimum, Jours, Dû, salaire, charges, participation à la formation (niveau 6+, dès le 01/07/2025), aides à l'embauche selon la date de conclusion et l'effectif, coût net, note ; totaux par an et global.",
    },
    params: [
      { name: 'birth_date', fr: 'date_naissance', type: 'any', description: { en: 'Date of birth', fr: 'Date de naissance' } },
      { name: 'start', fr: 'debut', type: 'any', description: { en: 'Contract start date', fr: 'Date de début' } },
      { name: 'end', fr: 'fin', type: 'any', description: { en: 'Contract end date', fr: 'Date de fin' } },
      { name: 'training_level', fr: 'niveau_formation', type: 'any', description: { en: 'Diploma prepared (cap, bac pro, bts, licence, master… or an RNCP level 3–8): decides the aids and the participation', fr: 'Diplôme préparé (cap, bac pro, bts, licence, master… ou un niveau RNCP 3 à 8) : détermine les aides et la participation' } },
      { name: 'headcount', fr: 'effectif', type: 'number', optional: true, description: { en: 'Employees of the company: the aids differ under 250 and from 250 (not given: aids counted as 0, with a warning)', fr: "Effectif de l'entreprise : les aides diffèrent sous 250 et dès 250 (non indiqué : aides comptées à 0, avec une alerte)" } },
      { name: 'monthly_salary', fr: 'salaire_mensuel', type: 'number', optional: true, description: { en: 'Actual monthly gross salary (default: the apprentice minimum of each month)', fr: "Salaire brut mensuel réel (par défaut : le minimum de l'apprenti de chaque mois)" } },
      { name: 'charges_rate', fr: 'taux_charges', type: 'number', optional: true, description: { en: 'Employer charges as a share of gross salary, e.g. 0.1 (default 0, with a warning)', fr: 'Charges patronales en part du brut, ex. 0,1 (par défaut 0, avec une alerte)' } },
      { name: 'conclusion_date', fr: 'date_conclusion', type: 'any', optional: true, description: { en: 'Date the contract was concluded: selects the grid, the aids and the participation (default: start)', fr: 'Date de conclusion du contrat : choisit la grille, les aides et la participation (par défaut : le début)' } },
      { name: 'disabled', fr: 'travailleur_handicape', type: 'boolean', optional: true, description: { en: 'TRUE for a recognised disabled worker (RQTH): the higher first-year aid where the decree sets one', fr: "VRAI pour un travailleur handicapé reconnu (RQTH) : l'aide de première année majorée quand le décret la prévoit" } },
      { name: 'quota_commitment', fr: 'engagement_alternants', type: 'boolean', optional: true, description: { en: 'TRUE when a company of 250 or more has made the alternance-quota commitment the exceptional aid requires', fr: "VRAI si une entreprise de 250 salariés ou plus a pris l'engagement sur la part d'alternants qu'exige l'aide exceptionnelle" } },
      { name: 'conventional_minimum', fr: 'minimum_conventionnel', type: 'number', optional: true, description: { en: 'Monthly conventional minimum of the job (from 21: the share applies to it when higher)', fr: 'Minimum conventionnel mensuel du poste (dès 21 ans : la part s’applique à lui s’il est plus élevé)' } },
      { name: 'weekly_hours', fr: 'heures_hebdo', type: 'number', optional: true, description: { en: 'Weekly hours (default 35; above 35 the overtime premium is added)', fr: 'Durée hebdomadaire (par défaut 35 ; au-delà, majoration des heures supplémentaires)' } },
      OVERTIME_RATE,
    ],
    result: { type: 'any', matrix: true },
    example: { args: ['2006-05-10', '2025-09-01', '2027-08-31', 'licence', '20', '', '0.1'], result: 'Month Minimum Days Due Salary Charges Training participation Employer cost Hiring aid Net cost Note / …' },
    run([b, s, e, lv, hc, pay, rate, cd, dis, quota, conv, weekly, overtime], lang) {
      const r = appCostSchedule({
        birthDate: date(b, 'birth_date'),
        start: date(s, 'start'),
        end: date(e, 'end'),
        trainingLevel: qualification(lv, 'training_level'),
        headcount: optNum(hc, 'headcount', { integer: true, min: 0, max: 10_000_000, what: 'a number of employees', whatFr: 'un effectif' }),
        monthlySalary: optMoney(pay, 'monthly_salary', { positive: true }),
        chargesRate: optMoney(rate, 'charges_rate', { what: 'a share between 0 and 1 (e.g. 0.1)', whatFr: 'une part entre 0 et 1 (ex. 0,1)' }),
        conclusionDate: optDate(cd, 'conclusion_date'),
        disabled: optBool(dis, 'disabled', false),
        quotaCommitment: optBool(quota, 'quota_commitment', false),
        conventionalMinimum: optMoney(conv, 'conventional_minimum'),
        weeklyHours: optNum(weekly, 'weekly_hours', WEEKLY_HOURS),
        overtimeRate: optOvertimeRate(overtime),
      });
      return costMatrix(r, APP_COLUMNS, lang);
    },
  },
]);
