/**
 * OPCO funding of contrats de professionnalisation and of tutors (L6332-14, D6332-86, D6332-92, D6332-93).
 * The pre-2019 OPCA forfaits were not read in an official text, so the store starts in
 * 2019 and earlier dates get #N/A.
 */
import { defineParameter } from '../store.js';

const LD = 'Légifrance, consolidated article versions';

/** Default hourly forfait when the branch sets no level (D6332-86). `geiqPriority`: GEIQ paths get the 15 €/h rate. */
export const OPCO_DEFAULT_FORFAIT = defineParameter<{ standard: string; priority: string; geiqPriority: boolean }>({
  id: 'funding.pro.default_forfait',
  description: 'OPCO default hourly forfait for a contrat de professionnalisation',
  unit: 'EUR/h',
  versions: [
    { validFrom: '2019-01-01', validTo: '2020-10-01', value: { standard: '9.15', priority: '15', geiqPriority: false }, articles: ['L6332-14', 'D6332-86'], source: `D6332-86 version 1.0 (${LD}, 1.1.13)`, verified: true },
    { validFrom: '2020-10-01', validTo: null, value: { standard: '9.15', priority: '15', geiqPriority: true }, articles: ['L6332-14', 'D6332-86'], source: `D6332-86 version 2.0 (décret 2020-1122; contracts concluded from 2020-10-01)`, verified: true },
  ],
});

/** Tutor training: at most 15 € per hour and 40 hours (D6332-92). */
export const OPCO_TUTOR_TRAINING = defineParameter<{ hourly: string; maxHours: number }>({
  id: 'funding.tutor_training',
  description: 'OPCO funding of tutor training',
  unit: 'EUR/h',
  versions: [{ validFrom: '2019-01-01', validTo: null, value: { hourly: '15', maxHours: 40 }, articles: ['L6332-14', 'D6332-92'], source: `D6332-92 version 2.0 (${LD})`, verified: true }],
});

/** Exercising the tutor role: 230 €/month for 6 months, +50 % for a tutor of 45+ or a priority tutee (D6332-93). */
export const OPCO_TUTOR_AID = defineParameter<{ monthly: string; maxMonths: number; increase: string; increasedFromAge: number }>({
  id: 'funding.tutor_aid',
  description: 'OPCO aid for exercising the tutor role',
  unit: 'EUR/month',
  versions: [{ validFrom: '2019-01-01', validTo: null, value: { monthly: '230', maxMonths: 6, increase: '0.5', increasedFromAge: 45 }, articles: ['L6332-14', 'D6332-93'], source: `D6332-93 version 1.0 (${LD})`, verified: true }],
});

/**
 * Aide exceptionnelle for contrats de professionnalisation (outside the Code; decision `hiring-aid-outside-the-code`): 6,000 € for
 * the first year, holders under 30 preparing a qualification up to level 7, contracts concluded
 * 2023-01-01 → 2024-04-30; abolished for contracts from 2024-05-01. SEC only: applied only when asked.
 */
export const PRO_HIRING_AID = defineParameter<{ amount: string; maxAge: number; maxLevel: number; months: number } | null>({
  id: 'funding.pro.hiring_aid',
  description: 'aide exceptionnelle for a contrat de professionnalisation',
  unit: 'EUR',
  versions: [
    { validFrom: '2023-01-01', validTo: '2024-05-01', value: { amount: '6000', maxAge: 30, maxLevel: 7, months: 12 }, articles: ['décret 2023-1354'], source: 'décrets n° 2023-1354 and n° 2024-392, as summarised on service-public.fr and travail-emploi.gouv.fr (the decrees were not read)', verified: false },
    { validFrom: '2024-05-01', validTo: null, value: null, articles: ['décret 2024-392'], source: 'décret n° 2024-392: abolished for contracts from 2024-05-01, as summarised on service-public.fr (the decree was not read)', verified: false },
  ],
});
