/** The catalogue's topics as users read them, in both languages, in the order listings show them. */
import type { Lang } from './lang.js';

export const TOPIC_ORDER = ['smic', 'professionalisation', 'apprenticeship', 'funding', 'cost', 'cpf', 'transition', 'contributions', 'individual'];

const NAMES: Record<string, { en: string; fr: string }> = {
  smic: { en: 'SMIC', fr: 'SMIC' },
  professionalisation: { en: 'Contrat de professionnalisation', fr: 'Contrat de professionnalisation' },
  apprenticeship: { en: 'Apprenticeship', fr: 'Apprentissage' },
  funding: { en: 'OPCO funding', fr: 'Prise en charge OPCO' },
  cost: { en: 'Cost of a contract', fr: "Coût d'un contrat" },
  cpf: { en: 'Compte personnel de formation (CPF)', fr: 'Compte personnel de formation (CPF)' },
  transition: { en: 'Projet de transition professionnelle', fr: 'Projet de transition professionnelle' },
  contributions: { en: 'Training contributions', fr: 'Contributions à la formation' },
  individual: { en: 'Individual training contracts', fr: 'Contrats individuels de formation' },
};

export function topicName(topic: string, lang: Lang): string {
  return NAMES[topic]?.[lang] ?? topic;
}
