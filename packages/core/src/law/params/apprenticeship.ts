/**
 * Apprentice minimum pay as shares of the SMIC by age band and year of the contract (D6222-26), and the
 * date the band changes (D6222-27: the 1st of the month after the birthday). Two grids: contracts
 * concluded before 2019 and from 2019-01-01 (décret 2018-1347). The decree texts are not in the seeds:
 * values come from the issue brief and public summaries, so they are flagged unverified.
 */
import { defineParameter } from '../store.js';

export interface ApprenticeGrid {
  /** Upper bounds (exclusive) of the age bands, e.g. [18, 21, 26]; the last band is open. */
  bandsUpTo: number[];
  /** rates[band][year - 1], decimal strings. */
  rates: string[][];
  /** From this band index on, the higher of the SMIC share and the conventional minimum share applies. */
  conventionalFromBand: number | null;
}

export const APPRENTICE_GRID = defineParameter<ApprenticeGrid>({
  id: 'apprenticeship.min_pay.grid',
  description: 'apprentice minimum pay grid',
  unit: 'rate',
  versions: [
    {
      validFrom: '2014-01-01',
      validTo: '2019-01-01',
      value: { bandsUpTo: [18, 21], rates: [['0.25', '0.37', '0.53'], ['0.41', '0.49', '0.65'], ['0.53', '0.61', '0.78']], conventionalFromBand: null },
      articles: ['L6222-27', 'D6222-26'],
      source: 'D6222-26 as in force before décret 2018-1347 (issue brief; decree text not read)',
      verified: false,
    },
    {
      validFrom: '2019-01-01',
      validTo: null,
      value: { bandsUpTo: [18, 21, 26], rates: [['0.27', '0.39', '0.55'], ['0.43', '0.51', '0.67'], ['0.53', '0.61', '0.78'], ['1', '1', '1']], conventionalFromBand: 2 },
      articles: ['L6222-27', 'D6222-26'],
      source: 'D6222-26 as amended by décret 2018-1347 (issue brief; decree text not read)',
      verified: false,
    },
  ],
});


/** The youngest age an apprenticeship contract is open to: 16, or 15 after the collège (L6222-1). */
export const APPRENTICE_MIN_AGE = defineParameter<number>({
  id: 'apprenticeship.min_age',
  description: 'apprentice minimum age',
  unit: 'years',
  versions: [{ validFrom: '2014-01-01', validTo: null, value: 15, articles: ['L6222-1'], source: 'L6222-1 (seed 004, 2017 text; unchanged on this point in 2019)', verified: true, note: '16 in general, 15 for a young person who has completed the first cycle of secondary education' }],
});
