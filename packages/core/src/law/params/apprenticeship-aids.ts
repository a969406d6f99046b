/**
 * What an employer of an apprentice receives and pays besides the salary, by the date the contract was
 * CONCLUDED: the aide unique (L6243-1, D6243-2), the exceptional aids of the recovery plan and after, and the
 * employer's participation in the training cost (L6332-14 as amended by loi 2025-127). These rest on decrees
 * read only in public summaries: every version is flagged unverified. `validTo` is exclusive. A conclusion date
 * outside the versions held is #N/A; the cost schedule turns it into a warning, never a silent zero.
 * Amounts in euros, decimal strings; `levels` are the RNCP levels of the diploma prepared.
 */
import { defineParameter } from '../store.js';

export interface AidUnique {
  /** Employers with FEWER employees than this (250). */
  headcountBelow: number;
  /** Diploma prepared at most at this level (4 = bac). */
  maxLevel: number;
  /** Amount for each year of execution of the contract (year 1, 2, 3). */
  years: string[];
  /** Amount for year 1 when the apprentice is a recognised disabled worker, if the decree sets one. */
  disabledFirstYear?: string;
}

/** Aide unique aux employeurs d'apprentis (L6243-1, D6243-2). */
export const APP_AID_UNIQUE = defineParameter<AidUnique>({
  id: 'apprenticeship.aid.unique',
  description: 'aide unique to employers of apprentices',
  unit: 'EUR',
  versions: [
    { validFrom: '2019-01-01', validTo: '2023-01-01', value: { headcountBelow: 250, maxLevel: 4, years: ['4125', '2000', '1200'] }, articles: ['L6243-1', 'D6243-2'], source: 'décret n° 2018-1348 du 28 décembre 2018 (D6243-2), as summarised by service-public.fr; the decree was not read', verified: false },
    { validFrom: '2023-01-01', validTo: '2025-02-24', value: { headcountBelow: 250, maxLevel: 4, years: ['6000'] }, articles: ['L6243-1', 'D6243-2'], source: 'décret n° 2022-1714 du 29 décembre 2022 (first year only), as summarised by service-public.fr; the decree was not read', verified: false },
    { validFrom: '2025-02-24', validTo: '2026-01-01', value: { headcountBelow: 250, maxLevel: 4, years: ['5000'], disabledFirstYear: '6000' }, articles: ['L6243-1', 'D6243-2'], source: 'décret n° 2025-174 du 22 février 2025 (contracts concluded from 2025-02-24), as summarised by DREETS Occitanie and service-public.fr; the decree was not read', verified: false },
  ],
  afterLast: {
    en: 'the amounts of the aide unique for contracts concluded from 2026-01-01 are not held',
    fr: "les montants de l'aide unique pour les contrats conclus depuis le 01/01/2026 ne sont pas connus",
  },
});

export interface AidExceptional {
  /** Diploma prepared at most at this level (7 = master). */
  maxLevel: number;
  /** First-year amount for an apprentice under 18 / 18 or more at the start (2020–2022 only). */
  under18?: string;
  adult?: string;
  adultFrom?: number;
  /** First-year amount by employer size (under 250 / 250 or more). */
  below250?: string;
  from250?: string;
  disabled?: string;
  /** Employers of 250 or more get it only with the alternance quota commitment. */
  largeNeedQuota: boolean;
}

/** Exceptional aid for the first year (décrets 2020-1085 and later, 2022-1714, 2025-174); null where none was in force. */
export const APP_AID_EXCEPTIONAL = defineParameter<AidExceptional | null>({
  id: 'apprenticeship.aid.exceptional',
  description: 'exceptional aid to employers of apprentices (first year)',
  unit: 'EUR',
  versions: [
    { validFrom: '2019-01-01', validTo: '2020-07-01', value: null, articles: ['L6243-1'], source: 'no exceptional aid before décret n° 2020-1085 du 24 août 2020 (contracts from 2020-07-01), as summarised by service-public.fr', verified: false },
    { validFrom: '2020-07-01', validTo: '2023-01-01', value: { maxLevel: 7, under18: '5000', adult: '8000', adultFrom: 18, largeNeedQuota: true }, articles: ['L6243-1'], source: 'décret n° 2020-1085 du 24 août 2020, extended by later decrees to contracts concluded until 2022-12-31, as summarised by service-public.fr; the decrees were not read', verified: false },
    { validFrom: '2023-01-01', validTo: '2025-01-01', value: { maxLevel: 7, below250: '6000', from250: '6000', largeNeedQuota: true }, articles: ['L6243-1'], source: 'décret n° 2022-1714 du 29 décembre 2022 (contracts concluded 2023-01-01 to 2024-12-31), as summarised by service-public.fr; the decree was not read', verified: false },
    { validFrom: '2025-01-01', validTo: '2025-02-24', value: null, articles: ['L6243-1'], source: 'décret n° 2025-174 du 22 février 2025: no exceptional aid for contracts concluded 2025-01-01 to 2025-02-23 (only the aide unique), as summarised by fesp.fr and CFA publications; the decree was not read', verified: false },
    { validFrom: '2025-02-24', validTo: '2026-01-01', value: { maxLevel: 7, below250: '5000', from250: '2000', disabled: '6000', largeNeedQuota: true }, articles: ['L6243-1'], source: 'décret n° 2025-174 du 22 février 2025 (contracts concluded 2025-02-24 to 2025-12-31), as summarised by DREETS Occitanie and service-public.fr; the decree was not read', verified: false },
  ],
  afterLast: {
    en: 'whether an exceptional aid applies to contracts concluded from 2026-01-01 is not held',
    fr: "l'existence d'une aide exceptionnelle pour les contrats conclus depuis le 01/01/2026 n'est pas connue",
  },
});

/** Employer's participation in the training cost of an apprenticeship at level 6 or more (L6332-14 I 1°, R6332-25-1). */
export const APP_EMPLOYER_PARTICIPATION = defineParameter<{ amount: string; minLevel: number; invoicedAfterDays: number } | null>({
  id: 'apprenticeship.employer_participation',
  description: "employer's participation in an apprentice's training cost",
  unit: 'EUR',
  versions: [
    { validFrom: '2019-01-01', validTo: '2025-07-01', value: null, articles: ['L6332-14'], source: 'L6332-14 before loi n° 2025-127 du 14 février 2025: the OPCO pays the whole funding level, no participation', verified: false },
    { validFrom: '2025-07-01', validTo: null, value: { amount: '750', minLevel: 6, invoicedAfterDays: 45 }, articles: ['L6332-14', 'R6332-25-1'], source: 'loi n° 2025-127 du 14 février 2025 (L6332-14) and décret n° 2025-585 du 27 juin 2025 (R6332-25-1, R6332-25-2: contracts concluded from 2025-07-01, invoiced by the CFA after the first 45 days of practical training), as summarised by efl.fr and the ministry of labour; the texts were not read', verified: false },
  ],
});
