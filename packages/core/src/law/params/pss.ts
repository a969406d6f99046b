/** Plafond annuel de la sécurité sociale (set each year by arrêté, L241-3 CSS), used by L6331-48 and L6331-53. */
import { defineParameter } from '../store.js';

const A = ['L241-3 CSS', 'L6331-48'];
export const PSS_ANNUAL = defineParameter<string>({
  id: 'pss.annual',
  description: 'plafond annuel de la sécurité sociale',
  unit: 'EUR',
  knownThrough: '2026-12-31',
  versions: [
    { validFrom: '2017-01-01', validTo: '2018-01-01', value: '39228', articles: A, source: 'Arrêté du 5 décembre 2016 (openfisca-france)', verified: true },
    { validFrom: '2018-01-01', validTo: '2019-01-01', value: '39732', articles: A, source: 'Arrêté du 5 décembre 2017 (openfisca-france)', verified: true },
    { validFrom: '2019-01-01', validTo: '2020-01-01', value: '40524', articles: A, source: 'Arrêté du 11 décembre 2018 (openfisca-france)', verified: true },
    { validFrom: '2020-01-01', validTo: '2023-01-01', value: '41136', articles: A, source: 'Arrêtés des 2 décembre 2019, 22 décembre 2020, 15 décembre 2021 (openfisca-france)', verified: true },
    { validFrom: '2023-01-01', validTo: '2024-01-01', value: '43992', articles: A, source: 'Arrêté du 9 décembre 2022 (openfisca-france)', verified: true },
    { validFrom: '2024-01-01', validTo: '2025-01-01', value: '46368', articles: A, source: 'Arrêté du 19 décembre 2023 (openfisca-france)', verified: true },
    { validFrom: '2025-01-01', validTo: '2026-01-01', value: '47100', articles: A, source: 'Arrêté du 19 décembre 2024 (openfisca-france)', verified: true },
    { validFrom: '2026-01-01', validTo: null, value: '48060', articles: A, source: 'Arrêté du 22 décembre 2025 (openfisca-france)', verified: true },
  ],
});
