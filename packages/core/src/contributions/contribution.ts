/**
 * Training contributions (L6331-1 to L6331-69) and the headcount rules of L130-1 / R130-1 CSS.
 * - Employers: 0.55 % of the payroll under 11 employees, 1 % from 11 (L6331-1, L6331-3; L6331-2 for the
 *   under-11 rate in 2015–2018); temporary-work companies of 11 and more 1.30 % (L6331-5 raises the L6331-3
 *   rate), under 11 the under-11 rate (decision "ett-under-11"); from 2022-01-01 the ETT conventional 0.30 % as a
 *   separate line (L6331-69, decision "ett-conventional-line");
 *   particuliers employeurs 0.15 %, intermittents 2 %, artistes-auteurs 0.35 %, diffuseurs 0.1 %.
 * - Self-employed (L6331-48): 0.25 % of the PSS (0.34 % with a conjoint collaborateur; 0.29 % for artisans
 *   from 2023); micro-entrepreneurs 0.1 / 0.2 / 0.3 % of turnover. Fishing and marine culture (L6331-53, from
 *   2022-09-01): 0.15 % of the PSS.
 * - A kind the store holds no rate for on that date is #N/A with its message (no-law-for-date), not #VALUE!.
 * - CPF-CDD 1 % (L6331-6), with the D6331-72 exclusions of 2019–2021 (CDD continued by a CDI, student jobs).
 * - Headcount: the average of the monthly headcounts, months without employees ignored, TRUNCATED to 2
 *   decimals (R130-1 I); an upward crossing counts after 5 consecutive calendar years (L130-1 II).
 * Amounts half-up to the cent. Not modelled: BTP (CCCA-BTP).
 */
import type { IsoDate } from '../dates.js';
import { invalidArgument, noLawForDate } from '../errors.js';
import { Trail, type Explained } from '../explain.js';
import { inForce, versionAt } from '../law/store.js';
import { CONTRIBUTION_RATES, CONTRIBUTION_THRESHOLD, CPF_CDD, ETT_CONVENTIONAL, HEADCOUNT_CROSSING } from '../law/params/contributions.js';
import { PSS_ANNUAL } from '../law/params/pss.js';
import { amountToCents, Big, dec, truncateTo, type Decimal } from '../money.js';

export const EMPLOYER_KINDS = ['employer', 'ett', 'particulier', 'intermittents', 'artiste_auteur', 'diffuseur', 'self_employed', 'self_employed_conjoint', 'artisan', 'micro_sales', 'micro_services', 'micro_artisan', 'fishing'] as const;
export type EmployerKind = (typeof EMPLOYER_KINDS)[number];

/** The kinds a version of the store has a rate for, in the catalogue's vocabulary. */
function heldKinds(rates: Record<string, unknown>): string {
  return ['employer', 'ett', ...Object.keys(rates).filter((k) => !k.includes('11'))].join(', ');
}

export interface Contribution {
  amount: Decimal;
  rate: Decimal;
  base: Decimal;
  /** ETT from 2022-01-01: the conventional line of L6331-69, apart from the legal rate. */
  conventional?: Decimal;
}

export function trainingContribution(input: { base: Decimal; headcount?: number; date: IsoDate; kind?: EmployerKind }): Explained<Contribution> {
  const kind = input.kind ?? 'employer';
  const law = inForce(CONTRIBUTION_RATES, input.date, 'date');
  const t = new Trail();
  law.warnings.forEach((w) => t.warn(w));
  let key: string = kind;
  if (kind === 'employer' || kind === 'ett') {
    if (!Number.isFinite(input.headcount) || input.headcount! < 0) // absent: not finite either
      throw invalidArgument('headcount', `${input.headcount} is not an average headcount (L130-1 CSS)`, `${input.headcount} n'est pas un effectif moyen (L130-1 CSS)`);
    const threshold = inForce(CONTRIBUTION_THRESHOLD, input.date);
    threshold.warnings.forEach((w) => t.warn(w));
    const small = input.headcount! < threshold.version.value;
    key = small ? 'under11' : kind === 'ett' ? 'ett_from11' : 'from11';
    t.cite('L130-1 CSS');
  }
  const rule = law.version.value[key];
  if (!rule)
    throw noLawForDate(
      'employer_kind',
      `the law store holds no training contribution rate for "${kind}" on ${input.date} (rates held from ${law.version.validFrom}: ${heldKinds(law.version.value)})`,
      `aucun taux de contribution à la formation n'est connu pour « ${kind} » au ${input.date} (taux connus depuis le ${law.version.validFrom} : ${heldKinds(law.version.value)})`,
      law.version.articles,
    );
  t.cite(...rule.articles);
  let base = input.base;
  if (rule.base === 'pss') {
    const pss = inForce(PSS_ANNUAL, input.date, 'date');
    pss.warnings.forEach((w) => t.warn(w));
    base = dec(pss.version.value);
  }
  const rate = dec(rule.rate);
  const result: Contribution = { amount: amountToCents(base.times(rate)), rate, base };
  if (kind === 'ett' && versionAt(ETT_CONVENTIONAL, input.date)) {
    const conv = inForce(ETT_CONVENTIONAL, input.date);
    conv.warnings.forEach((w) => t.warn(w));
    t.cite(...conv.version.articles);
    result.conventional = amountToCents(input.base.times(conv.version.value));
  }
  return t.done(result);
}

/** CPF-CDD contribution: 1 % of CDD pay, less the pay excluded on that date (D6331-72). */
export function cpfCddContribution(input: { cddPayroll: Decimal; cddToCdiPayroll?: Decimal; studentPayroll?: Decimal; date: IsoDate }): Explained<Decimal> {
  const law = inForce(CPF_CDD, input.date, 'date');
  const v = law.version.value;
  let base = input.cddPayroll;
  if (v.excludesCddToCdi && input.cddToCdiPayroll) base = base.minus(input.cddToCdiPayroll);
  if (v.excludesStudents && input.studentPayroll) base = base.minus(input.studentPayroll);
  if (base.lt(0)) throw invalidArgument('cdd_payroll', 'the excluded pay is larger than the CDD payroll', 'la masse exclue dépasse la masse salariale CDD');
  return new Trail().cite(...law.version.articles).done(amountToCents(base.times(v.rate)));
}

/** Average headcount of a year: the mean of the months with employees, truncated to 2 decimals (R130-1 I). */
export function averageHeadcount(monthly: number[], date: IsoDate): Explained<Decimal> {
  const law = inForce(HEADCOUNT_CROSSING, date);
  const months = monthly.filter((n) => n > 0);
  if (monthly.some((n) => !Number.isFinite(n) || n < 0)) throw invalidArgument('monthly_headcounts', 'every monthly headcount must be a number of 0 or more', "chaque effectif mensuel doit être un nombre positif ou nul");
  if (months.length === 0) return new Trail().cite(...law.version.articles).done(new Big(0));
  const sum = months.reduce((a, n) => a.plus(dec(n)), new Big(0));
  return new Trail().cite(...law.version.articles).done(truncateTo(sum.div(months.length), law.version.value.decimals));
}

/** Whether the threshold counts as crossed: reached in each of the last 5 consecutive years (L130-1 II). */
export function thresholdCrossed(yearly: number[], threshold: number, date: IsoDate): Explained<boolean> {
  const law = inForce(HEADCOUNT_CROSSING, date);
  const n = law.version.value.consecutiveYears;
  const last = yearly.slice(-n);
  return new Trail().cite(...law.version.articles).done(last.length === n && last.every((h) => h >= threshold));
}
