/**
 * Validating one contrat de professionnalisation row against the law of the contrat de professionnalisation, each rule
 * as in force on the contract's own dates: eligibility (L6325-1, L6325-1-1), pay for every month (L6325-8,
 * L6325-9, D6325-15, D6325-16, D6325-18), duration (L6325-11, L6325-12), training hours (L6325-13,
 * L6325-14), deposit (D6325-1), tutor (D6325-6, D6325-9), mobility abroad (L6325-25), renewal (L6325-7).
 * An unreadable value is an error on its field; a missing optional value is "not stated", said as info.
 * Not modelled: benefits in kind, seasonal two-employer contracts, temporary-work specifics.
 */
import { addDays, addMonths, ageOn, compareDates, firstDayOfMonthAfterBirthday, monthsAndDays, type IsoDate } from '../dates.js';
import { LawError } from '../errors.js';
import type { Bilingual, Explained } from '../explain.js';
import { statusOf, type Finding, type RowStatus, type Severity } from '../finding.js';
import { dec, fromCents, hundredths, type Decimal } from '../money.js';
import {
  parseQualification,
  proActionBounds,
  proDepositDeadline,
  proEligibility,
  proMaxAbroad,
  proMinimumSegments,
  proTrainingBounds,
  renewalAllowed,
  tutorExperienceOk,
  tutorLoadOk,
  proPayLaw,
  type MinimumSegment,
  type Qualification,
  type TrainingBounds,
} from '../professionalisation/index.js';
import { FIELD_SPECS, type OptionalCheck } from './fields.js';
import { inForce } from '../law/store.js';
import { PRO_ABROAD, PRO_DEPOSIT_DAYS, PRO_ELIGIBILITY_AGES } from '../law/params/professionalisation.js';
import { checkWeeklyHours } from '../professionalisation/pay.js';
import { dateFr, eurosEn, eurosEnCents, eurosFr, eurosFrCents, fromMonthFr, monthEn, percent } from './format.js';
import type { HeaderMatch } from './headers.js';
import { isBlank, readBenefit, readContractType, readDate, readDecimal, readMoney, readNumber, readRenewalGround, readYesNo, type RawCell } from './parse.js';

export interface ValidateOptions {
  /** Date of the check: a deposit date not stated is only flagged once its deadline has passed. */
  asOf?: IsoDate;
}

export interface RowVerdict {
  reference: string | null;
  status: RowStatus;
  findings: Finding[];
}

export class Findings {
  readonly list: Finding[] = [];
  add(code: string, severity: Severity, field: string | null, en: string, fr: string, articles: string[] = []): void {
    this.list.push({ code, severity, field, message: { en, fr }, articles });
  }
}

export const label = (field: string): Bilingual => {
  const f = FIELD_SPECS.get(field);
  return { en: f?.en ?? field, fr: f?.fr ?? field };
};

const EXPECTED: Record<string, Bilingual> = {
  date: { en: 'a date (DD/MM/YYYY, YYYY-MM-DD or an Excel date)', fr: 'une date (JJ/MM/AAAA, AAAA-MM-JJ ou date Excel)' },
  money: { en: 'an amount in euros (1234.56 or 1 234,56)', fr: 'un montant en euros (1 234,56 ou 1234.56)' },
  number: { en: 'a number', fr: 'un nombre' },
  yesno: { en: 'yes or no (oui/non, x, 1/0)', fr: 'oui ou non (oui/non, x, 1/0)' },
  qualification: { en: 'a qualification code (none, cap, bac, bac pro, bts, licence, master…, or an RNCP level 3–8)', fr: 'un code de diplôme (aucun, cap, bac, bac pro, bts, licence, master…, ou un niveau RNCP 3 à 8)' },
  contract_type: { en: 'CDD or CDI', fr: 'CDD ou CDI' },
  contract_kind: { en: 'apprenticeship or professionalisation', fr: 'apprentissage ou professionnalisation' },
  training_level: { en: 'a training (licence pro, bts…)', fr: 'une formation (licence pro, bts…)' },
  benefit: { en: 'RSA, ASS, AAH, CUI or empty', fr: 'RSA, ASS, AAH, CUI ou vide' },
  text: { en: 'text', fr: 'du texte' },
  renewal_ground: { en: 'a renewal ground', fr: 'un motif de renouvellement' },
};

export function unreadable(out: Findings, field: string, raw: RawCell): void {
  const kind = FIELD_SPECS.get(field)?.kind ?? 'text';
  const l = label(field);
  const shown = JSON.stringify(String(raw)).slice(0, 60);
  out.add('UNREADABLE_VALUE', 'error', field, `${l.en}: ${shown} is not ${EXPECTED[kind].en}`, `${l.fr} : ${shown} n'est pas ${EXPECTED[kind].fr}`);
}

/** Reads one field: undefined when blank or absent, null when unreadable (an error is recorded). */
export function read<T>(values: readonly RawCell[], match: HeaderMatch, out: Findings, field: string, reader: (v: RawCell) => T | undefined | null): T | undefined | null {
  const col = match.columns[field];
  if (col === undefined) return undefined;
  const raw = values[col];
  const v = reader(raw);
  if (v === null) unreadable(out, field, raw);
  return v;
}

export const has = (match: HeaderMatch, field: string) => match.columns[field] !== undefined;

function readQualification(v: RawCell): Qualification | undefined | null {
  if (isBlank(v)) return undefined;
  const t = typeof v === 'string' ? v.trim() : v;
  const q = parseQualification(typeof t === 'string' && /^(aucun|aucune|sans)$/i.test(t) ? 'none' : (t as string | number | boolean));
  return q ?? null;
}

/** A contract row judged as a contrat de professionnalisation (validateRow in row.ts picks the rules of a row's kind). */
export function validateProfessionalisationRow(values: readonly RawCell[], match: HeaderMatch, options: ValidateOptions): RowVerdict {
  const out = new Findings();
  const refRaw = has(match, 'reference') ? values[match.columns.reference] : undefined;
  const reference = isBlank(refRaw) ? null : String(refRaw).trim();

  const birth = read(values, match, out, 'birth_date', readDate);
  const start = read(values, match, out, 'start_date', readDate);
  const end = read(values, match, out, 'end_date', readDate);
  const qualification = read(values, match, out, 'qualification', readQualification);
  const salary = read(values, match, out, 'monthly_salary', readMoney);
  const contractType = read(values, match, out, 'contract_type', readContractType);
  const weeklyRaw = read(values, match, out, 'weekly_hours', readNumber);
  const conventional = read(values, match, out, 'conventional_minimum', readDecimal);
  const training = read(values, match, out, 'training_hours', readNumber);
  const jobseeker = read(values, match, out, 'jobseeker', readYesNo);
  const jobseekerOver1y = read(values, match, out, 'jobseeker_over_1y', readYesNo);
  const benefit = read(values, match, out, 'benefit', readBenefit);
  const branch = read(values, match, out, 'branch_agreement', readYesNo);
  const signature = read(values, match, out, 'signature_date', readDate);
  const deposit = read(values, match, out, 'deposit_date', readDate);
  const tutorExperience = read(values, match, out, 'tutor_experience_months', readNumber);
  const tutees = read(values, match, out, 'tutor_tutees', readNumber);
  const tutorIsEmployer = read(values, match, out, 'tutor_is_employer', readYesNo);
  const abroad = read(values, match, out, 'months_abroad', readNumber);
  const renewals = read(values, match, out, 'renewals', readNumber);
  const renewalGround = read(values, match, out, 'renewal_ground', readRenewalGround);

  // Required values: without them the row cannot be judged. A sheet without the column is refused before
  // any row is read; should a caller judge one anyway, the row is in error, never "ok".
  const required: [string, unknown][] = [['birth_date', birth], ['start_date', start], ['end_date', end], ['qualification', qualification], ['monthly_salary', salary]];
  requireValues(out, match, required);
  out.list.push(...checksNotMade(notMadeCache, match, (m) => m.notChecked));

  const weeklyHours = weeklyHoursOf(out, match, weeklyRaw, typeof start === 'string' ? start : undefined, 'D6325-15');

  try {
    if (typeof birth === 'string' && typeof start === 'string' && typeof end === 'string') {
      if (compareDates(end, start) < 0) {
        out.add('END_BEFORE_START', 'error', 'end_date', `End date ${end} is before the start date ${start}`, `La date de fin ${dateFr(end)} est antérieure à la date de début ${dateFr(start)}`);
      } else if (compareDates(birth, start) >= 0) {
        out.add('BIRTH_AFTER_START', 'error', 'birth_date', `Birth date ${birth} is not before the start date ${start}`, `La date de naissance ${dateFr(birth)} n'est pas antérieure au début ${dateFr(start)}`);
      } else {
        const q = qualification ?? undefined;
        const ctx: Context = { birth, start, end, qualification: q, weeklyHours, out };
        const { priority, tooYoung } = checkEligibility(ctx, jobseeker ?? undefined, jobseekerOver1y ?? undefined, benefit ?? undefined);
        const months = decimalMonths(start, end);
        checkDuration(ctx, months, priority, branch ?? undefined, contractType ?? undefined);
        if (q && salary !== undefined && salary !== null && !tooYoung) checkSalary(ctx, salary, conventional ?? undefined);
        if (typeof training === 'number') checkTraining(ctx, months, training, branch ?? undefined);
        else if (training === undefined && has(match, 'training_hours')) notStated(out, 'training_hours', 'the L6325-13 bounds (15 %–25 %, at least 150 h) were not checked', 'les bornes de L6325-13 (15 %–25 %, au moins 150 h) n’ont pas été vérifiées', ['L6325-13']);
        if (has(match, 'deposit_date') && deposit !== null) checkDeposit(ctx, deposit, signature ?? undefined, options.asOf);
        if (typeof abroad === 'number' && abroad > 0) checkAbroad(ctx, months, abroad);
        if (typeof renewals === 'number') checkRenewal(ctx, renewals, renewalGround ?? undefined, contractType ?? undefined);
      }
    }
    if (typeof start === 'string') checkTutor(out, match, tutorExperience, tutees, tutorIsEmployer ?? undefined, start);
    if (contractType === undefined && has(match, 'contract_type'))
      notStated(out, 'contract_type', 'CDD assumed: the dates are those of the contract (for a CDI give the end of the action)', 'CDD supposé : les dates sont celles du contrat (pour un CDI indiquer la fin de l’action)', ['L6325-5']);
  } catch (e) {
    // A date before the earliest version of a rule in the store: said on the row, never a crash.
    if (!(e instanceof LawError)) throw e;
    lawGap(out, e.kind === 'no-law-for-date' ? 'start_date' : e.field, e);
  }
  return { reference, status: statusOf(out.list), findings: out.list };
}

interface Context {
  birth: IsoDate;
  start: IsoDate;
  end: IsoDate;
  qualification: Qualification | undefined;
  weeklyHours: number | undefined;
  out: Findings;
  /** Age at the start, once the eligibility check has computed it. */
  startAge?: number;
}

/**
 * Required values: without them the row cannot be judged. A sheet without the column is refused before any
 * row is read; should a caller judge one anyway, the row is in error, never "ok".
 */
export function requireValues(out: Findings, match: HeaderMatch, required: [string, unknown][]): void {
  for (const [field, v] of required) {
    if (v !== undefined) continue;
    const l = label(field);
    if (has(match, field)) out.add('MISSING_VALUE', 'error', field, `${l.en} is empty: the contract cannot be checked without it`, `${l.fr} est vide : le contrat ne peut pas être vérifié sans cette valeur`);
    else out.add('REQUIRED_COLUMN_MISSING', 'error', field, `No "${l.en}" column: the contract cannot be checked without it`, `Pas de colonne « ${l.fr} » : le contrat ne peut pas être vérifié sans elle`);
  }
}

/** Weekly hours as stated (undefined: 35, said when the column is there but the cell blank), checked against the law of the start. */
export function weeklyHoursOf(out: Findings, match: HeaderMatch, raw: number | undefined | null, start: IsoDate | undefined, payArticle: string): number | undefined {
  if (raw === undefined && has(match, 'weekly_hours')) notStated(out, 'weekly_hours', 'pay checked for 35 hours a week', 'salaire vérifié pour 35 heures par semaine', [payArticle]);
  if (typeof raw !== 'number' || start === undefined) return undefined;
  try {
    checkWeeklyHours(raw, 'weekly_hours', start);
    return raw;
  } catch (e) {
    if (!(e instanceof LawError)) throw e;
    out.add('WEEKLY_HOURS_OUT_OF_RANGE', 'error', 'weekly_hours', `Weekly hours: ${e.text.en}`, `Durée hebdomadaire : ${e.text.fr}`, e.articles);
    return undefined;
  }
}

export function notStated(out: Findings, field: string, en: string, fr: string, articles: string[] = []): void {
  const l = label(field);
  out.add('NOT_STATED', 'info', field, `${l.en} not stated: ${en}`, `${l.fr} : cellule vide ; ${fr}`, articles);
}

/** The most values each cache keeps (a contract's minimum segments are a few hundred bytes): a 1,000,000-row sheet stays in constant memory. */
const SEGMENTS_KEPT = 4096;

/**
 * What depends on the law and a few values of a row only (a contract's dates, its hours, flags), kept per
 * those values for the rows that follow: a miss computes the same. In maps nested by value, not under a key
 * text built per row (a sheet's dates are read once per text, and so hashed once). Bounded, so a sheet of a
 * million rows stays in constant memory.
 */
class Kept<T> {
  private readonly root = new Map<unknown, unknown>();
  private size = 0;

  get(keys: readonly unknown[], compute: () => T): T {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: cache bound — clearing sooner or later computes the same value
    if (this.size >= SEGMENTS_KEPT) {
      this.root.clear();
      this.size = 0;
    }
    let map = this.root;
    // Stryker disable next-line ArithmeticOperator: cache — two more levels keyed by undefined keep every part of the key on the path
    const last = keys.length - 1;
    for (let i = 0; i < last; i++) {
      let next = map.get(keys[i]) as Map<unknown, unknown> | undefined;
      // Stryker disable next-line ConditionalExpression: cache — a new map is a miss, which computes the same value
      if (next === undefined) {
        next = new Map();
        map.set(keys[i], next);
      }
      map = next;
    }
    let v = map.get(keys[last]) as T | undefined;
    // Stryker disable next-line ConditionalExpression: cache — a miss computes the same value
    if (v === undefined) {
      v = compute();
      map.set(keys[last], v);
      // Stryker disable next-line UpdateOperator: cache bound — counting down never clears, and computes the same values
      this.size++;
    }
    return v;
  }
}

/** The law's refusal as a value, to be kept like an answer (the same refusal for the same values). */
function refusalOr<T>(compute: () => T): T | LawError {
  try {
    return compute();
  } catch (e) {
    if (!(e instanceof LawError)) throw e;
    return e;
  }
}

const monthsCache = new Kept<number>();

/** Length of [start, end] in months, days counted as thirtieths of a month. */
function decimalMonths(start: IsoDate, end: IsoDate): number {
  return monthsCache.get([start, end], () => {
    const { months, days } = monthsAndDays(start, end);
    return months + Math.round((days / 30) * 100) / 100;
  });
}

const eligibilitySeen = new Kept<{ age: number; eligible: boolean; priority: boolean; minimum: number }>();

function checkEligibility(ctx: Context, jobseeker: boolean | undefined, over1y: boolean | undefined, benefit: string | undefined): { priority: boolean; tooYoung: boolean } {
  const received = benefit && benefit !== 'none' ? (benefit as 'RSA') : null;
  // kept per what proEligibility reads: the dates, the situation stated, and of the qualification only whether
  // it is below the second cycle (L6325-1-1 a); the benefit only as received or not
  // Stryker disable next-line EqualityOperator: cache key — a flag negated still tells the same rows apart
  const r = eligibilitySeen.get([ctx.start, jobseeker, over1y, received !== null, ctx.qualification?.noSecondCycleNorDiploma === true, ctx.birth], () => {
    const e = proEligibility({ birthDate: ctx.birth, start: ctx.start, jobseeker, jobseekerOver1y: over1y, benefit: received, qualification: ctx.qualification }).value;
    return { age: e.age, eligible: e.eligible, priority: e.priority, minimum: inForce(PRO_ELIGIBILITY_AGES, ctx.start).version.value.minimum };
  });
  ctx.startAge = r.age;
  const minimum = r.minimum;
  if (r.age < minimum) {
    ctx.out.add('NOT_ELIGIBLE_AGE', 'error', 'birth_date', `Aged ${r.age} at the start: the contract is open from ${minimum} (L6325-1)`, `${r.age} ans au début du contrat : le contrat est ouvert à partir de ${minimum} ans (L6325-1)`, ['L6325-1']);
  } else if (!r.eligible) {
    // Whether the person is a jobseeker must be stated to say anything (L6325-1)
    if (jobseeker === undefined)
      ctx.out.add('ELIGIBILITY_NOT_STATED', 'warning', 'jobseeker', `Aged ${r.age} at the start: from 26 the contract is open only to registered jobseekers or RSA/ASS/AAH/CUI beneficiaries; state which (L6325-1)`, `${r.age} ans au début : à partir de 26 ans le contrat n'est ouvert qu'aux demandeurs d'emploi ou bénéficiaires du RSA/ASS/AAH/CUI ; indiquez-le (L6325-1)`, ['L6325-1']);
    else if (benefit === 'none')
      ctx.out.add('NOT_ELIGIBLE', 'error', 'birth_date', `Aged ${r.age} at the start, neither a registered jobseeker nor an RSA/ASS/AAH/CUI beneficiary: not eligible (L6325-1)`, `${r.age} ans au début, ni demandeur d'emploi ni bénéficiaire du RSA/ASS/AAH/CUI : non éligible (L6325-1)`, ['L6325-1']);
    // no benefit stated: said as such, not as a fact
    else
      ctx.out.add('NOT_ELIGIBLE', 'error', 'birth_date', `Aged ${r.age} at the start and not a registered jobseeker, with no RSA/ASS/AAH/CUI benefit stated: not eligible unless the person receives one (L6325-1)`, `${r.age} ans au début, pas demandeur d'emploi, et aucun RSA/ASS/AAH/CUI indiqué : non éligible, sauf s'il en perçoit un (L6325-1)`, ['L6325-1']);
  }
  return { priority: r.priority, tooYoung: r.age < minimum };
}

const durationCache = new Kept<{ bounds: { min: number; max: number }; earliestEnd: IsoDate; latestEnd: IsoDate } | LawError>();

function checkDuration(ctx: Context, months: number, priority: boolean, branch: boolean | undefined, type: 'CDD' | 'CDI' | undefined): void {
  // Stryker disable next-line EqualityOperator: cache key — a flag negated still tells the same rows apart
  const d = durationCache.get([ctx.start, priority, branch === true], () => refusalOr(() => {
    const bounds = proActionBounds({ priority, branchAgreement: branch === true, date: ctx.start }).value;
    return { bounds, earliestEnd: addDays(addMonths(ctx.start, bounds.min), -1), latestEnd: addDays(addMonths(ctx.start, bounds.max), -1) };
  }));
  if (d instanceof LawError) return lawGap(ctx.out, 'end_date', d);
  const { bounds, earliestEnd, latestEnd } = d;
  const what = type === 'CDI' ? { en: 'The action de professionnalisation', fr: "L'action de professionnalisation" } : { en: 'The contract', fr: 'Le contrat' };
  if (compareDates(ctx.end, earliestEnd) < 0) {
    ctx.out.add('ACTION_TOO_SHORT', 'error', 'end_date', `${what.en} lasts ${months} months, less than ${bounds.min}: it must end on ${earliestEnd} at the earliest (L6325-11)`, `${what.fr} dure ${String(months).replace('.', ',')} mois, moins de ${bounds.min} : fin au plus tôt le ${dateFr(earliestEnd)} (L6325-11)`, ['L6325-11']);
  } else if (compareDates(ctx.end, latestEnd) > 0) {
    const why = priority ? { en: `${bounds.max} months for the priority public of L6325-1-1`, fr: `${bounds.max} mois pour le public prioritaire de L6325-1-1` } : branch ? { en: `${bounds.max} months with a branch agreement`, fr: `${bounds.max} mois avec un accord de branche` } : { en: `${bounds.max} months without a branch agreement${branch === undefined ? ' (branch agreement not stated: with one, up to 24)' : ''}`, fr: `${bounds.max} mois sans accord de branche${branch === undefined ? ' (accord de branche non renseigné : avec un accord, jusqu’à 24)' : ''}` };
    ctx.out.add('ACTION_TOO_LONG', 'error', 'end_date', `${what.en} lasts ${months} months: the maximum is ${why.en}; end on ${latestEnd} at the latest (L6325-11, L6325-12)`, `${what.fr} dure ${String(months).replace('.', ',')} mois : le maximum est de ${why.fr} ; fin au plus tard le ${dateFr(latestEnd)} (L6325-11, L6325-12)`, ['L6325-11', 'L6325-12', ...(priority ? ['L6325-1-1'] : [])]);
  }
}

/**
 * What the minimum is a share of, in the terms it was computed with (the hourly SMIC × the monthly hours),
 * so that the figures quoted give the minimum shown: 55 % × 12.31 × 151 2/3 = 1,026.859… → 1,026.86, which
 * 55 % of the published monthly 1,867.02 would not (1,026.87).
 */
export function smicBasis(rate: Decimal, hourly: Decimal, weeklyHours: Decimal): { en: string; fr: string } {
  const legal = weeklyHours.eq(35);
  const hoursEn = legal ? '151 2/3 h a month' : `${weeklyHours.toString()} h a week × 52/12`;
  const hoursFr = legal ? '151 2/3 h par mois' : `${weeklyHours.toString().replace('.', ',')} h par semaine × 52/12`;
  return {
    en: `${percent(rate)} of the SMIC: ${eurosEn(hourly)} an hour × ${hoursEn}`,
    fr: `${percent(rate)} du SMIC : ${eurosFr(hourly)} de l'heure × ${hoursFr}`,
  };
}

function segmentsOf(ctx: Context, conventional: Decimal | undefined): Explained<MinimumSegment[]> {
  return proMinimumSegments({ birthDate: ctx.birth, start: ctx.start, end: ctx.end, professionalBacLevel: ctx.qualification!.professionalBacLevel, conventionalMinimum: conventional, weeklyHours: ctx.weeklyHours });
}

const segmentsCache = new Kept<Explained<MinimumSegment[]>>();

/**
 * The contract's minimum segments. They depend on the law and the dates only: under 26 on the 1st of the month
 * after the 21st birthday (D6325-16), from 26 on nothing of the birth date (the regime is decided at the start),
 * so contracts with the same dates, qualification level, hours and conventional minimum, born in the same
 * month, share them (a cache; a miss computes the same segments).
 */
function contractSegments(ctx: Context, conventional: Decimal | undefined): Explained<MinimumSegment[]> {
  const professionalBacLevel = ctx.qualification!.professionalBacLevel;
  const law = proPayLaw(ctx.start);
  const startAge = ctx.startAge ?? ageOn(ctx.birth, ctx.start);
  // an age past every band of the law: computed each time (the age checks of the pay law then speak)
  // Stryker disable next-line ConditionalExpression,EqualityOperator: cache — a row not cached computes the same segments
  if (startAge > law.adultRegime * 3) return segmentsOf(ctx, conventional);
  const adult = startAge >= law.adultRegime;
  return segmentsCache.get([ctx.start, professionalBacLevel, conventional?.toString(), ctx.weeklyHours, ctx.end, adult ? 'adult' : higherBandFrom(ctx.birth, law.higherBand)], () => segmentsOf(ctx, conventional));
}

const higherBandSeen = new Kept<IsoDate>();

/** The 1st of the month after the birthday of the higher band (D6325-16), once per birth date and band. */
function higherBandFrom(birth: IsoDate, years: number): IsoDate {
  return higherBandSeen.get([years, birth], () => firstDayOfMonthAfterBirthday(birth, years));
}

/** What a SALARY_BELOW_MINIMUM finding says of a segment after the salary, written once per segment (forgotten with it). */
const belowMinimumSeen = new WeakMap<MinimumSegment, { key: string; en: string; fr: string }>();

function belowMinimumTexts(seg: MinimumSegment): { key: string; en: string; fr: string } {
  let t = belowMinimumSeen.get(seg);
  // Stryker disable next-line ConditionalExpression: cache — a miss writes the same texts
  if (t === undefined) {
    const from = seg.from;
    const basis = seg.rate.eq(1) ? ADULT_BASIS : basisSeen.get([seg.rate, seg.smicHourly, seg.weeklyHours.toString()], () => smicBasis(seg.rate, seg.smicHourly, seg.weeklyHours));
    // the minimum from its integer cents when the integer path computed it (the same text as big.js gives)
    const en = seg.minimumCents === undefined ? eurosEn(seg.minimum) : eurosEnCents(seg.minimumCents);
    const fr = seg.minimumCents === undefined ? eurosFr(seg.minimum) : eurosFrCents(seg.minimumCents);
    t = {
      key: en,
      en: ` is below the minimum of ${en} due from ${monthEn(from)} (${basis.en}): pay at least ${en} from ${from}`,
      fr: ` inférieur au minimum de ${fr} dû ${fromMonthFr(from)} (${basis.fr}) : verser au moins ${fr} dès le ${dateFr(from)}`,
    };
    belowMinimumSeen.set(seg, t);
  }
  return t;
}

const ADULT_BASIS: Bilingual = { en: 'SMIC or 85 % of the conventional minimum, from 26', fr: 'SMIC ou 85 % du minimum conventionnel, dès 26 ans' };
/** The basis texts of a rate, an hourly SMIC and weekly hours (a handful per sheet). */
const basisSeen = new Kept<Bilingual>();

function checkSalary(ctx: Context, salaryRead: number | Decimal, conventional: Decimal | undefined): void {
  let segments;
  try {
    // One computation per change of the minimum (SMIC revaluation, D6325-16 band), equal to checking
    // every month of the contract (property-tested against the monthly schedule).
    segments = contractSegments(ctx, conventional);
  } catch (e) {
    if (e instanceof LawError) return lawGap(ctx.out, e.field === 'end' ? 'end_date' : e.field === 'birth_date' ? 'birth_date' : 'start_date', e);
    throw e;
  }
  const articles = segments.articles;
  // A salary in whole cents (read as an integer, readMoney) is ≥ the exact minimum exactly when it is ≥ the
  // minimum rounded up to the cent, so the rounded figure decides in integers; other salaries compare with the exact one.
  const salaryCents = typeof salaryRead === 'number' ? salaryRead : undefined;
  let salary = typeof salaryRead === 'number' ? undefined : salaryRead;
  let shown: Bilingual | undefined;
  // Report each level of the minimum the salary falls below, from the day it applies.
  let reported = 0;
  let last: string | null = null;
  for (const seg of segments.value) {
    const paid =
      salaryCents === undefined ? salary!.gte(seg.exact) : seg.minimumCents !== undefined ? salaryCents >= seg.minimumCents : (salary ??= fromCents(salaryCents)).gte(seg.minimum);
    if (paid) {
      last = null;
      continue;
    }
    const texts = belowMinimumTexts(seg);
    if (texts.key === last) continue;
    last = texts.key;
    if (reported++ >= 3) continue;
    shown ??= salaryCents === undefined ? { en: eurosEn(salary!), fr: eurosFr(salary!) } : { en: eurosEnCents(salaryCents), fr: eurosFrCents(salaryCents) };
    ctx.out.add('SALARY_BELOW_MINIMUM', 'error', 'monthly_salary', `Salary ${shown.en}${texts.en}`, `Salaire de ${shown.fr}${texts.fr}`, articles);
  }
  if (reported > 3)
    ctx.out.add('SALARY_BELOW_MINIMUM', 'error', 'monthly_salary', `…and ${reported - 3} later increases of the minimum (SMIC revaluations or age band)`, `…et ${reported - 3} hausses ultérieures du minimum (revalorisations du SMIC ou tranche d'âge)`, articles);
  for (const w of segments.warnings) {
    if (w.code === 'CONVENTIONAL_MINIMUM_NOT_STATED')
      ctx.out.add('CONVENTIONAL_MINIMUM_NOT_STATED', 'warning', 'conventional_minimum', `Aged 26 or more at the start: the minimum is the higher of the SMIC and 85 % of the conventional minimum, which is not stated; only the SMIC was checked (D6325-18)`, `26 ans ou plus au début : le minimum est le plus élevé du SMIC et de 85 % du minimum conventionnel, non renseigné ; seul le SMIC a été vérifié (D6325-18)`, ['L6325-9', 'D6325-18']);
    else if (w.code === 'BEYOND_KNOWN_LAW') ctx.out.add('SMIC_NOT_YET_KNOWN', 'warning', 'end_date', w.message.en, w.message.fr, w.articles ?? []);
    else if (w.code === 'UNVERIFIED') ctx.out.add('UNVERIFIED_VALUE', 'info', 'monthly_salary', w.message.en, w.message.fr, w.articles ?? []);
  }
}

/** A contract's training bounds, and the same in hundredths of an hour (they are rounded to the hundredth). */
const trainingCache = new Kept<{ bounds: TrainingBounds; min: number; max: number } | LawError>();

const centiHours = (d: Decimal): number => Number(d.times(100).toString());

/** Hours as shown: to the hundredth (the bounds themselves are already rounded inward, to the hundredth). */
function n(d: Decimal): string {
  return d.round(2).toString();
}
function nFr(d: Decimal): string {
  return n(d).replace('.', ',');
}

function checkTraining(ctx: Context, months: number, hours: number, branch: boolean | undefined): void {
  const kb = trainingCache.get([ctx.weeklyHours, ctx.start, months], () =>
    refusalOr(() => {
      const bounds = proTrainingBounds({ months, weeklyHours: ctx.weeklyHours, date: ctx.start }).value;
      return { bounds, min: centiHours(bounds.min), max: centiHours(bounds.max) };
    }),
  );
  if (kb instanceof LawError) return lawGap(ctx.out, 'training_hours', kb);
  const b = kb.bounds;
  // hours to the hundredth compare in integers with the bounds' hundredths, others through big.js
  const c = hundredths(hours);
  if (b.status === 'REQUIRES_BRANCH_AGREEMENT' && branch !== true) {
    ctx.out.add('REQUIRES_BRANCH_AGREEMENT', branch === false ? 'error' : 'warning', 'training_hours', `The contract totals ${n(b.contractHours)} h: the 150 h floor is above 25 % (${n(b.max)} h), so only a branch agreement allowing more than 25 % makes it possible (L6325-13, L6325-14)`, `Le contrat totalise ${nFr(b.contractHours)} h : le plancher de 150 h dépasse 25 % (${nFr(b.max)} h) ; seul un accord de branche autorisant plus de 25 % le permet (L6325-13, L6325-14)`, ['L6325-13', 'L6325-14']);
  }
  if (c === undefined ? dec(String(hours)).lt(b.min) : c < kb.min) {
    ctx.out.add('TRAINING_HOURS_TOO_LOW', 'error', 'training_hours', `${hours} training hours: at least ${n(b.min)} h are required (15 % of ${n(b.contractHours)} h, and never under 150 h) (L6325-13)`, `${String(hours).replace('.', ',')} heures de formation : il en faut au moins ${nFr(b.min)} (15 % de ${nFr(b.contractHours)} h, et jamais moins de 150 h) (L6325-13)`, ['L6325-13']);
  } else if ((c === undefined ? dec(String(hours)).gt(b.max) : c > kb.max) && b.status === 'ok' && branch !== true) {
    ctx.out.add('TRAINING_HOURS_ABOVE_25_PERCENT', branch === false ? 'error' : 'warning', 'training_hours', `${hours} training hours exceed 25 % of the contract (${n(b.max)} h): allowed only by a branch agreement (L6325-13, L6325-14)`, `${String(hours).replace('.', ',')} heures de formation dépassent 25 % du contrat (${nFr(b.max)} h) : possible seulement avec un accord de branche (L6325-13, L6325-14)`, ['L6325-13', 'L6325-14']);
  }
}

const depositCache = new Kept<{ deadline: IsoDate; days: number } | LawError>();
/** The signature date plus the deposit days, per signature date. */
const signatureLimits = new Kept<IsoDate>();

function checkDeposit(ctx: Context, deposit: IsoDate | undefined, signature: IsoDate | undefined, asOf: IsoDate | undefined): void {
  // D6325-1: the same number of days counted from the start (the deadline) and, as information, from the signature
  const dl = depositCache.get([ctx.start], () => refusalOr(() => ({ deadline: proDepositDeadline(ctx.start).value, days: inForce(PRO_DEPOSIT_DAYS, ctx.start, 'start_date').version.value })));
  if (dl instanceof LawError) return lawGap(ctx.out, 'deposit_date', dl);
  const { deadline, days } = dl;
  if (deposit === undefined) {
    if (asOf && compareDates(asOf, deadline) > 0)
      ctx.out.add('DEPOSIT_NOT_STATED', 'warning', 'deposit_date', `No deposit date, and the deadline (${deadline}, ${days} days after the start) has passed (D6325-1)`, `Pas de date de dépôt, et la date limite (${dateFr(deadline)}, ${days} jours après le début) est passée (D6325-1)`, ['D6325-1']);
    else notStated(ctx.out, 'deposit_date', `filing with the OPCO by ${deadline} was not checked`, `la transmission à l’OPCO au plus tard le ${dateFr(deadline)} n’a pas été vérifiée`, ['D6325-1']);
    return;
  }
  if (compareDates(deposit, deadline) > 0) {
    ctx.out.add('DEPOSIT_LATE', 'error', 'deposit_date', `Sent to the OPCO on ${deposit}, after the deadline of ${deadline} (${days} days after the start ${ctx.start}) (D6325-1)`, `Transmis à l'OPCO le ${dateFr(deposit)}, après la date limite du ${dateFr(deadline)} (${days} jours après le début le ${dateFr(ctx.start)}) (D6325-1)`, ['D6325-1']);
  } else if (signature && compareDates(deposit, signatureLimits.get([days, signature], () => addDays(signature, days))) > 0) {
    ctx.out.add('DEPOSIT_AFTER_SIGNATURE_PLUS_5', 'info', 'deposit_date', `Sent within ${days} days of the start (D6325-1) but more than ${days} days after signature: service-public counts from signature, the decree from the start`, `Transmis dans les ${days} jours du début (D6325-1) mais plus de ${days} jours après la signature : service-public compte depuis la signature, le décret depuis le début`, ['D6325-1']);
  }
}

/** The D6325-6 and D6325-9 answers per date and figures (a sheet repeats them). */
const tutorExperienceSeen = new Kept<{ ok: boolean; required: number }>();
const tutorLoadSeen = new Kept<{ ok: boolean; max: number }>();
const tutorLoad = (tutees: number, isEmployer: boolean, date: IsoDate) => tutorLoadSeen.get([tutees, isEmployer, date], () => tutorLoadOk(tutees, isEmployer, date).value);

function checkTutor(out: Findings, match: HeaderMatch, experience: number | undefined | null, tutees: number | undefined | null, isEmployer: boolean | undefined, date: IsoDate): void {
  if (experience === undefined && has(match, 'tutor_experience_months')) notStated(out, 'tutor_experience_months', 'the 2 years of D6325-6 were not checked', 'les 2 ans de D6325-6 n’ont pas été vérifiés', ['D6325-6']);
  if (tutees === undefined && has(match, 'tutor_tutees')) notStated(out, 'tutor_tutees', 'the tutor’s load (D6325-9) was not checked', 'la charge du tuteur (D6325-9) n’a pas été vérifiée', ['D6325-9']);
  if (typeof experience === 'number') {
    const months = Math.max(0, experience);
    const r = tutorExperienceSeen.get([months, date], () => tutorExperienceOk(months, date).value);
    if (!r.ok)
      out.add('TUTOR_EXPERIENCE', 'error', 'tutor_experience_months', `Tutor has ${experience} months of experience: at least ${r.required} (2 years) in a qualification related to the objective are required (D6325-6)`, `Le tuteur a ${experience} mois d'expérience : il en faut au moins ${r.required} (2 ans) dans une qualification en rapport avec l'objectif (D6325-6)`, ['D6325-6']);
  }
  if (typeof tutees === 'number' && Number.isInteger(tutees) && tutees >= 1) {
    const r = tutorLoad(tutees, isEmployer === true, date);
    if (!r.ok)
      out.add('TUTOR_OVERLOAD', 'error', 'tutor_tutees', `The tutor follows ${tutees} people (this contract included): at most ${r.max} for ${isEmployer ? 'an employer acting as tutor' : 'a salaried tutor'} (D6325-9)`, `Le tuteur suit ${tutees} personnes (ce contrat compris) : au plus ${r.max} pour ${isEmployer ? "l'employeur tuteur" : 'un tuteur salarié'} (D6325-9)`, ['D6325-9']);
    // fine for a salaried tutor, too many were the tutor the employer (D6325-9): say which is needed
    else if (isEmployer === undefined && !tutorLoad(tutees, true, date).ok)
      out.add('TUTOR_EMPLOYER_NOT_STATED', 'warning', 'tutor_is_employer', `The tutor follows ${tutees} people: fine for a salaried tutor (3), too many if the tutor is the employer (2); state it (D6325-9)`, `Le tuteur suit ${tutees} personnes : possible pour un tuteur salarié (3), trop si le tuteur est l'employeur (2) ; indiquez-le (D6325-9)`, ['D6325-9']);
  } else if (typeof tutees === 'number') {
    out.add('UNREADABLE_VALUE', 'error', 'tutor_tutees', `Tutor's tutees: ${tutees} is not a whole number of at least 1 (this contract included)`, `Tutorés du tuteur : ${String(tutees).replace('.', ',')} n'est pas un nombre entier d'au moins 1 (ce contrat compris)`);
  }
}

/** The most months abroad L6325-25 allows, per start and length (or the law's refusal). */
const abroadSeen = new Kept<Decimal | LawError>();

function checkAbroad(ctx: Context, months: number, abroad: number): void {
  const max = abroadSeen.get([months, ctx.start], () => refusalOr(() => proMaxAbroad({ contractMonths: months, date: ctx.start }).value));
  if (max instanceof LawError) {
    if (max.kind === 'invalid-argument') return lawGap(ctx.out, 'months_abroad', max);
    if (max.kind === 'no-law-for-date') {
      ctx.out.add('ABROAD_NOT_ALLOWED', 'error', 'months_abroad', `Contract started ${ctx.start}: mobility abroad of a contrat de professionnalisation exists only from 2019 (L6325-25)`, `Contrat débuté le ${dateFr(ctx.start)} : la mobilité à l'étranger du contrat de professionnalisation n'existe qu'à partir de 2019 (L6325-25)`, ['L6325-25']);
      return;
    }
    throw max;
  }
  if (dec(String(abroad)).gt(max)) {
    const rule = inForce(PRO_ABROAD, ctx.start).version.value.maxShare !== null
      ? { en: 'at most 12 months and half of the contract', fr: 'au plus 12 mois et la moitié du contrat' }
      : { en: 'at most 12 months, with 6 months in France', fr: 'au plus 12 mois, avec 6 mois en France' };
    ctx.out.add('ABROAD_TOO_LONG', 'error', 'months_abroad', `${abroad} months abroad: ${rule.en} allows ${max.toString()} here (L6325-25)`, `${String(abroad).replace('.', ',')} mois à l'étranger : ${rule.fr} permet ${max.toString().replace('.', ',')} ici (L6325-25)`, ['L6325-25']);
  }
}

function checkRenewal(ctx: Context, renewals: number, ground: string | undefined, type: 'CDD' | 'CDI' | undefined): void {
  if (renewals <= 0 || type === 'CDI') return;
  const r = renewalAllowed({ renewalsSoFar: renewals - 1, ground: (ground ?? 'other') as 'other', date: ctx.start }).value;
  if (r.reason === 'limit')
    ctx.out.add('RENEWAL_LIMIT', 'error', 'renewals', `Renewed ${renewals} times: a CDD contrat de professionnalisation may be renewed once (L6325-7)`, `Renouvelé ${renewals} fois : un CDD de professionnalisation ne peut être renouvelé qu'une fois (L6325-7)`, ['L6325-7']);
  else if (r.reason === 'ground')
    ctx.out.add(ground === undefined ? 'RENEWAL_GROUND_NOT_STATED' : 'RENEWAL_GROUND', ground === undefined ? 'warning' : 'error', 'renewal_ground', 'A renewal needs a ground of L6325-7: a higher or complementary qualification, or failure through exam, maternity, illness, work accident, occupational disease or training-body failure', "Un renouvellement exige un motif de L6325-7 : qualification supérieure ou complémentaire, ou échec (examen, maternité, maladie, accident du travail, maladie professionnelle, défaillance de l'organisme)", ['L6325-7']);
}

const notMadeCache = new WeakMap<HeaderMatch, readonly Finding[]>();

/**
 * One CHECK_NOT_MADE info per check whose column the sheet lacks, built once per sheet and kind of row in `cache`
 * (shared, frozen objects: the same for every row).
 */
export function checksNotMade(cache: WeakMap<HeaderMatch, readonly Finding[]>, match: HeaderMatch, checks: (m: HeaderMatch) => readonly OptionalCheck[]): readonly Finding[] {
  let list = cache.get(match);
  // Stryker disable next-line ConditionalExpression: a cache; recomputing gives the same frozen findings
  if (!list) {
    list = checks(match).map((c) =>
      Object.freeze({
        code: 'CHECK_NOT_MADE',
        severity: 'info' as const,
        field: c.fields[0],
        message: Object.freeze({ en: `Not checked, no column: ${c.label.en}`, fr: `Contrôle non effectué faute de colonne : ${c.label.fr}` }),
        articles: c.articles,
      }),
    );
    cache.set(match, list);
  }
  return list;
}

export function lawGap(out: Findings, field: string, e: LawError): void {
  out.add(e.kind === 'no-law-for-date' ? 'NO_LAW_FOR_DATE' : 'OUT_OF_RANGE', 'error', field, e.text.en, e.text.fr, e.articles);
}

