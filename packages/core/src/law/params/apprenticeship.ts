/**
 * Apprentice minimum pay as shares of the SMIC by age band and year of the contract (D6222-26), the date
 * the band changes (D6222-31 since 2020-04-01, D6222-34 before: the 1st of the month after the birthday),
 * the conventional-minimum comparison from 21 (D6222-26 as amended by décret 2016-510, then décret
 * 2018-1347) and the special cases of D6222-28 to D6222-32 (décret 2020-373). Grids are chosen by the date
 * the contract was CONCLUDED (décret 2018-1347 applies to contracts concluded from 2019-01-01; décret
 * 2020-373 to contracts concluded from 2020-04-01). The decrees themselves were not read: values rest on
 * the decree notices and public consolidated copies, so they are flagged unverified.
 */
import { defineParameter } from '../store.js';

export interface ApprenticeGrid {
  /** Upper bounds (exclusive) of the age bands, e.g. [18, 21, 26]; the last band is open. */
  bandsUpTo: number[];
  /** rates[band][year - 1], decimal strings. */
  rates: string[][];
  /** The lowest age of the first band as the grid writes it (16); a younger apprentice (15, L6222-1) is paid that band's rate (D6222-27). */
  firstBandFrom: number;
}

const PRE_2019 = { bandsUpTo: [18, 21], firstBandFrom: 16, rates: [['0.25', '0.37', '0.53'], ['0.41', '0.49', '0.65'], ['0.53', '0.61', '0.78']] };

/** The grid, chosen by the contract's conclusion date (not the pay date). */
export const APPRENTICE_GRID = defineParameter<ApprenticeGrid>({
  id: 'apprenticeship.min_pay.grid',
  description: 'apprentice minimum pay grid (by conclusion date of the contract)',
  unit: 'rate',
  versions: [
    {
      validFrom: '2014-01-01',
      validTo: '2019-01-01',
      value: PRE_2019,
      articles: ['L6222-27', 'D6222-26'],
      source: 'D6222-26 as in force before décret n° 2018-1347 du 28 décembre 2018 (consolidated copies of the article published on Légifrance; the decree was not read)',
      verified: false,
    },
    {
      validFrom: '2019-01-01',
      validTo: null,
      value: { bandsUpTo: [18, 21, 26], firstBandFrom: 16, rates: [['0.27', '0.39', '0.55'], ['0.43', '0.51', '0.67'], ['0.53', '0.61', '0.78'], ['1', '1', '1']] },
      articles: ['L6222-27', 'D6222-26'],
      source: 'D6222-26 as amended by décret n° 2018-1347 du 28 décembre 2018 (contracts concluded from 2019-01-01; consolidated article on Légifrance and service-public.fr; the decree was not read)',
      verified: false,
    },
  ],
});

/**
 * From which age the share applies to the conventional minimum of the job when it is higher than the SMIC.
 * Read on the PAY date: décret 2016-510 restored the comparison (lost in the 2008 recodification) from
 * 2016-07-01; the 2019 grid keeps it from 21 (26+ at 100 %). null = SMIC only.
 */
export const APPRENTICE_CONVENTIONAL_FROM_AGE = defineParameter<number | null>({
  id: 'apprenticeship.min_pay.conventional_from_age',
  description: 'apprentice pay: age from which the conventional minimum is compared',
  unit: 'years',
  versions: [
    { validFrom: '2014-01-01', validTo: '2016-07-01', value: null, articles: ['D6222-26'], source: 'D6222-26 as recodified in 2008 (SMIC only; public consolidated copies)', verified: false },
    { validFrom: '2016-07-01', validTo: null, value: 21, articles: ['D6222-26'], source: 'D6222-26 as amended by décret 2016-510 du 25 avril 2016 (from 2016-07-01), kept by décret 2018-1347 (public consolidated copies)', verified: false },
  ],
});

/** The article that moves the band on the 1st of the month after the birthday (by conclusion date). */
export const APPRENTICE_BAND_CHANGE = defineParameter<'first-of-month-after-birthday'>({
  id: 'apprenticeship.min_pay.band_change',
  description: 'apprentice pay: date the age band changes',
  unit: 'rule',
  versions: [
    { validFrom: '2014-01-01', validTo: '2020-04-01', value: 'first-of-month-after-birthday', articles: ['D6222-34'], source: 'D6222-34 (renumbered D6222-31 by décret 2020-373; public consolidated copies)', verified: false },
    { validFrom: '2020-04-01', validTo: null, value: 'first-of-month-after-birthday', articles: ['D6222-31'], source: 'D6222-31 as amended by décret 2020-373 du 30 mars 2020 (contracts concluded from 2020-04-01; public consolidated copy)', verified: false },
  ],
});

/**
 * Special cases (contracts concluded from 2020-04-01, décret 2020-373): prolongation paid at the last year's
 * rate (D6222-28); a contract shorter than the cycle paid as if the earlier years were done (D6222-28-1);
 * a new contract after a diploma at least at the last year of the previous one (D6222-29); +15 points for a
 * contract of a year or less at the same level (D6222-30), the increases never above 100 % of the SMIC
 * (D6222-31 al. 2); a licence professionnelle at the 2nd-year rate (D6222-32).
 */
export const APPRENTICE_SPECIAL_CASES = defineParameter<{ sameLevelPoints: string; increaseCapShare: string; sameLevelMaxMonths: number; licenceProYear: number }>({
  id: 'apprenticeship.min_pay.special_cases',
  description: 'apprentice pay special cases (D6222-28 to D6222-32)',
  unit: 'rule',
  versions: [
    {
      validFrom: '2020-04-01',
      validTo: null,
      value: { sameLevelPoints: '0.15', increaseCapShare: '1', sameLevelMaxMonths: 12, licenceProYear: 2 },
      articles: ['D6222-28', 'D6222-28-1', 'D6222-29', 'D6222-30', 'D6222-31', 'D6222-32'],
      source: 'D6222-28 to D6222-32 as amended by décret 2020-373 du 30 mars 2020 (contracts concluded from 2020-04-01; consolidated articles on Légifrance and code.travail.gouv.fr; the decree was not read)',
      verified: false,
    },
  ],
});

/** The youngest age an apprenticeship contract is open to: 16, or 15 after the collège (L6222-1). */
export const APPRENTICE_MIN_AGE = defineParameter<number>({
  id: 'apprenticeship.min_age',
  description: 'apprentice minimum age',
  unit: 'years',
  versions: [{ validFrom: '2014-01-01', validTo: null, value: 15, articles: ['L6222-1'], source: 'Légifrance, Code du travail, L6222-1 (2017 version; unchanged on this point in 2019)', verified: true, note: '16 in general, 15 for a young person who has completed the first cycle of secondary education' }],
});

/**
 * Ages at the START of the apprenticeship (L6222-1): 16 in general, 15 after the first cycle of secondary
 * education (collège); at most 25 (until 2018) then 29 révolus (contracts from 2019-01-01, loi 2018-771
 * art. 13), unless one of the cases of L6222-2 applies (recognised disabled worker, business creation or
 * takeover project, high-level athlete, a contract following a previous one towards a higher diploma, a
 * previous contract broken for reasons beyond the apprentice's control). `maximum` is the last age in
 * whole years that is eligible.
 */
export const APPRENTICE_ELIGIBILITY_AGES = defineParameter<{ minimum: number; minimumAfterCollege: number; maximum: number }>({
  id: 'apprenticeship.eligibility.ages',
  description: 'apprenticeship eligibility ages (at the start)',
  unit: 'years',
  versions: [
    {
      validFrom: '2014-01-01',
      validTo: '2019-01-01',
      value: { minimum: 16, minimumAfterCollege: 15, maximum: 25 },
      articles: ['L6222-1', 'L6222-2'],
      source: 'Légifrance, Code du travail, L6222-1 and L6222-2 as in force on 29 January 2017 ("de seize ans au moins à vingt-cinq ans au début de l\'apprentissage")',
      verified: true,
      note: 'regions experimenting from 2017 could go up to 30 (loi 2016-1088 art. 77): not modelled',
    },
    {
      validFrom: '2019-01-01',
      validTo: null,
      value: { minimum: 16, minimumAfterCollege: 15, maximum: 29 },
      articles: ['L6222-1', 'L6222-2'],
      source: 'L6222-1 as amended by loi n° 2018-771 du 5 septembre 2018, art. 13 ("vingt-neuf ans révolus"; consolidated article on Légifrance; the 2019 text is not among the texts held)',
      verified: false,
    },
  ],
});

/**
 * Length of an apprenticeship contract (of the apprenticeship period of a CDI), by the conclusion date:
 * one to three years, six months to one year in the derogations of L6222-9 (until 2018); six months to
 * three years (L6222-7-1 as amended by loi 2018-771, contracts from 2019-01-01). A prolongation after an
 * exam failure adds up to a year (L6222-11). A disabled apprentice's contract may last up to 4 years.
 */
export const APPRENTICE_DURATION = defineParameter<{ minMonths: number; minMonthsDerogation: number; maxMonths: number; maxMonthsDisabled: number; prolongationMaxMonths: number }>({
  id: 'apprenticeship.duration',
  description: 'apprenticeship contract length (by conclusion date)',
  unit: 'months',
  versions: [
    {
      validFrom: '2014-01-01',
      validTo: '2019-01-01',
      value: { minMonths: 12, minMonthsDerogation: 6, maxMonths: 36, maxMonthsDisabled: 48, prolongationMaxMonths: 12 },
      articles: ['L6222-7-1', 'L6222-9', 'L6222-11'],
      source: 'Légifrance, Code du travail, L6222-7-1 ("entre un et trois ans"), L6222-9 ("entre six mois et un an") and L6222-11 (prolongation "d\'un an au plus") as in force on 29 January 2017; 4 years for a disabled apprentice: public consolidated copies (not among the texts held)',
      verified: false,
      note: 'the 1 to 3 years and 6 months to 1 year were read in the 2017 text; the 4 years of a disabled apprentice were not',
    },
    {
      validFrom: '2019-01-01',
      validTo: null,
      value: { minMonths: 6, minMonthsDerogation: 6, maxMonths: 36, maxMonthsDisabled: 48, prolongationMaxMonths: 12 },
      articles: ['L6222-7-1', 'L6222-11'],
      source: 'L6222-7-1 as amended by loi n° 2018-771 du 5 septembre 2018, art. 13 ("de six mois à trois ans"; L6222-11 prolongation of a year at most; consolidated articles on Légifrance; the 2019 text is not among the texts held)',
      verified: false,
    },
  ],
});
