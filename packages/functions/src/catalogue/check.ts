/**
 * PRO_CHECK: one contract checked by the same engine as `formapro validate` and the task pane
 * (packages/core/src/validation), from cell arguments instead of a sheet row.
 */
import { matchHeaders, Trail, validateRow, type HeaderMatch, type RawCell } from '@formapro/core';
import { bool, choice, date, isOmitted, money, num, optBool, optMoney, optNum, WEEKLY_HOURS } from '../coerce.js';
import { qualification } from './professionalisation.js';
import { defineFunctions } from '../spec.js';

// The engine's header names for the arguments, in order (the priority public is given as a benefit below).
const HEADER = ['Birth date', 'Start date', 'End date', 'Qualification', 'Monthly gross salary', 'Training hours', 'Contract type', 'Benefit', 'Branch agreement', 'Conventional minimum', 'Weekly hours', 'Jobseeker'];
// matched on first use, not while the module loads (tests/MUTATION.md)
let match: { columns: HeaderMatch; notChecked: { en: string; fr: string } } | undefined;
/** The engine's columns for the arguments, and the checks PRO_CHECK has no argument for (OPCO filing, tutor, abroad, renewal), per language. */
function argumentColumns(): { columns: HeaderMatch; notChecked: { en: string; fr: string } } {
  if (!match) {
    const columns = matchHeaders(HEADER);
    match = {
      columns,
      notChecked: {
        en: `Not checked (no argument): ${columns.notChecked.map((c) => `${c.label.en} [${c.articles.join(', ')}]`).join('; ')}`,
        fr: `Non vérifié (pas d'argument) : ${columns.notChecked.map((c) => `${c.label.fr} [${c.articles.join(', ')}]`).join(' ; ')}`,
      },
    };
  }
  return match;
}
const SEVERITY = { en: { error: 'ERROR', warning: 'WARNING' }, fr: { error: 'ERREUR', warning: 'ATTENTION' } };

export const CHECK_FUNCTIONS = defineFunctions([
  {
    name: 'PRO_CHECK',
    fr: 'PRO_VERIFIER',
    topic: 'professionalisation',
    description: {
      en: 'Checks one contract: "OK" or its findings, one per line with articles (eligibility, monthly pay, duration, training hours), then the checks it cannot make (OPCO filing, tutor, abroad, renewal). Same engine as formapro validate and the pane.',
      fr: "Vérifie un contrat : « OK » ou ses constats, un par ligne avec articles (éligibilité, salaire mensuel, durée, formation), puis les contrôles non faits (dépôt OPCO, tuteur, étranger, renouvellement). Même moteur que formapro validate et le volet.",
    },
    params: [
      { name: 'birth_date', fr: 'date_naissance', type: 'any', description: { en: 'Date of birth', fr: 'Date de naissance' } },
      { name: 'start', fr: 'debut', type: 'any', description: { en: 'Contract start date', fr: 'Date de début du contrat' } },
      { name: 'end', fr: 'fin', type: 'any', description: { en: 'Contract end date (end of the action for a CDI)', fr: "Date de fin du contrat (fin de l'action pour un CDI)" } },
      { name: 'qualification', fr: 'diplome', type: 'any', description: { en: 'Highest qualification (none, cap, bac, bac pro, bts, licence, master…, RNCP level 3–8)', fr: 'Diplôme le plus élevé (aucun, cap, bac, bac pro, bts, licence, master…, niveau RNCP 3 à 8)' } },
      { name: 'monthly_salary', fr: 'salaire_mensuel', type: 'number', description: { en: 'Monthly gross salary paid', fr: 'Salaire brut mensuel versé' } },
      { name: 'training_hours', fr: 'heures_formation', type: 'number', description: { en: 'Training hours of the contract', fr: 'Heures de formation du contrat' } },
      { name: 'contract_type', fr: 'type_contrat', type: 'string', optional: true, choices: ['CDD', 'CDI'], description: { en: 'CDD (default) or CDI', fr: 'CDD (par défaut) ou CDI' } },
      { name: 'priority_public', fr: 'public_prioritaire', type: 'boolean', optional: true, description: { en: 'TRUE for a person of L6325-1-1 (RSA/ASS/AAH/CUI, jobseeker over 1 year, no diploma)', fr: 'VRAI pour une personne de L6325-1-1 (RSA/ASS/AAH/CUI, demandeur d’emploi de plus d’un an, sans diplôme)' } },
      { name: 'branch_agreement', fr: 'accord_branche', type: 'boolean', optional: true, description: { en: 'TRUE when a branch agreement allows up to 24 months or more than 25 % training', fr: 'VRAI si un accord de branche permet jusqu’à 24 mois ou plus de 25 % de formation' } },
      { name: 'conventional_minimum', fr: 'minimum_conventionnel', type: 'number', optional: true, description: { en: 'Monthly conventional minimum of the job (from 26: 85 % of it)', fr: 'Minimum conventionnel mensuel du poste (dès 26 ans : 85 %)' } },
      { name: 'weekly_hours', fr: 'heures_hebdo', type: 'number', optional: true, description: { en: 'Weekly hours (default 35)', fr: 'Durée hebdomadaire (par défaut 35)' } },
    ],
    result: { type: 'string' },
    example: { args: ['2005-03-10', '2024-09-02', '2025-08-31', 'bac pro', '1200', '300'], result: 'OK\nNot checked (no argument): filing with the OPCO within 5 days [D6325-1]; tutor experience (2 years) [D6325-6]; number of trainees per tutor [D6325-9]; time spent abroad [L6325-25]; renewal of the fixed-term contract [L6325-7]' },
    run([b, s, e, q, pay, hours, type, prio, branch, conv, weekly], lang) {
      // Arguments Excel cannot use are #VALUE! naming them; the engine then judges the contract itself.
      const values: RawCell[] = [
        date(b, 'birth_date'),
        date(s, 'start'),
        date(e, 'end'),
        qualification(q).code === 'professional level 4+' ? 'bac pro' : qualification(q).code === 'below bac pro level' ? 'cap' : (q as RawCell), // a single value: qualification() read it
        money(pay, 'monthly_salary').toString(),
        num(hours, 'training_hours', { min: 0, what: 'a number of training hours', whatFr: "un nombre d'heures de formation" }),
        isOmitted(type) ? null : choice(type, 'contract_type', { cdd: 'CDD', cdi: 'CDI' }, '"CDD" or "CDI"'),
        // A person of L6325-1-1 is entered as a 3° beneficiary: eligible at any age and priority, as stated.
        optBool(prio, 'priority_public', false) ? 'RSA' : null,
        isOmitted(branch) ? null : bool(branch, 'branch_agreement'),
        optMoney(conv, 'conventional_minimum')?.toString() ?? null,
        optNum(weekly, 'weekly_hours', WEEKLY_HOURS) ?? null,
        null, // Jobseeker: not an argument of PRO_CHECK (a 26+ person gets a warning asking for it)
      ];
      const verdict = validateRow(values, argumentColumns().columns);
      const t = new Trail();
      const lines = verdict.findings
        .filter((f) => f.severity !== 'info')
        .map((f) => `${SEVERITY[lang][f.severity as 'error' | 'warning']} ${f.code}${lang === 'fr' ? ' :' : ':'} ${f.message[lang]}${f.articles.length ? ` [${f.articles.join(', ')}]` : ''}`);
      for (const f of verdict.findings) t.cite(...f.articles);
      // As in formapro validate and the task pane: "OK" covers the checks made, and says which were not.
      return t.done(`${lines.length ? lines.join('\n') : 'OK'}\n${argumentColumns().notChecked[lang]}`);
    },
  },
]);
