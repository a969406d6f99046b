/**
 * Employer and self-employed training contributions (L6331-1 to L6331-69) and the headcount rules of
 * L130-1 / R130-1 CSS. Rates are decimal shares ("0.0055" = 0.55 %).
 */
import { defineParameter } from '../store.js';

const LD = '@socialgouv/legi-data article versions (rules.md §0.1)';

type Rate = { rate: string; articles: string[]; base: 'payroll' | 'pss' | 'turnover' };

/** Rates on the payroll, the same in both versions below. */
const PAYROLL_RATES: Record<string, Rate> = {
  under11: { rate: '0.0055', articles: ['L6331-1'], base: 'payroll' },
  from11: { rate: '0.01', articles: ['L6331-3'], base: 'payroll' },
  ett: { rate: '0.013', articles: ['L6331-5'], base: 'payroll' },
  particulier: { rate: '0.0015', articles: ['L6331-57'], base: 'payroll' },
  intermittents: { rate: '0.02', articles: ['L6331-55', 'L6331-56'], base: 'payroll' },
  artiste_auteur: { rate: '0.0035', articles: ['L6331-65'], base: 'payroll' },
  diffuseur: { rate: '0.001', articles: ['L6331-65'], base: 'payroll' },
};

export const CONTRIBUTION_RATES = defineParameter<Record<string, Rate>>({
  id: 'contributions.rates',
  description: 'training contribution rates',
  unit: 'rate',
  versions: [
    {
      validFrom: '2016-01-01',
      validTo: '2023-01-01',
      value: {
        ...PAYROLL_RATES,
      },
      articles: ['L6331-1', 'L6331-3'],
      source: 'openfisca-france contribution_unique_formation (0.55 % / 1 % since 2016); other rates as in the 2024 text, earlier wording UNVERIFIED',
      verified: false,
    },
    {
      validFrom: '2023-01-01',
      validTo: null,
      value: {
        ...PAYROLL_RATES,
        self_employed: { rate: '0.0025', articles: ['L6331-48'], base: 'pss' },
        self_employed_conjoint: { rate: '0.0034', articles: ['L6331-48'], base: 'pss' },
        artisan: { rate: '0.0029', articles: ['L6331-48'], base: 'pss' },
        micro_sales: { rate: '0.001', articles: ['L6331-48'], base: 'turnover' },
        micro_services: { rate: '0.002', articles: ['L6331-48'], base: 'turnover' },
        micro_artisan: { rate: '0.003', articles: ['L6331-48'], base: 'turnover' },
        fishing: { rate: '0.0015', articles: ['L6331-53'], base: 'pss' },
      },
      articles: ['L6331-1', 'L6331-3'],
      source: `Code du travail as in force 16 April 2024 (seed 002; L6331-1/-3/-5 from ${LD})`,
      verified: true,
    },
  ],
});

/** The employer-size threshold of L6331-1 / L6331-3. */
export const CONTRIBUTION_THRESHOLD = defineParameter<number>({
  id: 'contributions.threshold',
  description: 'training contribution headcount threshold',
  unit: 'count',
  versions: [{ validFrom: '2016-01-01', validTo: null, value: 11, articles: ['L6331-1', 'L6331-3'], source: `${LD}`, verified: true }],
});

/** ETT conventional contribution line, kept separate (rules.md A20). */
export const ETT_CONVENTIONAL = defineParameter<string>({
  id: 'contributions.ett_conventional',
  description: 'ETT conventional contribution',
  unit: 'rate',
  versions: [{ validFrom: '2019-01-01', validTo: null, value: '0.003', articles: ['L6331-69'], source: 'L6331-69 (seed 002); relation with L6331-5 unsettled (rules.md A20)', verified: false }],
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
  versions: [{ validFrom: '2020-01-01', validTo: null, value: { consecutiveYears: 5, decimals: 2 }, articles: ['L130-1 CSS', 'R130-1 CSS'], source: 'L130-1 and R130-1 CSS (loi 2019-486 PACTE; legi-data CSS)', verified: true }],
});
