/**
 * Employer and self-employed training contributions (L6331-1 to L6331-69) and the headcount rules of
 * L130-1 / R130-1 CSS. Rates are decimal shares ("0.0055" = 0.55 %).
 */
import { defineParameter } from '../store.js';

const LD = 'Légifrance, consolidated article versions';

type Rate = { rate: string; articles: string[]; base: 'payroll' | 'pss' | 'turnover' };

/**
 * Rates on the payroll. The under-11 rate is L6331-2 in the 2015–2018 numbering and L6331-1 since 2019; ETT
 * (temporary-work companies) pay 1.30 % only as employers of 11 and more (L6331-5 raises the rate of
 * L6331-3); under 11 they pay the under-11 rate (decision "ett-under-11").
 */
const PAYROLL_RATES: Record<string, Rate> = {
  under11: { rate: '0.0055', articles: ['L6331-1'], base: 'payroll' },
  from11: { rate: '0.01', articles: ['L6331-3'], base: 'payroll' },
  ett_from11: { rate: '0.013', articles: ['L6331-5'], base: 'payroll' },
  particulier: { rate: '0.0015', articles: ['L6331-57'], base: 'payroll' },
  intermittents: { rate: '0.02', articles: ['L6331-55', 'L6331-56'], base: 'payroll' },
  artiste_auteur: { rate: '0.0035', articles: ['L6331-65'], base: 'payroll' },
  diffuseur: { rate: '0.001', articles: ['L6331-65'], base: 'payroll' },
};

/** Self-employed and micro-entrepreneurs (L6331-48): the same rates before and after ordonnance 2021-1189. */
const SELF_EMPLOYED_RATES: Record<string, Rate> = {
  self_employed: { rate: '0.0025', articles: ['L6331-48'], base: 'pss' },
  self_employed_conjoint: { rate: '0.0034', articles: ['L6331-48'], base: 'pss' },
  micro_sales: { rate: '0.001', articles: ['L6331-48'], base: 'turnover' },
  micro_services: { rate: '0.002', articles: ['L6331-48'], base: 'turnover' },
  micro_artisan: { rate: '0.003', articles: ['L6331-48'], base: 'turnover' },
};

const PRE_2019 = { ...PAYROLL_RATES, under11: { ...PAYROLL_RATES.under11, articles: ['L6331-2'] }, ...SELF_EMPLOYED_RATES };
const FISHING: Record<string, Rate> = { fishing: { rate: '0.0015', articles: ['L6331-53'], base: 'pss' } };
const PRE_2023_SOURCE = 'L6331-48 before ordonnance 2021-1189 (0.25 % / 0.34 % of the PSS; micro-entrepreneurs 0.1 / 0.2 / 0.3 % of turnover): secondary sources, earlier wording not read';

export const CONTRIBUTION_RATES = defineParameter<Record<string, Rate>>({
  id: 'contributions.rates',
  description: 'training contribution rates',
  unit: 'rate',
  versions: [
    {
      validFrom: '2015-01-01',
      validTo: '2019-01-01',
      value: PRE_2019,
      articles: ['L6331-2', 'L6331-3'],
      source: `loi 2014-288 (contributions from 2015; openfisca-france contribution_unique_formation: 0.55 % / 1 %); ETT 1.30 % at 11 and more since 2015 (2015–2018 article numbering not read); ${PRE_2023_SOURCE}`,
      verified: false,
    },
    {
      validFrom: '2019-01-01',
      validTo: '2022-09-01',
      value: { ...PAYROLL_RATES, ...SELF_EMPLOYED_RATES },
      articles: ['L6331-1', 'L6331-3'],
      source: `loi 2018-771 (L6331-1/-3/-5 from ${LD}); ${PRE_2023_SOURCE}`,
      verified: false,
    },
    {
      validFrom: '2022-09-01',
      validTo: '2023-01-01',
      value: { ...PAYROLL_RATES, ...SELF_EMPLOYED_RATES, ...FISHING },
      articles: ['L6331-1', 'L6331-3', 'L6331-53'],
      source: `L6331-53 in this form from 2022-09-01 (${LD}); ${PRE_2023_SOURCE}`,
      verified: false,
    },
    {
      validFrom: '2023-01-01',
      validTo: null,
      value: {
        ...PAYROLL_RATES,
        ...SELF_EMPLOYED_RATES,
        artisan: { rate: '0.0029', articles: ['L6331-48'], base: 'pss' },
        ...FISHING,
      },
      articles: ['L6331-1', 'L6331-3'],
      source: `Code du travail as in force 16 April 2024 (L6331-1/-3/-5: ${LD})`,
      verified: true,
    },
  ],
});

/** The employer-size threshold of L6331-1 / L6331-3. */
export const CONTRIBUTION_THRESHOLD = defineParameter<number>({
  id: 'contributions.threshold',
  description: 'training contribution headcount threshold',
  unit: 'count',
  versions: [
    { validFrom: '2015-01-01', validTo: '2016-01-01', value: 11, articles: ['L6331-2', 'L6331-9'], source: '"moins de onze salariés" since loi 2014-288 (secondary sources; 2015 text not read)', verified: false },
    { validFrom: '2016-01-01', validTo: null, value: 11, articles: ['L6331-1', 'L6331-3'], source: `${LD}`, verified: true },
  ],
});

/** ETT conventional contribution line, kept separate from the legal 1.30 % (decision "ett-conventional-line"). */
export const ETT_CONVENTIONAL = defineParameter<string>({
  id: 'contributions.ett_conventional',
  description: 'ETT conventional contribution',
  unit: 'rate',
  // L6331-69 exists from 2022-01-01 (ordonnance 2021-797); before, the ETT has the legal line only.
  versions: [{ validFrom: '2022-01-01', validTo: null, value: '0.003', articles: ['L6331-69'], source: 'Légifrance, Code du travail, L6331-69, in force from 2022-01-01 (ordonnance 2021-797); relation with L6331-5 unsettled (decision "ett-conventional-line")', verified: false }],
});

/** CPF-CDD 1 % and whether CDD continued by a CDI / student CDD are excluded (D6331-72). */
export const CPF_CDD = defineParameter<{ rate: string; excludesCddToCdi: boolean; excludesStudents: boolean }>({
  id: 'contributions.cpf_cdd',
  description: 'CPF-CDD contribution',
  unit: 'rate',
  versions: [
    { validFrom: '2019-01-01', validTo: '2022-01-01', value: { rate: '0.01', excludesCddToCdi: true, excludesStudents: true }, articles: ['L6331-6', 'D6331-72'], source: `D6331-72 version 1.0 (${LD} 1.1.13)`, verified: true },
    { validFrom: '2022-01-01', validTo: null, value: { rate: '0.01', excludesCddToCdi: false, excludesStudents: false }, articles: ['L6331-6', 'D6331-72'], source: `D6331-72 version 2.0 (${LD})`, verified: true },
  ],
});

/** Upward threshold crossing counts after 5 consecutive calendar years (L130-1 II CSS). */
export const HEADCOUNT_CROSSING = defineParameter<{ consecutiveYears: number; decimals: number }>({
  id: 'headcount.crossing',
  description: 'headcount threshold crossing',
  unit: 'rule',
  versions: [{ validFrom: '2020-01-01', validTo: null, value: { consecutiveYears: 5, decimals: 2 }, articles: ['L130-1 CSS', 'R130-1 CSS'], source: 'Légifrance, Code de la sécurité sociale, L130-1 and R130-1 (loi 2019-486 PACTE)', verified: true }],
});
