/** SMIC([date], [unit], [weekly_hours], [territory]): the SMIC in force on a date (L3231-2; series in law/params/smic.ts). */
import { dec, smicOn, Trail, weeklyToMonthly, Big } from '@formapro/core';
import { choice, optDate, optNum, today, WEEKLY_HOURS } from '../coerce.js';
import { defineFunctions } from '../spec.js';

const TERRITORIES = { metropole: 'metropole', france: 'metropole', métropole: 'metropole', mayotte: 'mayotte', '976': 'mayotte' } as const;

const UNITS = { monthly: 'monthly', mensuel: 'monthly', month: 'monthly', mois: 'monthly', hourly: 'hourly', horaire: 'hourly', hour: 'hourly', heure: 'hourly' } as const;

export const SMIC_FUNCTIONS = defineFunctions([
  {
    name: 'SMIC',
    fr: 'SMIC',
    topic: 'smic',
    description: {
      en: 'Gross SMIC in force on a date: the published monthly figure for 35 h a week (hourly × 151 2/3, rounded to the cent), or the hourly rate. Without a date, today (recalculates when the workbook is recalculated).',
      fr: "SMIC brut en vigueur à une date : montant mensuel publié pour 35 h par semaine (horaire × 151 2/3, arrondi au centime), ou taux horaire. Sans date, aujourd'hui (recalculé à chaque recalcul du classeur).",
    },
    params: [
      { name: 'date', fr: 'date', type: 'any', optional: true, description: { en: 'Date (default today), from 2017-01-01', fr: "Date (par défaut aujourd'hui), à partir du 01/01/2017" } },
      { name: 'unit', fr: 'unite', type: 'string', optional: true, choices: ['monthly', 'hourly'], description: { en: '"monthly" (default) or "hourly"', fr: '"mensuel" (par défaut) ou "horaire"' } },
      { name: 'weekly_hours', fr: 'heures_hebdo', type: 'number', optional: true, description: { en: 'Weekly hours for a monthly figure (default 35): hourly × hours × 52/12, rounded to the cent', fr: 'Heures par semaine pour un montant mensuel (par défaut 35) : horaire × heures × 52/12, arrondi au centime' } },
      { name: 'territory', fr: 'territoire', type: 'string', optional: true, choices: ['metropole', 'mayotte'], description: { en: '"metropole" (default: metropolitan France and the DROM except Mayotte) or "mayotte" (its own series from 2019, values flagged UNVERIFIED)', fr: '« metropole » (par défaut : métropole et DROM hors Mayotte) ou « mayotte » (série propre depuis 2019, valeurs signalées NON VÉRIFIÉES)' } },
    ],
    result: { type: 'number' },
    volatile: true,
    example: { args: ['2024-03-15'], result: '1766.92' },
    run([d, u, h, tr]) {
      const day = optDate(d, 'date') ?? today();
      const unit = u === undefined || u === null || u === '' ? 'monthly' : choice(u, 'unit', UNITS, '"monthly" or "hourly"');
      const hours = optNum(h, 'weekly_hours', WEEKLY_HOURS);
      const territory = tr === undefined || tr === null || tr === '' ? 'metropole' : choice(tr, 'territory', TERRITORIES, '"metropole" or "mayotte"');
      const smic = smicOn(day, 'date', territory);
      const t = new Trail().cite(...smic.articles);
      for (const w of smic.warnings) t.warn(w);
      if (unit === 'hourly') return t.done(Number(smic.hourly.toFixed(2)));
      const monthly = hours === undefined ? smic.monthly : weeklyToMonthly(smic.hourly.times(dec(String(hours)))).round(2, Big.roundHalfUp);
      return t.done(Number(monthly.toFixed(2)));
    },
  },
]);
