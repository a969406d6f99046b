/** Individual training contracts (L6353-3 to L6353-7). */
import { forceMajeureDue, maxAdvance, retractionDeadline } from '@formapro/core';
import { date, money, num, optDate, today } from '../coerce.js';
import { defineFunctions } from '../spec.js';
import { DateValue } from '../values.js';
import { LAW_DATE, toCents } from './shared.js';


export const INDIVIDUAL_FUNCTIONS = defineFunctions([
  {
    name: 'RETRACTION_DEADLINE',
    fr: 'DELAI_RETRACTATION',
    topic: 'individual',
    description: { en: 'Last day of the 10-day retraction period of an individual training contract, the signature day not counted (L6353-5); nothing may be paid before it ends (L6353-6).', fr: "Dernier jour du délai de rétractation de 10 jours d'un contrat de formation individuel, le jour de la signature non compté (L6353-5) ; rien ne peut être payé avant (L6353-6)." },
    params: [{ name: 'signature_date', fr: 'date_signature', type: 'any', description: { en: 'Date the contract was signed', fr: 'Date de signature du contrat' } }],
    result: { type: 'date' },
    example: { args: ['2024-03-01'], result: '2024-03-11' },
    run([s]) {
      const r = retractionDeadline(date(s, 'signature_date'));
      return { ...r, value: new DateValue(r.value) };
    },
  },
  {
    name: 'MAX_ADVANCE',
    fr: 'ACOMPTE_MAX',
    topic: 'individual',
    description: { en: 'Largest payment a provider may ask when the retraction period ends: 30 % of the price (L6353-6), rounded down to the cent (a cap is never exceeded).', fr: "Paiement maximal exigible à la fin du délai de rétractation : 30 % du prix (L6353-6), arrondi au centime inférieur (un plafond n'est jamais dépassé)." },
    params: [{ name: 'price', fr: 'prix', type: 'number', description: { en: 'Agreed price of the training', fr: 'Prix convenu de la formation' } }, LAW_DATE],
    result: { type: 'number' },
    example: { args: ['2000'], result: '600' },
    run([p, d]) {
      const r = maxAdvance(money(p, 'price'), optDate(d, 'date') ?? today());
      return { ...r, value: toCents(r.value) };
    },
  },
  {
    name: 'FORCE_MAJEURE_DUE',
    fr: 'DU_FORCE_MAJEURE',
    topic: 'individual',
    description: { en: 'What remains due when the trainee stops for force majeure: only the services delivered, pro rata of the price (L6353-7): price × delivered hours / planned hours.', fr: 'Somme due en cas d’abandon pour force majeure : seules les prestations effectuées, au prorata du prix (L6353-7) : prix × heures effectuées / heures prévues.' },
    params: [
      { name: 'price', fr: 'prix', type: 'number', description: { en: 'Agreed price', fr: 'Prix convenu' } },
      { name: 'delivered_hours', fr: 'heures_effectuees', type: 'number', description: { en: 'Hours delivered', fr: 'Heures effectuées' } },
      { name: 'planned_hours', fr: 'heures_prevues', type: 'number', description: { en: 'Hours planned', fr: 'Heures prévues' } },
    ],
    result: { type: 'number' },
    example: { args: ['2000', '30', '100'], result: '600' },
    run([p, d, h]) {
      const r = forceMajeureDue(money(p, 'price'), num(d, 'delivered_hours', { min: 0, what: 'a number of hours', whatFr: "un nombre d'heures" }), num(h, 'planned_hours', { min: 0, what: 'a number of hours', whatFr: "un nombre d'heures" }));
      return { ...r, value: toCents(r.value) };
    },
  },
]);
