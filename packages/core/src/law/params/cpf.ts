/**
 * Compte personnel de formation: euros since 2019 (L6323-11, R6323-1, R6323-3-1, D6323-3-3), hours
 * 2015–2018 (L6323-11 and L6323-11-1 old versions, R6323-1 2015: secondary sources only), the 2019
 * conversion, the abondement correctif (L6323-13, R6323-3) and the participation forfaitaire (L6323-4).
 */
import { defineParameter } from '../store.js';

const LD = 'Légifrance, consolidated article versions';

export const CPF_EUROS = defineParameter<{ annual: string; ceiling: string; lowQualAnnual: string; lowQualCeiling: string; halfThreshold: string; referenceHours: number }>({
  id: 'cpf.euros',
  description: 'CPF accrual in euros',
  unit: 'EUR',
  versions: [
    { validFrom: '2019-01-01', validTo: null, value: { annual: '500', ceiling: '5000', lowQualAnnual: '800', lowQualCeiling: '8000', halfThreshold: '0.5', referenceHours: 1607 }, articles: ['L6323-11', 'R6323-1', 'R6323-3-1'], source: `R6323-1 version 2.0, R6323-3-1 (${LD})`, verified: true },
  ],
});

export const CPF_OETH_EXTRA = defineParameter<{ extra: string; ceiling: string }>({
  id: 'cpf.oeth',
  description: 'CPF extra for OETH beneficiaries',
  unit: 'EUR',
  versions: [{ validFrom: '2019-06-09', validTo: null, value: { extra: '300', ceiling: '8000' }, articles: ['L6323-11', 'D6323-3-3'], source: `D6323-3-3 (${LD})`, verified: true }],
});

export const CPF_HOURS = defineParameter<{ rate: number; threshold: number; rateAfter: number; ceiling: number; referenceHours: number }>({
  id: 'cpf.hours',
  description: 'CPF accrual in hours (2015–2018)',
  unit: 'hours',
  versions: [{ validFrom: '2015-01-01', validTo: '2019-01-01', value: { rate: 24, threshold: 120, rateAfter: 12, ceiling: 150, referenceHours: 1607 }, articles: ['L6323-11', 'R6323-1'], source: 'L6323-11 (2017 version, lexbase full text) and R6323-1 (2015, quoted by a KALI agreement): secondary sources', verified: false }],
});

export const CPF_HOURS_LOW_QUALIFICATION = defineParameter<{ rate: number; ceiling: number }>({
  id: 'cpf.hours.low_qualification',
  description: 'CPF hours for employees without a level V qualification (2017–2018)',
  unit: 'hours',
  versions: [{ validFrom: '2017-01-01', validTo: '2019-01-01', value: { rate: 48, ceiling: 400 }, articles: ['L6323-11-1'], source: 'L6323-11-1 version 1.0 (three public secondary sources agree; the text of the article was not read)', verified: false }],
});

export const CPF_CONVERSION = defineParameter<string>({
  id: 'cpf.hours_to_euros',
  description: 'CPF hours to euros conversion',
  unit: 'EUR/h',
  // Set by décret 2018-1153 du 14 décembre 2018 (not codified); D6323-44 is a different rule (public-sector hours).
  versions: [{ validFrom: '2019-01-01', validTo: null, value: '15', articles: ['décret 2018-1153'], source: 'décret 2018-1153 du 14 décembre 2018, art. 1 (as summarised in the Journal officiel notice; the decree text was not read)', verified: false }],
});

/**
 * Abondement correctif (L6323-13, R6323-3). The period of the recapitulative review (6 years, 8 from 2026-02-01,
 * L6315-1 II) is not held: the review date is the user's input, so no code would read it.
 */
export const CPF_ABONDEMENT = defineParameter<{ amount: string; headcount: number; penaltyShare: string }>({
  id: 'cpf.abondement_correctif',
  description: 'CPF abondement correctif',
  unit: 'EUR',
  versions: [
    { validFrom: '2019-01-01', validTo: '2026-02-01', value: { amount: '3000', headcount: 50, penaltyShare: '1' }, articles: ['L6315-1', 'L6323-13', 'R6323-3'], source: `R6323-3 versions 3.0–6.0 (${LD} 2.229.0)`, verified: true },
    // L6323-13 changes again on 2026-09-01 and that version is not held: closed here, so a later date is
    // #N/A saying so instead of the old amount applied silently (see afterLast).
    { validFrom: '2026-02-01', validTo: '2026-09-01', value: { amount: '3000', headcount: 50, penaltyShare: '1' }, articles: ['L6315-1', 'L6323-13', 'R6323-3'], source: `R6323-3 version 7.0, L6323-13 (loi 2025-989) (${LD} 2.513.0)`, verified: true },
  ],
  afterLast: {
    en: 'L6323-13 is amended from 2026-09-01 and the law store does not hold the new text: the abondement correctif after that date is not computed',
    fr: "L6323-13 est modifié à compter du 01/09/2026 et le nouveau texte n'est pas connu : l'abondement correctif après cette date n'est pas calculé",
  },
});

export const CPF_PARTICIPATION = defineParameter<string>({
  id: 'cpf.participation_forfaitaire',
  description: 'CPF participation forfaitaire of the account holder',
  unit: 'EUR',
  versions: [
    { validFrom: '2019-01-01', validTo: '2024-05-02', value: '0', articles: ['L6323-4'], source: 'no participation before décret 2024-394', verified: true },
    { validFrom: '2024-05-02', validTo: '2025-01-01', value: '100', articles: ['L6323-4', 'L6323-7', 'R6323-6-1'], source: 'décret 2024-394 du 29 avril 2024', verified: true },
    { validFrom: '2025-01-01', validTo: '2026-01-01', value: '102.23', articles: ['L6323-4', 'R6323-6-1'], source: 'arrêté du 26 décembre 2024 (as announced on service-public.fr; the arrêté was not read)', verified: false },
    { validFrom: '2026-01-01', validTo: null, value: '103.20', articles: ['L6323-4', 'R6323-6-1'], source: 'arrêté du 30 décembre 2025 (as reported by public secondary sources; the arrêté was not read)', verified: false },
  ],
});
