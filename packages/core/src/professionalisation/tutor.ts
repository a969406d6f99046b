/**
 * Tutor (D6325-6, D6325-9): at least 2 years' professional experience in a qualification related to the
 * objective; at most 3 tutees at a time for a salaried tutor (contrats pro, apprentices and périodes de
 * professionnalisation together), 2 for an employer acting as tutor.
 * Not modelled: ETT/GE second tutor (D6325-10, D6325-22), to which these limits do not apply.
 */
import type { IsoDate } from '../dates.js';
import { invalidArgument } from '../errors.js';
import { Trail, type Explained } from '../explain.js';
import { inForce } from '../law/store.js';
import { PRO_TUTOR } from '../law/params/professionalisation.js';

export function tutorExperienceOk(experienceMonths: number, date: IsoDate): Explained<{ ok: boolean; required: number }> {
  if (!Number.isFinite(experienceMonths) || experienceMonths < 0)
    throw invalidArgument('tutor_experience_months', `${experienceMonths} is not a number of months`, `${experienceMonths} n'est pas un nombre de mois`);
  const { version } = inForce(PRO_TUTOR, date);
  const required = version.value.minExperienceMonths;
  return new Trail().cite('D6325-6').done({ ok: experienceMonths >= required, required });
}

/** `tutees` counts every person the tutor follows, this contract included. */
export function tutorLoadOk(tutees: number, tutorIsEmployer: boolean, date: IsoDate): Explained<{ ok: boolean; max: number }> {
  if (!Number.isInteger(tutees) || tutees < 1)
    throw invalidArgument('tutor_tutees', `${tutees} is not a whole number of tutees of at least 1 (this contract included)`, `${tutees} n'est pas un nombre entier de tutorés d'au moins 1 (ce contrat compris)`);
  const { version } = inForce(PRO_TUTOR, date);
  const max = tutorIsEmployer ? version.value.maxTuteesEmployer : version.value.maxTuteesEmployee;
  return new Trail().cite('D6325-9').done({ ok: tutees <= max, max });
}
