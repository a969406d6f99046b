/**
 * SMIC, metropolitan France and the DROM except Mayotte (L3231-2, set by decree or arrêté). The law sets an hourly rate;
 * the published monthly figure is hourly × 35 × 52 / 12 (151 2/3 h) rounded to the cent, derived in
 * `law/smic.ts`, not stored, and checked against the published values in the tests.
 */
import { defineParameter } from '../store.js';

const SMIC_ARTICLES = ['L3231-2', 'L3231-4'];

export const SMIC_HOURLY = defineParameter<string>({
  id: 'smic.hourly',
  description: 'SMIC hourly gross rate',
  unit: 'EUR/h',
  // Revalued every 1 January at the latest (L3231-5): nothing is known past the end of 2026.
  knownThrough: '2026-12-31',
  versions: [
    { validFrom: '2017-01-01', validTo: '2018-01-01', value: '9.76', articles: SMIC_ARTICLES, source: 'Décret n° 2016-1818 du 22 décembre 2016', verified: true },
    { validFrom: '2018-01-01', validTo: '2019-01-01', value: '9.88', articles: SMIC_ARTICLES, source: 'Décret n° 2017-1719 du 20 décembre 2017', verified: true },
    { validFrom: '2019-01-01', validTo: '2020-01-01', value: '10.03', articles: SMIC_ARTICLES, source: 'Décret n° 2018-1173 du 19 décembre 2018', verified: true },
    { validFrom: '2020-01-01', validTo: '2021-01-01', value: '10.15', articles: SMIC_ARTICLES, source: 'Décret n° 2019-1387 du 18 décembre 2019', verified: true },
    { validFrom: '2021-01-01', validTo: '2021-10-01', value: '10.25', articles: SMIC_ARTICLES, source: 'Décret n° 2020-1598 du 16 décembre 2020', verified: true },
    { validFrom: '2021-10-01', validTo: '2022-01-01', value: '10.48', articles: SMIC_ARTICLES, source: 'Arrêté du 27 septembre 2021 (automatic revaluation, L3231-5)', verified: true },
    { validFrom: '2022-01-01', validTo: '2022-05-01', value: '10.57', articles: SMIC_ARTICLES, source: 'Décret n° 2021-1741 du 22 décembre 2021', verified: true },
    { validFrom: '2022-05-01', validTo: '2022-08-01', value: '10.85', articles: SMIC_ARTICLES, source: 'Arrêté du 19 mai 2022 (automatic revaluation, L3231-5)', verified: true },
    { validFrom: '2022-08-01', validTo: '2023-01-01', value: '11.07', articles: SMIC_ARTICLES, source: 'Arrêté du 29 juillet 2022 (automatic revaluation, L3231-5)', verified: true },
    { validFrom: '2023-01-01', validTo: '2023-05-01', value: '11.27', articles: SMIC_ARTICLES, source: 'Décret n° 2022-1608 du 22 décembre 2022', verified: true },
    { validFrom: '2023-05-01', validTo: '2024-01-01', value: '11.52', articles: SMIC_ARTICLES, source: 'Arrêté du 26 avril 2023 (automatic revaluation, L3231-5)', verified: true },
    { validFrom: '2024-01-01', validTo: '2024-11-01', value: '11.65', articles: SMIC_ARTICLES, source: 'Décret du 20 décembre 2023; service-public.fr (1,766.92 €)', verified: true },
    { validFrom: '2024-11-01', validTo: '2026-01-01', value: '11.88', articles: SMIC_ARTICLES, source: 'Décret n° 2024-951 du 23 octobre 2024 (no revaluation on 1 January 2025)', verified: true },
    { validFrom: '2026-01-01', validTo: '2026-06-01', value: '12.02', articles: SMIC_ARTICLES, source: 'Décret n° 2025-1228 du 17 décembre 2025', verified: true },
    { validFrom: '2026-06-01', validTo: null, value: '12.31', articles: SMIC_ARTICLES, source: 'Arrêté du 22 mai 2026, as held by the OpenFisca-France parameters (not cross-checked against the Journal officiel)', verified: false, note: 'UNVERIFIED until checked against the arrêté' },
  ],
});

/**
 * SMIC in Mayotte: its own hourly rate, set by the same decrees and arrêtés as the national one and
 * converging on it. None of these values was read in a primary text (none was checked against the decree): all are flagged
 * unverified (secondary sources: public SMIC tables; 2022-01-01 and 2025-01-01 cross-checked in two public
 * codebases). Nothing is held after 2025: a later date gets the last value with a warning.
 */
const M = (validFrom: string, validTo: string | null, value: string, source: string) => ({ validFrom, validTo, value, articles: SMIC_ARTICLES, source: `${source}, Mayotte rate as published in public SMIC tables (the text was not read)`, verified: false });
export const SMIC_HOURLY_MAYOTTE = defineParameter<string>({
  id: 'smic.hourly.mayotte',
  description: 'SMIC hourly gross rate in Mayotte',
  unit: 'EUR/h',
  knownThrough: '2025-12-31',
  versions: [
    M('2019-01-01', '2020-01-01', '7.57', 'Décret n° 2018-1173 du 19 décembre 2018'),
    M('2020-01-01', '2021-01-01', '7.66', 'Décret n° 2019-1387 du 18 décembre 2019'),
    M('2021-01-01', '2021-10-01', '7.74', 'Décret n° 2020-1598 du 16 décembre 2020'),
    M('2021-10-01', '2022-01-01', '7.91', 'Arrêté du 27 septembre 2021'),
    M('2022-01-01', '2022-05-01', '7.98', 'Décret n° 2021-1741 du 22 décembre 2021'),
    M('2022-05-01', '2022-08-01', '8.19', 'Arrêté du 19 mai 2022'),
    M('2022-08-01', '2023-01-01', '8.35', 'Arrêté du 29 juillet 2022'),
    M('2023-01-01', '2023-05-01', '8.51', 'Décret n° 2022-1608 du 22 décembre 2022'),
    M('2023-05-01', '2024-01-01', '8.70', 'Arrêté du 26 avril 2023'),
    M('2024-01-01', '2024-11-01', '8.80', 'Décret du 20 décembre 2023'),
    M('2024-11-01', '2025-01-01', '8.98', 'Décret n° 2024-951 du 23 octobre 2024'),
    M('2025-01-01', null, '9.33', 'Décret of December 2024 (number not checked)'),
  ],
});
