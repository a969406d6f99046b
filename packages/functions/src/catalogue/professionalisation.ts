/**
 * Professionalisation-contract functions. Each coerces its arguments with Excel habits,
 * calls the core, and returns the value with the articles the core applied.
 */
import {
  checkAge,
  dec,
  invalidArgument,
  parseQualification,
  proActionBounds,
  proDepositDeadline,
  proMaxAbroad,
  proMinimum,
  proMinimumAt,
  proMinimumFast,
  proMinimumAtFast,
  proSalaryScheduleFast,
  hundredths,
  isIsoDate,
  type Explained,
  proSalarySchedule,
  proTrainingBounds,
  PRO_LONGEST_ACTION_HELD,
  QUALIFICATION_CODES,
  Trail,
  type Qualification,
} from '@formapro/core';
import { bool, choice, date, isOmitted, num, optBool, optDate, optMoney, optNum, show, today, WEEKLY_HOURS } from '../coerce.js';
import { defineFunctions, type ParamSpec } from '../spec.js';
import { DateValue, type CellValue, type Matrix } from '../values.js';
import { daysCell, LAW_DATE, OVERTIME_RATE, optOvertimeRate, optProration, PRORATION, toCents } from './shared.js';

const QUALIFICATION_HELP = {
  en: 'Highest qualification: none, cap, bep, bac (general or technological: no higher rate), bac pro, bp, bts, dut, but, licence, licence pro, master, doctorat; an RNCP level 3–8; or TRUE/FALSE for "holds a professional qualification of at least bac pro level"',
  fr: 'Diplôme le plus élevé : none, cap, bep, bac (général ou technologique : pas de taux majoré), bac pro, bp, bts, dut, but, licence, licence pro, master, doctorat ; un niveau RNCP 3 à 8 ; ou VRAI/FAUX pour « titulaire d’une qualification professionnelle au moins de niveau bac pro »',
};

export function qualification(v: CellValue, name = 'qualification'): Qualification {
  if (Array.isArray(v) || (v !== null && typeof v === 'object'))
    throw invalidArgument(name, `${show(v)} is not a qualification code`, `${show(v)} n'est pas un code de diplôme`);
  if (isOmitted(v)) throw invalidArgument(name, `missing: expected ${QUALIFICATION_HELP.en[0].toLowerCase()}${QUALIFICATION_HELP.en.slice(1)}`, `manquant : attendu ${QUALIFICATION_HELP.fr}`);
  const q = parseQualification(v as string | number | boolean);
  if (!q)
    throw invalidArgument(name, `${show(v)} is not a qualification code (expected ${QUALIFICATION_CODES.join(', ')}, an RNCP level 3–8, or TRUE/FALSE)`, `${show(v)} n'est pas un code de diplôme (attendu : ${QUALIFICATION_CODES.join(', ')}, un niveau RNCP 3 à 8, ou VRAI/FAUX)`);
  return q;
}

const AGE = { integer: true, what: 'an age in whole years', whatFr: 'un âge en années révolues' };
const HOURS = WEEKLY_HOURS;
// The longest contract or action any version of L6325-11/-12 allows (36 months); the core checks the one in force on the date.
const MONTHS = { min: 0.01, max: PRO_LONGEST_ACTION_HELD, what: `a duration in months (above 0, at most ${PRO_LONGEST_ACTION_HELD}, L6325-11)`, whatFr: `une durée en mois (plus de 0, au plus ${PRO_LONGEST_ACTION_HELD}, L6325-11)` };

const P = {
  age: { name: 'age', fr: 'age', type: 'number', description: { en: 'Age in whole years (16 or more)', fr: 'Âge en années révolues (16 ou plus)' } },
  qualification: { name: 'qualification', fr: 'diplome', type: 'any', choices: QUALIFICATION_CODES, description: QUALIFICATION_HELP },
  smic: { name: 'smic', fr: 'smic', type: 'number', optional: true, description: { en: 'Monthly full-time SMIC to use (e.g. 1766.92); default: the hourly SMIC in force on date × hours × 52/12', fr: 'SMIC mensuel temps plein à utiliser (ex. 1766,92) ; par défaut : SMIC horaire en vigueur à la date × heures × 52/12' } },
  conventional_minimum: { name: 'conventional_minimum', fr: 'minimum_conventionnel', type: 'number', optional: true, description: { en: 'Monthly full-time minimum wage of the job under the branch agreement (used from 26: 85 % of it, if above the SMIC)', fr: 'Salaire minimum conventionnel mensuel temps plein du poste (à partir de 26 ans : 85 % de ce montant s’il dépasse le SMIC)' } },
  date: { name: 'date', fr: 'date', type: 'any', optional: true, description: { en: 'Date whose law and SMIC apply (default today)', fr: "Date dont la loi et le SMIC s'appliquent (par défaut aujourd'hui)" } },
  weekly_hours: { name: 'weekly_hours', fr: 'heures_hebdo', type: 'number', optional: true, description: { en: 'Weekly working hours (default 35)', fr: 'Durée hebdomadaire de travail (par défaut 35)' } },
  birth_date: { name: 'birth_date', fr: 'date_naissance', type: 'any', description: { en: 'Date of birth', fr: 'Date de naissance' } },
} satisfies Record<string, ParamSpec>;


const isAbsent = (v: CellValue) => v === undefined || v === null || v === '';
const optHundredths = (v: CellValue) => (isAbsent(v) ? undefined : typeof v === 'number' ? (hundredths(v) ?? null) : null);

/**
 * PRO_MIN_SALARY's hot path: plain numbers, a known code, an ISO date or none. Anything else (text numbers,
 * serial dates, errors, out-of-range values) returns undefined and goes through the full coercion, which
 * also writes every error message. Same result to the cent (property-tested).
 */
function fastMinSalary(a: CellValue, q: CellValue, s: CellValue, c: CellValue, d: CellValue, h: CellValue, o: CellValue): Explained<number> | undefined {
  if (typeof a !== 'number' || (typeof q !== 'string' && typeof q !== 'boolean')) return undefined;
  const day = isAbsent(d) ? today() : typeof d === 'string' && isIsoDate(d) ? d : undefined;
  if (day === undefined) return undefined;
  const smic = optHundredths(s);
  const conventional = optHundredths(c);
  const hours = optHundredths(h);
  if (smic === null || conventional === null || hours === null) return undefined;
  // overtime_rate in whole basis points (0.25 → 2500), else the full coercion
  const overtime = optBasisPoints(o);
  if (overtime === null) return undefined;
  const qual = parseQualification(q);
  if (!qual) return undefined;
  const r = proMinimumFast(a, qual.professionalBacLevel, day, smic, conventional, hours, overtime);
  if (!r) return undefined;
  return { value: r.cents / 100, articles: r.articles as string[], warnings: r.warnings as Explained<number>['warnings'] };
}

/** overtime_rate in whole basis points (0.25 → 2500); undefined when omitted, null when the full coercion must read it. */
function optBasisPoints(o: CellValue): number | undefined | null {
  if (isAbsent(o)) return undefined;
  if (typeof o !== 'number') return null;
  const bp = Math.round(o * 10000);
  return Number.isSafeInteger(bp) && bp / 10000 === o ? bp : null;
}

/** An ISO date given as text (the hot path's only form; Excel serials and day-first text take the full coercion). */
const isoText = (v: CellValue): string | undefined => (typeof v === 'string' && isIsoDate(v) ? v : undefined);

/** A qualification given as a code or TRUE/FALSE, read without an error message (the full coercion writes them). */
function fastQualification(q: CellValue): Qualification | undefined {
  return typeof q === 'string' || typeof q === 'boolean' ? parseQualification(q) : undefined;
}

/** The articles of a minimum of the month asked, with D6325-16 under 26 (one array per list of the law). */
const withBandArticle = new WeakMap<readonly string[], string[]>();
function bandArticles(articles: readonly string[]): string[] {
  let a = withBandArticle.get(articles);
  // Stryker disable next-line ConditionalExpression: cache — a miss builds the same list
  if (a === undefined) {
    a = articles.includes('D6325-16') ? [...articles] : [...articles, 'D6325-16'];
    withBandArticle.set(articles, a);
  }
  return a;
}

/** PRO_MIN_SALARY_AT's hot path (proMinimumAtFast): undefined sends the arguments through the full coercion. */
function fastMinSalaryAt(b: CellValue, d: CellValue, q: CellValue, s: CellValue, c: CellValue, h: CellValue, o: CellValue): Explained<number> | undefined {
  const birth = isoText(b);
  const day = isoText(d);
  const start = isAbsent(s) ? day : isoText(s);
  const qual = fastQualification(q);
  const conventional = optHundredths(c);
  const hours = optHundredths(h);
  const overtime = optBasisPoints(o);
  if (!birth || !day || !start || !qual || conventional === null || hours === null || overtime === null) return undefined;
  const r = proMinimumAtFast(birth, day, start, qual.professionalBacLevel, conventional, hours, overtime);
  if (!r) return undefined;
  return { value: r.cents / 100, articles: r.adultRegime ? (r.articles as string[]) : bandArticles(r.articles), warnings: r.warnings as Explained<number>['warnings'] };
}

/** PRO_SALARY_SCHEDULE's hot path (proSalaryScheduleFast, calendar proration): undefined sends it through the full coercion. */
function fastSchedule(b: CellValue, s: CellValue, e: CellValue, q: CellValue, c: CellValue, h: CellValue, o: CellValue, pr: CellValue): Explained<Matrix> | undefined {
  const birth = isoText(b);
  const start = isoText(s);
  const end = isoText(e);
  const qual = fastQualification(q);
  const conventional = optHundredths(c);
  const hours = optHundredths(h);
  const overtime = optBasisPoints(o);
  if (!birth || !start || !end || !qual || conventional === null || hours === null || overtime === null || !isAbsent(pr)) return undefined;
  const r = proSalaryScheduleFast(birth, start, end, qual.professionalBacLevel, conventional, hours, overtime);
  if (!r) return undefined;
  const rows: Matrix = [SCHEDULE_HEADER.slice()];
  for (const m of r.rows) rows.push([new DateValue(m.month), m.age, m.rateBp / 10000, m.smicCents / 100, m.minimumCents / 100, `${m.days}/${m.daysInMonth}`, m.dueCents / 100]);
  return { value: rows, articles: r.articles, warnings: r.warnings };
}

const SCHEDULE_HEADER = ['Month', 'Age', 'Rate', 'SMIC', 'Minimum', 'Days', 'Due'];

export const PROFESSIONALISATION_FUNCTIONS = defineFunctions([
  {
    name: 'PRO_MIN_SALARY',
    fr: 'PRO_SALAIRE_MIN',
    topic: 'professionalisation',
    description: {
      en: 'Monthly gross minimum of a professionalisation contract for an age and a qualification, rounded up to the cent (L6325-8, L6325-9, D6325-15, D6325-18); above 35 h a week the overtime premium is added (L3121-36). Without smic, the hourly SMIC in force on date is used, so it can differ by a cent from the same minimum computed on SMIC(date).',
      fr: "Salaire brut mensuel minimum d'un contrat de professionnalisation selon l'âge et le diplôme, arrondi au centime supérieur (L6325-8, L6325-9, D6325-15, D6325-18) ; au-delà de 35 h par semaine, la majoration des heures supplémentaires s'ajoute (L3121-36). Sans smic, le SMIC horaire en vigueur à la date est utilisé : le résultat peut différer d'un centime du même calcul fait sur SMIC(date).",
    },
    params: [P.age, P.qualification, P.smic, P.conventional_minimum, P.date, P.weekly_hours, OVERTIME_RATE],
    result: { type: 'number' },
    example: { args: ['23', 'none', '1766.92'], result: '1236.85' },
    run([a, q, s, c, d, h, o]) {
      const fast = fastMinSalary(a, q, s, c, d, h, o);
      if (fast) return fast;
      const day = optDate(d, 'date') ?? today();
      const age = num(a, 'age', AGE);
      checkAge(age, day);
      const r = proMinimum({
        age,
        professionalBacLevel: qualification(q).professionalBacLevel,
        date: day,
        smicMonthly: optMoney(s, 'smic', { positive: true, what: 'a monthly SMIC in euros (e.g. 1766.92)', whatFr: 'un SMIC mensuel en euros (ex. 1766,92)' }),
        conventionalMinimum: optMoney(c, 'conventional_minimum'),
        weeklyHours: optNum(h, 'weekly_hours', HOURS),
        overtimeRate: optOvertimeRate(o),
      });
      return { ...r, value: toCents(r.value.minimum) };
    },
  },
  {
    name: 'PRO_MIN_RATE',
    fr: 'PRO_TAUX_MIN',
    topic: 'professionalisation',
    description: {
      en: 'Share of the SMIC a professionalisation contract pays at least: 0.55, 0.65, 0.7, 0.8, or 1 from 26 (before the conventional-minimum test) (D6325-15, L6325-9).',
      fr: "Part du SMIC due au minimum en contrat de professionnalisation : 0,55, 0,65, 0,7, 0,8, ou 1 à partir de 26 ans (avant le test du minimum conventionnel) (D6325-15, L6325-9).",
    },
    params: [P.age, P.qualification, LAW_DATE],
    result: { type: 'number' },
    example: { args: ['20', 'bac pro'], result: '0.65' },
    run([a, q, d]) {
      const day = optDate(d, 'date') ?? today();
      const age = num(a, 'age', AGE);
      checkAge(age, day);
      const r = proMinimum({ age, professionalBacLevel: qualification(q).professionalBacLevel, date: day, smicMonthly: dec('1') });
      return { value: Number(r.value.rate.toString()), articles: r.articles.filter((x) => !x.startsWith('L3231')), warnings: [] };
    },
  },
  {
    name: 'PRO_MIN_SALARY_AT',
    fr: 'PRO_SALAIRE_MIN_DATE',
    topic: 'professionalisation',
    description: {
      en: 'Minimum for the month containing date, from the date of birth: the 21+ rate applies from the 1st of the month after the 21st birthday (D6325-16); the 26+ regime is decided by the age at contract_start and never switches mid-contract.',
      fr: "Minimum du mois contenant la date, à partir de la date de naissance : le taux des 21 ans s'applique le 1er du mois suivant l'anniversaire (D6325-16) ; le régime des 26 ans et plus dépend de l'âge au début du contrat et ne change pas en cours de contrat.",
    },
    params: [
      P.birth_date,
      { name: 'date', fr: 'date', type: 'any', description: { en: 'A day of the month asked', fr: 'Un jour du mois demandé' } },
      P.qualification,
      { name: 'contract_start', fr: 'debut_contrat', type: 'any', optional: true, description: { en: 'Start of the contract (default: date); decides the 26+ regime', fr: 'Début du contrat (par défaut : date) ; détermine le régime des 26 ans et plus' } },
      P.conventional_minimum,
      P.weekly_hours,
      OVERTIME_RATE,
    ],
    result: { type: 'number' },
    example: { args: ['2003-03-03', '2024-04-15', 'none'], result: '1236.85' },
    run([b, d, q, s, c, h, o]) {
      const fast = fastMinSalaryAt(b, d, q, s, c, h, o);
      if (fast) return fast;
      const r = proMinimumAt({
        birthDate: date(b, 'birth_date'),
        date: date(d, 'date'),
        professionalBacLevel: qualification(q).professionalBacLevel,
        contractStart: optDate(s, 'contract_start'),
        conventionalMinimum: optMoney(c, 'conventional_minimum'),
        weeklyHours: optNum(h, 'weekly_hours', HOURS),
        overtimeRate: optOvertimeRate(o),
      });
      return { ...r, value: toCents(r.value.minimum) };
    },
  },
  {
    name: 'PRO_SALARY_SCHEDULE',
    fr: 'PRO_ECHEANCIER_SALAIRE',
    topic: 'professionalisation',
    description: {
      en: 'Spills the monthly minimums of a contract: header Month, Age, Rate, SMIC, Minimum, Days, Due, then one row per calendar month (D6325-16 age band); Due prorates a partial month by days covered, rounded up.',
      fr: "Renvoie les minimums mois par mois d'un contrat : en-tête Mois, Âge, Taux, SMIC, Minimum, Jours, Dû, puis une ligne par mois civil (tranche d'âge D6325-16) ; Dû proratise un mois partiel selon les jours couverts.",
    },
    params: [
      P.birth_date,
      { name: 'start', fr: 'debut', type: 'any', description: { en: 'Contract start date', fr: 'Date de début du contrat' } },
      { name: 'end', fr: 'fin', type: 'any', description: { en: 'Contract end date (or end of the action for a CDI)', fr: "Date de fin du contrat (ou de l'action pour un CDI)" } },
      P.qualification,
      P.conventional_minimum,
      P.weekly_hours,
      OVERTIME_RATE,
      PRORATION,
    ],
    result: { type: 'any', matrix: true },
    example: { args: ['2003-02-12', '2024-02-12', '2024-05-11', 'none'], result: 'Month Age Rate SMIC Minimum Days Due / 2024-02-01 21 0.55 1766.92 971.81 18/29 603.19 / …' },
    run([b, s, e, q, c, h, o, pr]) {
      const fast = fastSchedule(b, s, e, q, c, h, o, pr);
      if (fast) return fast;
      const r = proSalarySchedule({
        birthDate: date(b, 'birth_date'),
        start: date(s, 'start'),
        end: date(e, 'end'),
        professionalBacLevel: qualification(q).professionalBacLevel,
        conventionalMinimum: optMoney(c, 'conventional_minimum'),
        weeklyHours: optNum(h, 'weekly_hours', HOURS),
        overtimeRate: optOvertimeRate(o),
        proration: optProration(pr),
      });
      const rows: Matrix = [SCHEDULE_HEADER.slice()];
      // minimumCents, when the integer path computed it, is the minimum already in cents (no big.js toFixed)
      for (const row of r.value) rows.push([new DateValue(row.month), row.age, Number(row.rate.toString()), toCents(row.smic), row.minimumCents !== undefined ? row.minimumCents / 100 : toCents(row.minimum), daysCell(row), toCents(row.due)]);
      return { ...r, value: rows };
    },
  },
  {
    name: 'PRO_TRAINING_HOURS',
    fr: 'PRO_HEURES_FORMATION',
    topic: 'professionalisation',
    description: {
      en: 'Training hours of a contract (L6325-13): "min" (default) = max(15 % of contract hours, 150 h), rounded up to the hundredth; "max" = 25 %, rounded down. Contract hours = months × weekly_hours × 52/12. When 150 h exceeds 25 %, only a branch agreement allows the contract (L6325-14).',
      fr: "Heures de formation d'un contrat (L6325-13) : « min » (par défaut) = max(15 % des heures du contrat, 150 h), arrondi au centième supérieur ; « max » = 25 %, arrondi au centième inférieur. Heures du contrat = mois × heures hebdo × 52/12. Si 150 h dépassent 25 %, seul un accord de branche permet le contrat (L6325-14).",
    },
    params: [
      { name: 'duration_months', fr: 'duree_mois', type: 'number', description: { en: 'Contract (CDD) or action (CDI) length in months', fr: "Durée du contrat (CDD) ou de l'action (CDI) en mois" } },
      P.weekly_hours,
      { name: 'bound', fr: 'borne', type: 'string', optional: true, choices: ['min', 'max'], description: { en: '"min" (default) or "max"', fr: '"min" (par défaut) ou "max"' } },
      LAW_DATE,
    ],
    result: { type: 'number' },
    example: { args: ['12'], result: '273' },
    run([m, h, bnd, d]) {
      const bound = isOmitted(bnd) ? 'min' : choice(bnd, 'bound', { min: 'min', max: 'max', minimum: 'min', maximum: 'max' }, '"min" or "max"');
      const r = proTrainingBounds({ months: num(m, 'duration_months', MONTHS), weeklyHours: optNum(h, 'weekly_hours', HOURS), date: optDate(d, 'date') ?? today() });
      return { ...r, value: Number((bound === 'min' ? r.value.min : r.value.max).toString()) };
    },
  },
  {
    name: 'PRO_MAX_DURATION',
    fr: 'PRO_DUREE_MAX',
    topic: 'professionalisation',
    description: {
      en: 'Longest action de professionnalisation in months: 12; 24 with a branch agreement (L6325-12); 36 for the priority public of L6325-1-1 (24 before 2019) (L6325-11).',
      fr: "Durée maximale de l'action de professionnalisation en mois : 12 ; 24 avec un accord de branche (L6325-12) ; 36 pour le public prioritaire de L6325-1-1 (24 avant 2019) (L6325-11).",
    },
    params: [
      { name: 'priority_public', fr: 'public_prioritaire', type: 'boolean', description: { en: 'TRUE for a person of L6325-1-1 (no diploma, jobseeker over 1 year, RSA/ASS/AAH/CUI)', fr: 'VRAI pour une personne de L6325-1-1 (sans diplôme, demandeur d’emploi depuis plus d’un an, RSA/ASS/AAH/CUI)' } },
      { name: 'branch_agreement', fr: 'accord_branche', type: 'boolean', optional: true, description: { en: 'TRUE when a branch agreement allows up to 24 months (default FALSE)', fr: 'VRAI si un accord de branche permet jusqu’à 24 mois (par défaut FAUX)' } },
      P.date,
    ],
    result: { type: 'number' },
    example: { args: ['TRUE'], result: '36' },
    run([p, a, d]) {
      const r = proActionBounds({ priority: bool(p, 'priority_public'), branchAgreement: optBool(a, 'branch_agreement', false), date: optDate(d, 'date') ?? today() });
      return { ...r, value: r.value.max };
    },
  },
  {
    name: 'PRO_MAX_ABROAD',
    fr: 'PRO_ETRANGER_MAX',
    topic: 'professionalisation',
    description: {
      en: 'Longest part of the contract performed abroad, in months (L6325-25 as in force on date): from 2023-12-29 at most 12 months and half the contract; before, at most 12 months with 6 months in France; no such provision before 2019 (#N/A).',
      fr: "Durée maximale d'exécution à l'étranger, en mois (L6325-25 en vigueur à la date) : depuis le 29/12/2023, au plus 12 mois et la moitié du contrat ; avant, au plus 12 mois avec 6 mois en France ; pas de disposition avant 2019 (#N/A).",
    },
    params: [
      { name: 'contract_months', fr: 'duree_contrat_mois', type: 'number', description: { en: 'Total contract length in months', fr: 'Durée totale du contrat en mois' } },
      P.date,
    ],
    result: { type: 'number' },
    example: { args: ['20', '2024-06-01'], result: '10' },
    run([m, d]) {
      const r = proMaxAbroad({ contractMonths: num(m, 'contract_months', MONTHS), date: optDate(d, 'date') ?? today() });
      return { ...r, value: Number(r.value.toString()) };
    },
  },
  {
    name: 'PRO_DEPOSIT_DEADLINE',
    fr: 'PRO_DATE_LIMITE_DEPOT',
    topic: 'professionalisation',
    description: {
      en: 'Last day to send the contract and its training annex to the OPCO: 5 days after the START of the contract (D6325-1; service-public says "after signature", the decree says start).',
      fr: "Dernier jour pour transmettre le contrat et son annexe pédagogique à l'OPCO : 5 jours après le DÉBUT du contrat (D6325-1 ; service-public dit « après la signature », le décret dit le début).",
    },
    params: [{ name: 'start_date', fr: 'date_debut', type: 'any', description: { en: 'Contract start date', fr: 'Date de début du contrat' } }],
    result: { type: 'date' },
    example: { args: ['2024-03-04'], result: '2024-03-09' },
    run([s]) {
      const r = proDepositDeadline(date(s, 'start_date'));
      return { ...r, value: new DateValue(r.value) };
    },
  },
]);

