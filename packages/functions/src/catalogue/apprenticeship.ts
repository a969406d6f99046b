/** Apprentice minimum pay (L6222-27, D6222-26, D6222-27). */
import { appMinimum, appSalarySchedule } from '@formapro/core';
import { date, num, optDate, optMoney, optNum, today } from '../coerce.js';
import { defineFunctions } from '../spec.js';
import { DateValue, type Matrix } from '../values.js';
import { toCents } from './shared.js';

const HOURS = { min: 0.01, max: 48, what: 'weekly hours above 0 and at most 48 (L3121-20)', whatFr: 'un horaire hebdomadaire de plus de 0 et au plus 48 (L3121-20)' };
const CONVENTIONAL = { name: 'conventional_minimum', fr: 'minimum_conventionnel', type: 'number' as const, optional: true, description: { en: 'Monthly full-time conventional minimum of the job: from 21 (2019 grid) the share applies to it when higher than the SMIC', fr: 'Minimum conventionnel mensuel temps plein du poste : dès 21 ans (grille 2019) la part s’applique à lui s’il dépasse le SMIC' } };

export const APPRENTICESHIP_FUNCTIONS = defineFunctions([
  {
    name: 'APP_MIN_SALARY',
    fr: 'APP_SALAIRE_MIN',
    topic: 'apprenticeship',
    description: {
      en: "Apprentice's monthly gross minimum for an age and a year of the contract, rounded up to the cent (D6222-26): grid of contracts from 2019 (27/39/55 %, 43/51/67 %, 53/61/78 %, 100 % from 26) or before 2019 (25/37/53 %, 41/49/65 %, 53/61/78 %) chosen by date.",
      fr: "Salaire brut mensuel minimum d'un apprenti selon l'âge et l'année du contrat, arrondi au centime supérieur (D6222-26) : grille des contrats depuis 2019 (27/39/55 %, 43/51/67 %, 53/61/78 %, 100 % dès 26 ans) ou d'avant 2019 (25/37/53 %, 41/49/65 %, 53/61/78 %) selon la date.",
    },
    params: [
      { name: 'age', fr: 'age', type: 'number', description: { en: 'Age band reached (whole years)', fr: 'Âge atteint (années révolues)' } },
      { name: 'contract_year', fr: 'annee_contrat', type: 'number', description: { en: 'Year of execution of the contract: 1, 2 or 3', fr: "Année d'exécution du contrat : 1, 2 ou 3" } },
      { name: 'smic', fr: 'smic', type: 'number', optional: true, description: { en: 'Monthly full-time SMIC to use; default: the SMIC in force on date', fr: 'SMIC mensuel temps plein ; par défaut : celui en vigueur à la date' } },
      CONVENTIONAL,
      { name: 'date', fr: 'date', type: 'any', optional: true, description: { en: 'Date whose grid and SMIC apply (default today)', fr: "Date dont la grille et le SMIC s'appliquent (par défaut aujourd'hui)" } },
    ],
    result: { type: 'number' },
    example: { args: ['19', '2', '1766.92', '', '2024-03-15'], result: '901.13' },
    run([a, y, s, c, d]) {
      const r = appMinimum({
        age: num(a, 'age', { integer: true, what: 'an age in whole years', whatFr: 'un âge en années révolues' }),
        contractYear: num(y, 'contract_year', { integer: true, what: 'a contract year (1, 2 or 3)', whatFr: 'une année de contrat (1, 2 ou 3)' }),
        date: optDate(d, 'date') ?? today(),
        smicMonthly: optMoney(s, 'smic', { positive: true }),
        conventionalMinimum: optMoney(c, 'conventional_minimum'),
      });
      return { ...r, value: toCents(r.value.minimum) };
    },
  },
  {
    name: 'APP_SALARY_SCHEDULE',
    fr: 'APP_ECHEANCIER_SALAIRE',
    topic: 'apprenticeship',
    description: {
      en: "Spills an apprentice's monthly minimums: header Month, Age, Year, Rate, SMIC, Minimum, then one row per calendar month; the age band changes on the 1st of the month after the birthday (D6222-27).",
      fr: "Renvoie les minimums mensuels d'un apprenti : en-tête Mois, Âge, Année, Taux, SMIC, Minimum, puis une ligne par mois ; la tranche d'âge change le 1er du mois suivant l'anniversaire (D6222-27).",
    },
    params: [
      { name: 'birth_date', fr: 'date_naissance', type: 'any', description: { en: 'Date of birth', fr: 'Date de naissance' } },
      { name: 'start', fr: 'debut', type: 'any', description: { en: 'Contract start date', fr: 'Date de début du contrat' } },
      { name: 'end', fr: 'fin', type: 'any', description: { en: 'Contract end date', fr: 'Date de fin du contrat' } },
      CONVENTIONAL,
      { name: 'weekly_hours', fr: 'heures_hebdo', type: 'number', optional: true, description: { en: 'Weekly hours (default 35)', fr: 'Durée hebdomadaire (par défaut 35)' } },
    ],
    result: { type: 'any', matrix: true },
    example: { args: ['2006-05-10', '2024-09-02', '2025-08-31'], result: 'Month Age Year Rate SMIC Minimum / 2024-09-01 18 1 0.43 1766.92 759.78 / …' },
    run([b, s, e, c, h]) {
      const r = appSalarySchedule({ birthDate: date(b, 'birth_date'), start: date(s, 'start'), end: date(e, 'end'), conventionalMinimum: optMoney(c, 'conventional_minimum'), weeklyHours: optNum(h, 'weekly_hours', HOURS) });
      const rows: Matrix = [['Month', 'Age', 'Year', 'Rate', 'SMIC', 'Minimum']];
      for (const row of r.value) rows.push([new DateValue(row.month), row.age, row.year, Number(row.rate.toString()), toCents(row.smic), toCents(row.minimum)]);
      return { ...r, value: rows };
    },
  },
]);
