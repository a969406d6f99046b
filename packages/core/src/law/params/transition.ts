/** Projet de transition professionnelle: seniority (D6323-9) and pay (D6323-18-4). */
import { defineParameter } from '../store.js';

const LD = 'Légifrance, consolidated article versions';

/** Waivers of the seniority condition: disabled workers (OETH, L5212-13), re-employed after an economic or inaptitude dismissal, qualifying absence. */
export type PtpWaiver = 'oeth' | 'dismissal' | 'absence';

export const PTP_SENIORITY = defineParameter<{ monthsEmployee: number; monthsInCompany: number; monthsLast5y: number; monthsCddLast12: number; cddWindowMonths: number; waivers: PtpWaiver[] }>({
  id: 'ptp.seniority',
  description: 'projet de transition professionnelle seniority',
  unit: 'months',
  versions: [
    { validFrom: '2019-01-01', validTo: '2022-03-31', value: { monthsEmployee: 24, monthsInCompany: 12, monthsLast5y: 24, monthsCddLast12: 4, cddWindowMonths: 12, waivers: ['oeth', 'dismissal'] }, articles: ['L6323-17-2', 'D6323-9'], source: `D6323-9 version 1.0 (décret 2018-1339; ${LD}): OETH and dismissal waivers since 2019 (secondary summaries of the decree); the absence waiver came with version 2.0`, verified: false },
    { validFrom: '2022-03-31', validTo: null, value: { monthsEmployee: 24, monthsInCompany: 12, monthsLast5y: 24, monthsCddLast12: 4, cddWindowMonths: 12, waivers: ['oeth', 'dismissal', 'absence'] }, articles: ['L6323-17-2', 'D6323-9'], source: 'D6323-9 version 2.0 (Légifrance)', verified: true },
  ],
});

export const PTP_PAY = defineParameter<{ smicMultiple: string; fullShare: string; firstYearShare: string; laterShare: string; firstYearMonths: number; firstYearHours: number }>({
  id: 'ptp.pay',
  description: 'projet de transition professionnelle pay',
  unit: 'rate',
  versions: [{ validFrom: '2019-01-01', validTo: null, value: { smicMultiple: '2', fullShare: '1', firstYearShare: '0.9', laterShare: '0.6', firstYearMonths: 12, firstYearHours: 1200 }, articles: ['L6323-17-5', 'D6323-18-4'], source: `D6323-18-4 version 1.0 (${LD})`, verified: true }],
});
