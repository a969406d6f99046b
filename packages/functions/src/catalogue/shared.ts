/** Small helpers the catalogue files share. */
import type { Decimal, Proration } from '@formapro/core';
import { choice, isOmitted, optMoney } from '../coerce.js';
import type { CellValue } from '../values.js';

/** A decimal amount (big.js) as the spreadsheet number it is shown as, to the cent. */
export const toCents = (d: { toFixed(n: number): string }): number => Number(d.toFixed(2));

/**
 * The optional last argument `date` of a function whose law is read as in force on a date:
 * omitted, today. A date before the earliest version the law store holds is #N/A.
 */
export const LAW_DATE = {
  name: 'date',
  fr: 'date',
  type: 'any' as const,
  optional: true,
  description: { en: 'Date whose law applies (default today)', fr: "Date dont la loi s'applique (par défaut aujourd'hui)" },
};

/** The optional overtime premium a collective agreement sets (L3121-33), shared by the pay functions. */
export const OVERTIME_RATE = {
  name: 'overtime_rate',
  fr: 'taux_majoration',
  type: 'number' as const,
  optional: true,
  description: {
    en: 'Overtime premium set by a collective agreement for the hours above 35, e.g. 0.1 (at least 0.10, L3121-33); default 25 % for the 36th–43rd hour, 50 % beyond (L3121-36)',
    fr: 'Majoration des heures au-delà de 35 fixée par accord collectif, ex. 0,1 (au moins 0,10, L3121-33) ; par défaut 25 % de la 36e à la 43e heure, 50 % au-delà (L3121-36)',
  },
};

/** How a month the contract covers in part is prorated (decision "prorate-calendar-days"). */
export const PRORATION = {
  name: 'proration',
  fr: 'proratisation',
  type: 'string' as const,
  optional: true,
  choices: ['calendar', 'workdays'],
  description: {
    en: 'Partial months: "calendar" (default) = calendar days covered ÷ days in the month; "workdays" = Monday–Friday days',
    fr: 'Mois partiels : « calendar » (par défaut) = jours calendaires couverts ÷ jours du mois ; « workdays » = jours du lundi au vendredi',
  },
};

/** overtime_rate as a decimal share (0.1 for 10 %); the floor of L3121-33 is checked by the core. */
export const optOvertimeRate = (v: CellValue): Decimal | undefined => optMoney(v, 'overtime_rate', { what: 'an overtime premium as a share, e.g. 0.25 for 25 % (at least 0.10)', whatFr: 'une majoration en part, ex. 0,25 pour 25 % (au moins 0,10)' });

export const optProration = (v: CellValue): Proration =>
  isOmitted(v) ? 'calendar' : choice<Proration>(v, 'proration', { calendar: 'calendar', calendaire: 'calendar', jours: 'calendar', workdays: 'workdays', ouvres: 'workdays', 'ouvrés': 'workdays' }, '"calendar" or "workdays"');

/** The Days cell of a schedule row: "18/29". */
export const daysCell = (r: { days: number; daysInMonth: number }): string => `${r.days}/${r.daysInMonth}`;
