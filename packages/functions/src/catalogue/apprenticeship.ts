/** Apprentice minimum pay (L6222-27, D6222-26 to D6222-32). */
import { appMinimum, appSalarySchedule } from '@formapro/core';
import { date, isOmitted, num, optBool, optDate, optMoney, optNum, today, WEEKLY_HOURS } from '../coerce.js';
import type { CellValue } from '../values.js';
import { qualification } from './professionalisation.js';
import { defineFunctions } from '../spec.js';
import { DateValue, type Matrix } from '../values.js';
import { daysCell, OVERTIME_RATE, optOvertimeRate, optProration, PRORATION, toCents } from './shared.js';

const HOURS = WEEKLY_HOURS;
const CONVENTIONAL = { name: 'conventional_minimum', fr: 'minimum_conventionnel', type: 'number' as const, optional: true, description: { en: 'Monthly full-time conventional minimum of the job: from 21 (2019 grid) the share applies to it when higher than the SMIC', fr: 'Minimum conventionnel mensuel temps plein du poste : dès 21 ans (grille 2019) la part s’applique à lui s’il dépasse le SMIC' } };

const YEARS = (max: number) => ({ integer: true, min: 1, max, what: `a whole number of years from 1 to ${max}`, whatFr: `un nombre entier d'années de 1 à ${max}` });

/** The optional inputs of the special cases D6222-28 to D6222-32, shared by both functions (EN/FR names). */
const CONCLUSION = { name: 'conclusion_date', fr: 'date_conclusion', type: 'any' as const, optional: true, description: { en: 'Date the contract was concluded: selects the grid (a contract concluded before 2019 keeps the pre-2019 grid) and the special cases (contracts from 2020-04-01); default the start (schedule) or date', fr: "Date de conclusion du contrat : choisit la grille (un contrat conclu avant 2019 garde la grille d'avant 2019) et les cas particuliers (contrats depuis le 01/04/2020) ; par défaut le début (échéancier) ou la date" } };
const CYCLE = { name: 'cycle_years', fr: 'duree_cycle', type: 'number' as const, optional: true, description: { en: 'Length of the training cycle in years: a shorter contract is paid as if the earlier years were done (D6222-28-1)', fr: 'Durée du cycle de formation en années : un contrat plus court est payé comme si les premières années avaient été accomplies (D6222-28-1)' } };
const PREVIOUS = { name: 'previous_contract_year', fr: 'annee_contrat_precedent', type: 'number' as const, optional: true, description: { en: 'New contract after the diploma of a previous one: the last year of execution of that contract, paid at least (D6222-29)', fr: "Nouveau contrat après le diplôme d'un précédent : dernière année d'exécution de ce contrat, payée au moins (D6222-29)" } };
const SAME_LEVEL = { name: 'same_level', fr: 'meme_niveau', type: 'boolean' as const, optional: true, description: { en: 'TRUE for a contract of a year or less preparing a diploma of the same level as one already obtained, directly related: +15 points (D6222-30), never above 100 % of the SMIC (D6222-31)', fr: "VRAI pour un contrat d'un an au plus préparant un diplôme de même niveau qu'un diplôme obtenu, en rapport direct : +15 points (D6222-30), jamais au-delà de 100 % du SMIC (D6222-31)" } };
const LEVEL = { name: 'training_level', fr: 'niveau_formation', type: 'string' as const, optional: true, choices: ['licence pro', 'cap', 'bac pro', 'bts', 'licence', 'master'], description: { en: 'Diploma prepared (a qualification code): "licence pro" is paid at the 2nd-year rate (D6222-32)', fr: 'Diplôme préparé (code de qualification) : « licence pro » est payée au taux de 2e année (D6222-32)' } };
const level = (v: CellValue): string | undefined => (isOmitted(v) ? undefined : qualification(v, 'training_level').code);

export const APPRENTICESHIP_FUNCTIONS = defineFunctions([
  {
    name: 'APP_MIN_SALARY',
    fr: 'APP_SALAIRE_MIN',
    topic: 'apprenticeship',
    description: {
      en: "Apprentice's monthly gross minimum for an age and a year of the contract, rounded up to the cent (D6222-26): grid of contracts from 2019 (27/39/55 %, 43/51/67 %, 53/61/78 %, 100 % from 26) or before 2019 (25/37/53 %, 41/49/65 %, 53/61/78 %; from 2016-07-01 the 21+ share applies to the conventional minimum when higher) chosen by the contract's conclusion date; special cases D6222-28 to D6222-32 through the optional arguments.",
      fr: "Salaire brut mensuel minimum d'un apprenti selon l'âge et l'année du contrat, arrondi au centime supérieur (D6222-26) : grille des contrats depuis 2019 (27/39/55 %, 43/51/67 %, 53/61/78 %, 100 % dès 26 ans) ou d'avant 2019 (25/37/53 %, 41/49/65 % et 53/61/78 % ; dès le 01/07/2016 la part des 21 ans et plus s'applique au minimum conventionnel s'il est plus élevé) selon la date de conclusion du contrat ; cas particuliers D6222-28 à D6222-32 par les arguments facultatifs.",
    },
    params: [
      { name: 'age', fr: 'age', type: 'number', description: { en: 'Age band reached (whole years)', fr: 'Âge atteint (années révolues)' } },
      { name: 'contract_year', fr: 'annee_contrat', type: 'number', description: { en: 'Year of execution of the contract: 1, 2 or 3', fr: "Année d'exécution du contrat : 1, 2 ou 3" } },
      { name: 'smic', fr: 'smic', type: 'number', optional: true, description: { en: 'Monthly full-time SMIC to use; default: the SMIC in force on date', fr: 'SMIC mensuel temps plein ; par défaut : celui en vigueur à la date' } },
      CONVENTIONAL,
      { name: 'date', fr: 'date', type: 'any', optional: true, description: { en: 'Date of the month paid: its SMIC applies, and the grid too unless conclusion_date is given (default today)', fr: "Date du mois payé : son SMIC s'applique, et sa grille sauf si date_conclusion est donnée (par défaut aujourd'hui)" } },
      CONCLUSION,
      CYCLE,
      { name: 'contract_years', fr: 'duree_contrat', type: 'number', optional: true, description: { en: 'Length of the contract in years, rounded up (D6222-28-1, D6222-28, D6222-30)', fr: 'Durée du contrat en années, arrondie au-dessus (D6222-28-1, D6222-28, D6222-30)' } },
      PREVIOUS,
      SAME_LEVEL,
      LEVEL,
      { name: 'prolongation', fr: 'prolongation', type: 'boolean', optional: true, description: { en: 'TRUE for a month of a prolongation after an exam failure: paid at the rate of the last year (contract_years) before it (D6222-28)', fr: "VRAI pour un mois de prolongation après un échec à l'examen : payé au taux de la dernière année (duree_contrat) qui la précède (D6222-28)" } },
      { name: 'weekly_hours', fr: 'heures_hebdo', type: 'number', optional: true, description: { en: 'Weekly hours (default 35; above 35 the overtime premium is added, L3121-36)', fr: 'Durée hebdomadaire (par défaut 35 ; au-delà, la majoration des heures supplémentaires s’ajoute, L3121-36)' } },
      OVERTIME_RATE,
    ],
    result: { type: 'number' },
    example: { args: ['19', '2', '1766.92', '', '2024-03-15'], result: '901.13' },
    run([a, y, s, c, d, cd, cy, cty, py, sl, tl, pr, h, o]) {
      const r = appMinimum({
        age: num(a, 'age', { integer: true, what: 'an age in whole years', whatFr: 'un âge en années révolues' }),
        contractYear: num(y, 'contract_year', { integer: true, what: 'a contract year (1, 2 or 3)', whatFr: 'une année de contrat (1, 2 ou 3)' }),
        date: optDate(d, 'date') ?? today(),
        smicMonthly: optMoney(s, 'smic', { positive: true }),
        conventionalMinimum: optMoney(c, 'conventional_minimum'),
        conclusionDate: optDate(cd, 'conclusion_date'),
        cycleYears: optNum(cy, 'cycle_years', YEARS(4)),
        contractYears: optNum(cty, 'contract_years', YEARS(4)),
        previousContractYear: optNum(py, 'previous_contract_year', YEARS(3)),
        sameLevel: optBool(sl, 'same_level', false) || undefined,
        trainingLevel: level(tl),
        prolongation: optBool(pr, 'prolongation', false) || undefined,
        weeklyHours: optNum(h, 'weekly_hours', HOURS),
        overtimeRate: optOvertimeRate(o),
      });
      return { ...r, value: toCents(r.value.minimum) };
    },
  },
  {
    name: 'APP_SALARY_SCHEDULE',
    fr: 'APP_ECHEANCIER_SALAIRE',
    topic: 'apprenticeship',
    description: {
      en: "Spills an apprentice's monthly minimums: header Month, Age, Year, Rate, SMIC, Minimum, Days, Due; band change on the 1st of the month after the birthday (D6222-31); Due weights a month by days (partial, contract-year anniversary).",
      fr: "Renvoie les minimums mensuels d'un apprenti : en-tête Mois, Âge, Année, Taux, SMIC, Minimum, Jours, Dû ; tranche changée le 1er du mois suivant l'anniversaire (D6222-31) ; Dû pondère le mois par jours (partiel, anniversaire).",
    },
    params: [
      { name: 'birth_date', fr: 'date_naissance', type: 'any', description: { en: 'Date of birth', fr: 'Date de naissance' } },
      { name: 'start', fr: 'debut', type: 'any', description: { en: 'Contract start date', fr: 'Date de début du contrat' } },
      { name: 'end', fr: 'fin', type: 'any', description: { en: 'Contract end date', fr: 'Date de fin du contrat' } },
      CONVENTIONAL,
      { name: 'weekly_hours', fr: 'heures_hebdo', type: 'number', optional: true, description: { en: 'Weekly hours (default 35)', fr: 'Durée hebdomadaire (par défaut 35)' } },
      CONCLUSION,
      { name: 'prolonged_end', fr: 'fin_prolongation', type: 'any', optional: true, description: { en: 'End of a prolongation after an exam failure: the months after end are paid at the rate of the last year (D6222-28)', fr: "Fin d'une prolongation après un échec à l'examen : les mois après la fin sont payés au taux de la dernière année (D6222-28)" } },
      CYCLE,
      PREVIOUS,
      SAME_LEVEL,
      LEVEL,
      OVERTIME_RATE,
      PRORATION,
    ],
    result: { type: 'any', matrix: true },
    example: { args: ['2006-05-10', '2024-09-16', '2026-09-15'], result: 'Month Age Year Rate SMIC Minimum Days Due / 2024-09-01 18 1 0.43 1766.92 759.78 15/30 379.89 / …' },
    run([b, s, e, c, h, cd, pe, cy, py, sl, tl, o, pr]) {
      const r = appSalarySchedule({
        birthDate: date(b, 'birth_date'),
        start: date(s, 'start'),
        end: date(e, 'end'),
        conventionalMinimum: optMoney(c, 'conventional_minimum'),
        weeklyHours: optNum(h, 'weekly_hours', HOURS),
        conclusionDate: optDate(cd, 'conclusion_date'),
        prolongedEnd: optDate(pe, 'prolonged_end'),
        cycleYears: optNum(cy, 'cycle_years', YEARS(4)),
        previousContractYear: optNum(py, 'previous_contract_year', YEARS(3)),
        sameLevel: optBool(sl, 'same_level', false) || undefined,
        trainingLevel: level(tl),
        overtimeRate: optOvertimeRate(o),
        proration: optProration(pr),
      });
      const rows: Matrix = [['Month', 'Age', 'Year', 'Rate', 'SMIC', 'Minimum', 'Days', 'Due']];
      for (const row of r.value) rows.push([new DateValue(row.month), row.age, row.year, Number(row.rate.toString()), toCents(row.smic), toCents(row.minimum), daysCell(row), toCents(row.due)]);
      return { ...r, value: rows };
    },
  },
]);
