/**
 * Validating one apprenticeship row (contrat d'apprentissage) of an « alternants » export, each rule as in
 * force on the contract's own dates: age at the start (L6222-1, L6222-2), length of the contract (L6222-7-1,
 * L6222-9 until 2018, L6222-11 for a prolongation) and the monthly pay against the apprentice minimum for
 * every month (L6222-27, D6222-26, band change D6222-31 / D6222-34), on the grid of the conclusion date (the
 * signature date, else the start), with the special cases D6222-28 to D6222-32 read from their optional
 * columns. The qualification held is not needed. An absent optional column is an info CHECK_NOT_MADE.
 * What the sheet cannot know is a warning, never an error (decision "apprenticeship-rows").
 * Not checked for apprentices: the maître d'apprentissage, the CFA hours, the filing of the contract.
 */
import { addDays, addMonths, ageOn, compareDates, firstDayOfMonthAfterBirthday, monthsAndDays, type IsoDate } from '../dates.js';
import { LawError } from '../errors.js';
import { Trail, type Explained } from '../explain.js';
import { statusOf, type Finding } from '../finding.js';
import { inForce } from '../law/store.js';
import { smicOn } from '../law/smic.js';
import { APPRENTICE_BAND_CHANGE, APPRENTICE_CONVENTIONAL_FROM_AGE, APPRENTICE_DURATION, APPRENTICE_ELIGIBILITY_AGES, APPRENTICE_MIN_AGE } from '../law/params/apprenticeship.js';
import { SMIC_HOURLY } from '../law/params/smic.js';
import { MAX_WEEKLY_HOURS, OVERTIME_CONVENTIONAL_FLOOR, OVERTIME_PREMIUM } from '../law/params/working-time.js';
import type { Parameter } from '../law/store.js';
import { appMinimumOn } from '../apprenticeship/pay.js';
import { LEGAL_WEEKLY_HOURS } from '../law/params/working-time.js';
import { overtimeOn } from '../overtime.js';
import { dec, minimumToCents, weeklyToMonthly, type Decimal } from '../money.js';
import { dateFr, eurosEn, eurosFr, fromMonthFr, monthEn, percent } from './format.js';
import { apprenticeshipNotChecked, type HeaderMatch } from './headers.js';
import { isBlank, readContractKind, readContractNature, readDate, readDecimal, readNumber, readYesNo, type ContractKind, type RawCell } from './parse.js';
import { checksNotMade, Findings, has, lawGap, notStated, read, requireValues, smicBasis, unreadable, weeklyHoursOf, type RowVerdict, type ValidateOptions } from './validate.js';

/**
 * The kind of a row, cheaply (validateRow's hot path): the « Dispositif » cell if the sheet has one and it
 * is filled, else a kind written in the « Type de contrat » cell (« Apprentissage »; a bare CDD/CDI is no
 * kind), else a contrat de professionnalisation. null: the « Dispositif » cell cannot be read.
 */
export function rowKind(values: readonly RawCell[], match: HeaderMatch): ContractKind | null {
  const k = match.columns.contract_kind;
  // Stryker disable next-line ConditionalExpression: without a « Dispositif » column values[undefined] is undefined, a blank cell: the same as skipping
  if (k !== undefined && !isBlank(values[k])) return readContractKind(values[k]) ?? null;
  const t = match.columns.contract_type;
  // Stryker disable next-line ConditionalExpression: without a « Type de contrat » column values[undefined] is undefined, not a string: the same as skipping
  if (t !== undefined) {
    const v = values[t];
    // « CDD »/« CDI » name no kind; « CFA » (3 letters) does, so a cell of 3 letters or more is read.
    // Stryker disable next-line ConditionalExpression: a number has no length (undefined >= 3 is false), and no kind word is shorter than 3 letters, so a shorter cell reads as no kind either way
    if (typeof v === 'string' && v.length >= 3) return readContractNature(v)?.kind ?? 'professionalisation';
  }
  return 'professionalisation';
}

/** A row whose « Dispositif » cell is unreadable: judged as a contrat de professionnalisation, and in error. */
export function unreadableKind(verdict: RowVerdict, values: readonly RawCell[], match: HeaderMatch): RowVerdict {
  const out = new Findings();
  unreadable(out, 'contract_kind', values[match.columns.contract_kind]);
  const findings = [...out.list, ...verdict.findings];
  return { reference: verdict.reference, status: statusOf(findings), findings };
}

const notMadeCache = new WeakMap<HeaderMatch, readonly Finding[]>();

/** « Licence professionnelle », « Licence pro commerce », « LP »: the code appMinimum reads (D6222-32); other text as it is. */
export function readTrainingLevel(v: RawCell): string | undefined | null {
  if (isBlank(v)) return undefined;
  if (typeof v !== 'string') return null;
  const t = v.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return /^(licence|license|lic) pro(fessionnelle)?\b|^lp\b/.test(t) ? 'licence pro' : t;
}

/** Length of [start, end] in months, days as thirtieths of a month (as for contrats de professionnalisation). */
function decimalMonths(start: IsoDate, end: IsoDate): number {
  const { months, days } = monthsAndDays(start, end);
  return months + Math.round((days / 30) * 100) / 100;
}

const fr = (n: number) => String(n).replace('.', ',');

/** Which column a LawError of the core's apprenticeship functions is about. */
const FIELD_OF: Record<string, string> = {
  conclusion_date: 'signature_date', start: 'start_date', contract_start: 'start_date', date: 'start_date', end: 'end_date', birth_date: 'birth_date', age: 'birth_date',
  cycle_years: 'training_cycle_years', contract_years: 'end_date', contract_year: 'end_date', previous_contract_year: 'previous_contract_year', same_level: 'same_level',
  prolonged_end: 'prolongation_end', weekly_hours: 'weekly_hours',
};

/** The column a LawError is said on: its own, else the start date for a date before the rule (no column names it). */
// Stryker disable next-line ConditionalExpression,EqualityOperator: every field the core's apprenticeship functions throw for is in FIELD_OF, so the fallback is never read
const lawGapField = (e: LawError): string => FIELD_OF[e.field] ?? (e.kind === 'no-law-for-date' ? 'start_date' : e.field);

export function validateApprenticeshipRow(values: readonly RawCell[], match: HeaderMatch, options: ValidateOptions = {}): RowVerdict {
  void options;
  const out = new Findings();
  const refRaw = has(match, 'reference') ? values[match.columns.reference] : undefined;
  const reference = isBlank(refRaw) ? null : String(refRaw).trim();

  const birth = read(values, match, out, 'birth_date', readDate);
  const start = read(values, match, out, 'start_date', readDate);
  const end = read(values, match, out, 'end_date', readDate);
  const salary = read(values, match, out, 'monthly_salary', readDecimal);
  const weeklyRaw = read(values, match, out, 'weekly_hours', readNumber);
  const conventional = read(values, match, out, 'conventional_minimum', readDecimal);
  const signature = read(values, match, out, 'signature_date', readDate);
  const cycleYears = read(values, match, out, 'training_cycle_years', readNumber);
  const previousYear = read(values, match, out, 'previous_contract_year', readNumber);
  const sameLevel = read(values, match, out, 'same_level', readYesNo);
  const trainingLevel = read(values, match, out, 'training_level', readTrainingLevel);
  const prolongedEnd = read(values, match, out, 'prolongation_end', readDate);

  // Required values (the qualification held is not: an apprentice's pay does not depend on it).
  const required: [string, unknown][] = [['birth_date', birth], ['start_date', start], ['end_date', end], ['monthly_salary', salary]];
  requireValues(out, match, required);
  out.list.push(...checksNotMade(notMadeCache, match, apprenticeshipNotChecked));

  const weeklyHours = weeklyHoursOf(out, match, weeklyRaw, typeof start === 'string' ? start : undefined, 'D6222-26');

  if (typeof birth === 'string' && typeof start === 'string' && typeof end === 'string') {
    if (compareDates(end, start) < 0) {
      out.add('END_BEFORE_START', 'error', 'end_date', `End date ${end} is before the start date ${start}`, `La date de fin ${dateFr(end)} est antérieure à la date de début ${dateFr(start)}`);
    } else if (compareDates(birth, start) >= 0) {
      out.add('BIRTH_AFTER_START', 'error', 'birth_date', `Birth date ${birth} is not before the start date ${start}`, `La date de naissance ${dateFr(birth)} n'est pas antérieure au début ${dateFr(start)}`);
    } else {
      const conclusion = typeof signature === 'string' ? signature : start;
      try {
        const eligible = checkAge(out, birth, start);
        checkDuration(out, start, end, conclusion, typeof prolongedEnd === 'string' ? prolongedEnd : undefined);
        if (eligible && salary) {
          const row: PayInputs = { birth, start, end, conclusion: signature ?? undefined, salary, weeklyHours, conventional: conventional ?? undefined, prolongedEnd: prolongedEnd ?? undefined, cycleYears: cycleYears ?? undefined, previousYear: previousYear ?? undefined, sameLevel: sameLevel ?? undefined, trainingLevel: trainingLevel ?? undefined };
          checkPay(out, row);
          if (conventional === undefined) {
            // From 21 the share applies to the conventional minimum of the job when it is above the SMIC.
            const from = inForce(APPRENTICE_CONVENTIONAL_FROM_AGE, end).version.value;
            if (from !== null && ageOn(birth, end) >= from)
              out.add('CONVENTIONAL_MINIMUM_NOT_STATED', 'info', 'conventional_minimum', `Conventional minimum not stated: from ${from} the apprentice's share applies to the conventional minimum of the job when it is above the SMIC; only the SMIC was checked (D6222-26)`, `Minimum conventionnel : cellule vide ; dès ${from} ans le taux de l'apprenti s'applique au minimum conventionnel de l'emploi s'il dépasse le SMIC ; seul le SMIC a été vérifié (D6222-26)`, ['D6222-26']);
          }
        }
      } catch (e) {
        // A date before the earliest version of a rule in the store: said on the row, never a crash.
        // Stryker disable next-line ConditionalExpression: checkAge, checkDuration and checkPay throw only LawError; the rethrow guards against a bug
        if (!(e instanceof LawError)) throw e;
        lawGap(out, lawGapField(e), e);
      }
    }
  }
  return { reference, status: statusOf(out.list), findings: out.list };
}

/** L6222-1: from 16 (15 after the collège) to 25, then 29 révolus, at the start. Returns whether the pay can be computed. */
function checkAge(out: Findings, birth: IsoDate, start: IsoDate): boolean {
  const age = ageOn(birth, start);
  const law = inForce(APPRENTICE_ELIGIBILITY_AGES, start, 'start');
  const { minimum, minimumAfterCollege, maximum } = law.version.value;
  if (age < minimumAfterCollege) {
    out.add('APP_NOT_ELIGIBLE_AGE', 'error', 'birth_date', `Aged ${age} at the start: an apprenticeship is open from ${minimum}, or ${minimumAfterCollege} after the first cycle of secondary education (L6222-1)`, `${age} ans au début : l'apprentissage est ouvert à partir de ${minimum} ans, ou ${minimumAfterCollege} ans après le premier cycle de l'enseignement secondaire (L6222-1)`, ['L6222-1']);
    return false;
  }
  if (age < minimum)
    out.add('APP_AGE_AFTER_COLLEGE', 'warning', 'birth_date', `Aged ${age} at the start: allowed only to a young person who has completed the first cycle of secondary education (collège) (L6222-1)`, `${age} ans au début : possible seulement après le premier cycle de l'enseignement secondaire (collège) (L6222-1)`, ['L6222-1']);
  else if (age > maximum)
    out.add('APP_AGE_ABOVE_LIMIT', 'warning', 'birth_date', `Aged ${age} at the start: above ${maximum} an apprenticeship is open only in the cases of L6222-2 (recognised disabled worker, business creation or takeover project, high-level athlete, a contract following a previous one towards a higher diploma, a previous contract broken for reasons beyond the apprentice's control); check that one applies`, `${age} ans au début : au-delà de ${maximum} ans l'apprentissage n'est ouvert que dans les cas de L6222-2 (travailleur handicapé reconnu, projet de création ou de reprise d'entreprise, sportif de haut niveau, contrat faisant suite à un précédent vers un diplôme supérieur, contrat précédent rompu pour une cause indépendante de l'apprenti) ; vérifiez que l'un s'applique`, ['L6222-1', 'L6222-2']);
  return true;
}

/** L6222-7-1 (and L6222-9 until 2018): the contract's length, by its conclusion date; L6222-11: a prolongation of a year at most. */
function checkDuration(out: Findings, start: IsoDate, end: IsoDate, conclusion: IsoDate, prolongedEnd: IsoDate | undefined): void {
  const law = inForce(APPRENTICE_DURATION, conclusion, 'conclusion_date');
  const d = law.version.value;
  const months = decimalMonths(start, end);
  const endAfter = (m: number) => addDays(addMonths(start, m), -1);
  const minArticles = law.version.articles.filter((a) => a !== 'L6222-11');
  if (compareDates(end, endAfter(d.minMonthsDerogation)) < 0) {
    out.add('APP_DURATION', 'error', 'end_date', `The apprenticeship lasts ${months} months, less than ${d.minMonthsDerogation}: it must end on ${endAfter(d.minMonthsDerogation)} at the earliest (${minArticles.join(', ')})`, `L'apprentissage dure ${fr(months)} mois, moins de ${d.minMonthsDerogation} : fin au plus tôt le ${dateFr(endAfter(d.minMonthsDerogation))} (${minArticles.join(', ')})`, minArticles);
  } else if (compareDates(end, endAfter(d.minMonths)) < 0) {
    out.add('APP_DURATION_DEROGATION', 'warning', 'end_date', `The apprenticeship lasts ${months} months, less than ${d.minMonths}: allowed only in the cases of L6222-9 (a diploma of the same level as, or lower than, one already obtained, partly obtained by VAE, or begun under another status)`, `L'apprentissage dure ${fr(months)} mois, moins de ${d.minMonths} : possible seulement dans les cas de L6222-9 (diplôme de même niveau ou inférieur à un diplôme obtenu, obtenu en partie par VAE, ou commencé sous un autre statut)`, ['L6222-7-1', 'L6222-9']);
  } else if (compareDates(end, endAfter(d.maxMonthsDisabled)) > 0) {
    out.add('APP_DURATION', 'error', 'end_date', `The apprenticeship lasts ${months} months: at most ${d.maxMonths} (${d.maxMonthsDisabled} for a disabled apprentice); it must end on ${endAfter(d.maxMonths)} at the latest (L6222-7-1)`, `L'apprentissage dure ${fr(months)} mois : au plus ${d.maxMonths} (${d.maxMonthsDisabled} pour un apprenti handicapé) ; fin au plus tard le ${dateFr(endAfter(d.maxMonths))} (L6222-7-1)`, ['L6222-7-1']);
  } else if (compareDates(end, endAfter(d.maxMonths)) > 0) {
    out.add('APP_DURATION_DISABLED', 'warning', 'end_date', `The apprenticeship lasts ${months} months, more than ${d.maxMonths}: allowed only for a disabled apprentice (up to ${d.maxMonthsDisabled}); otherwise it must end on ${endAfter(d.maxMonths)} at the latest (L6222-7-1)`, `L'apprentissage dure ${fr(months)} mois, plus de ${d.maxMonths} : possible seulement pour un apprenti handicapé (jusqu'à ${d.maxMonthsDisabled}) ; sinon fin au plus tard le ${dateFr(endAfter(d.maxMonths))} (L6222-7-1)`, ['L6222-7-1']);
  }
  if (prolongedEnd === undefined) return;
  if (compareDates(prolongedEnd, end) <= 0) {
    out.add('APP_PROLONGATION_NOT_AFTER_END', 'error', 'prolongation_end', `Prolongation end ${prolongedEnd} is not after the end of the contract ${end}: a prolongation after an exam failure follows the contract (L6222-11, D6222-28)`, `La fin de prolongation ${dateFr(prolongedEnd)} n'est pas postérieure à la fin du contrat ${dateFr(end)} : une prolongation après un échec à l'examen suit le contrat (L6222-11, D6222-28)`, ['L6222-11', 'D6222-28']);
    return;
  }
  const latest = addDays(addMonths(addDays(end, 1), d.prolongationMaxMonths), -1);
  if (compareDates(prolongedEnd, latest) > 0)
    out.add('APP_PROLONGATION_TOO_LONG', 'error', 'prolongation_end', `Prolonged to ${prolongedEnd}: a prolongation after an exam failure lasts a year at most, until ${latest} (L6222-11)`, `Prolongé jusqu'au ${dateFr(prolongedEnd)} : une prolongation après un échec à l'examen dure un an au plus, jusqu'au ${dateFr(latest)} (L6222-11)`, ['L6222-11']);
}

export interface PayInputs {
  birth: IsoDate;
  start: IsoDate;
  end: IsoDate;
  conclusion: IsoDate | undefined;
  salary: Decimal;
  weeklyHours: number | undefined;
  conventional: Decimal | undefined;
  prolongedEnd: IsoDate | undefined;
  cycleYears: number | undefined;
  previousYear: number | undefined;
  sameLevel: boolean | undefined;
  trainingLevel: string | undefined;
}

/** The parameters read on the day paid (the grid, the special cases and the band rule are read on the conclusion date). */
const PAY_DATE_PARAMETERS: readonly Parameter<unknown>[] = [APPRENTICE_CONVENTIONAL_FROM_AGE, LEGAL_WEEKLY_HOURS, MAX_WEEKLY_HOURS, OVERTIME_PREMIUM, OVERTIME_CONVENTIONAL_FLOOR] as Parameter<unknown>[];

/**
 * Every level of the apprentice minimum over the contract (and its prolongation), each from the day it
 * applies: the minimum appSalarySchedule gives each month and each part of a month split by a contract-year
 * anniversary, a SMIC revaluation or the start of a prolongation, computed only where it can change (the
 * start, each anniversary, the 1st of the month after each birthday, the first day of a prolongation, a SMIC
 * revaluation, a change of a parameter read on the day paid). Property-tested against the schedule.
 * undefined: the contract runs past 4 years and a prolongation of a year (no apprenticeship lasts that long).
 */
export function apprenticeLevels(p: Omit<PayInputs, 'salary'>): Explained<Level[]> | undefined {
  // Stryker disable next-line ConditionalExpression: with no prolongation end compareDates(undefined, end) is 0, so prolonged stays undefined either way
  const prolonged = p.prolongedEnd !== undefined && compareDates(p.prolongedEnd, p.end) > 0 ? p.prolongedEnd : undefined;
  const lastDay = prolonged ?? p.end;
  const conclusion = p.conclusion ?? p.start;
  // Longer than any apprenticeship (a disabled apprentice's, prolonged): the length finding says so.
  const longest = inForce(APPRENTICE_DURATION, conclusion, p.conclusion ? 'conclusion_date' : 'start').version.value;
  if (compareDates(lastDay, addMonths(p.start, longest.maxMonthsDisabled + longest.prolongationMaxMonths)) >= 0) return undefined;
  const t = new Trail().cite(...inForce(APPRENTICE_BAND_CHANGE, conclusion, p.conclusion ? 'conclusion_date' : 'start').version.articles);
  const span = monthsAndDays(p.start, p.end);
  const contractYears = Math.max(1, Math.ceil((span.months + (span.days > 0 ? 1 : 0)) / 12));
  // Stryker disable next-line EqualityOperator: the start itself is already in the set of dates, so including it again changes nothing
  const inside = (d: IsoDate) => compareDates(d, p.start) > 0 && compareDates(d, lastDay) <= 0;
  const firstOfNextMonth = (d: IsoDate) => (d.endsWith('-01') ? d : addMonths(`${d.slice(0, 7)}-01`, 1));
  const dates = new Set<IsoDate>([p.start]);
  // each anniversary of the start (a new year of the contract)
  for (let y = 1; inside(addMonths(p.start, 12 * y)); y++) dates.add(addMonths(p.start, 12 * y));
  for (let age = ageOn(p.birth, p.start); ; age++) {
    const d = firstDayOfMonthAfterBirthday(p.birth, age);
    if (compareDates(d, lastDay) > 0) break;
    if (inside(d)) dates.add(d);
  }
  if (prolonged) dates.add(addDays(p.end, 1));
  // The schedule splits a month at a SMIC revaluation; another parameter is read on the 1st of each month.
  for (const v of SMIC_HOURLY.versions) if (inside(v.validFrom)) dates.add(v.validFrom);
  if (SMIC_HOURLY.knownThrough && inside(addDays(SMIC_HOURLY.knownThrough, 1))) dates.add(firstOfNextMonth(addDays(SMIC_HOURLY.knownThrough, 1)));
  for (const param of PAY_DATE_PARAMETERS) {
    for (const v of param.versions) if (inside(firstOfNextMonth(v.validFrom))) dates.add(firstOfNextMonth(v.validFrom));
    if (param.knownThrough && inside(firstOfNextMonth(addDays(param.knownThrough, 1)))) dates.add(firstOfNextMonth(addDays(param.knownThrough, 1)));
  }
  const minAge = inForce(APPRENTICE_MIN_AGE, conclusion, p.conclusion ? 'conclusion_date' : 'start').version.value;
  const contract = { birthDate: p.birth, start: p.start, end: p.end, conclusionDate: p.conclusion, conventionalMinimum: p.conventional, weeklyHours: p.weeklyHours, cycleYears: p.cycleYears, previousContractYear: p.previousYear, sameLevel: p.sameLevel, trainingLevel: p.trainingLevel };
  const levels: Level[] = [...dates].sort().map((day) => {
    const on = appMinimumOn(contract, day, minAge, contractYears);
    const { age, year } = on;
    const r = t.use(on.r);
    return { from: day, age, year, rate: r.rate, exact: r.exact, minimum: r.minimum };
  });
  return t.done(levels);
}

export interface Level {
  from: IsoDate;
  age: number;
  year: number;
  rate: Decimal;
  exact: Decimal;
  minimum: Decimal;
}

const SPECIAL = ['D6222-28', 'D6222-28-1', 'D6222-29', 'D6222-30', 'D6222-31', 'D6222-32'];

/** The salary against the apprentice minimum of every month of the contract (and of its prolongation). */
function checkPay(out: Findings, p: PayInputs): void {
  let schedule: Explained<Level[]>;
  try {
    const levels = apprenticeLevels(p);
    if (!levels) return; // beyond 4 years: the length finding says it
    schedule = levels;
  } catch (e) {
    // Stryker disable next-line ConditionalExpression: apprenticeLevels throws only LawError; the rethrow guards against a bug
    if (e instanceof LawError) return lawGap(out, lawGapField(e), e);
    throw e;
  }
  const articles = schedule.articles;
  const special = articles.filter((a) => SPECIAL.includes(a) && a !== 'D6222-31');
  const inCents = p.salary.round(2).eq(p.salary);
  let reported = 0;
  let last: string | null = null;
  for (const row of schedule.value) {
    // A salary in whole cents reaches the exact minimum exactly when it reaches the minimum rounded up.
    if (inCents ? p.salary.gte(row.minimum) : p.salary.gte(row.exact)) {
      last = null;
      continue;
    }
    const key = row.minimum.toString();
    if (key === last) continue;
    last = key;
    if (reported++ >= 3) continue;
    const from = row.from;
    const b = basis(row, from, p.weeklyHours);
    const sp = special.length ? { en: `; special case ${special.join(', ')}`, fr: ` ; cas particulier ${special.join(', ')}` } : { en: '', fr: '' };
    out.add(
      'APP_SALARY_BELOW_MINIMUM',
      'error',
      'monthly_salary',
      `Salary ${eurosEn(p.salary)} is below the apprentice minimum of ${eurosEn(row.minimum)} due from ${monthEn(from)} (year ${row.year} of the contract, aged ${row.age}${sp.en}: ${b.en}): pay at least ${eurosEn(row.minimum)} from ${from}`,
      `Salaire de ${eurosFr(p.salary)} inférieur au minimum de ${eurosFr(row.minimum)} dû à l'apprenti ${fromMonthFr(from)} (${row.year === 1 ? '1re' : `${row.year}e`} année du contrat, ${row.age} ans${sp.fr} : ${b.fr}) : verser au moins ${eurosFr(row.minimum)} dès le ${dateFr(from)}`,
      articles,
    );
  }
  if (reported > 3)
    out.add('APP_SALARY_BELOW_MINIMUM', 'error', 'monthly_salary', `…and ${reported - 3} later increase${reported === 4 ? '' : 's'} of the minimum (SMIC revaluations, age band or year of the contract)`, `…et ${reported - 3} hausse${reported === 4 ? '' : 's'} ultérieure${reported === 4 ? '' : 's'} du minimum (revalorisations du SMIC, tranche d'âge ou année du contrat)`, articles);
  for (const w of schedule.warnings) {
    // Stryker disable next-line ArrayDeclaration: every warning of the store and of overtime carries its articles, the fallback is never read
    const cited = w.articles ?? [];
    if (w.code === 'BEYOND_KNOWN_LAW') out.add('SMIC_NOT_YET_KNOWN', 'warning', 'end_date', w.message.en, w.message.fr, cited);
    else if (w.code === 'UNVERIFIED') out.add('UNVERIFIED_VALUE', 'info', 'monthly_salary', w.message.en, w.message.fr, cited);
    else out.add(w.code, 'info', 'monthly_salary', w.message.en, w.message.fr, cited);
  }
}

/**
 * What the month's minimum is a share of, in the terms it was computed with: the hourly SMIC × the paid
 * hours when those figures give it, else the conventional minimum of the job (D6222-26, from 21).
 */
function basis(row: Level, from: IsoDate, weeklyHours: number | undefined): { en: string; fr: string } {
  const hourly = smicOn(from).hourly;
  const stated = weeklyHours ?? inForce(LEGAL_WEEKLY_HOURS, from).version.value;
  const hours = overtimeOn(stated, from)?.paidHours ?? dec(String(stated));
  if (minimumToCents(weeklyToMonthly(hourly.times(hours).times(row.rate))).eq(row.minimum)) return smicBasis(row.rate, hourly, hours);
  return { en: `${percent(row.rate)} of the conventional minimum of the job`, fr: `${percent(row.rate)} du minimum conventionnel de l'emploi` };
}
