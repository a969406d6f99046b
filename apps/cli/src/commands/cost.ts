/** `formapro cost …`: what a contrat de professionnalisation (PRO_COST_SCHEDULE) or an apprenticeship (APP_COST_SCHEDULE) costs month by month. */
import { Option, type Command } from 'commander';
import { legifranceUrl } from '@formapro/core';
import { DateValue, evaluate, FnError, formatScalar, headerLabel, type CellValue, type Matrix } from '@formapro/functions';
import { cellFromArg } from '../args.js';
import { explainBlock, warningLine } from '../explain.js';
import { alignTable, csvDocument, dateText, err, fail, monthText, out, tableNumber } from '../io.js';
import { helpLang, langOf, localise, tr, type FrenchCommandText } from '../lang.js';

const HELP = `
--contract pro (default): a contrat de professionnalisation. Salary: what is due each month (D6325-15/-16/-18:
the minimum, partial first and last months prorated by calendar days, Days and Due) unless --salary is given.
Training: --training-price per hour (× --training-hours) or --training-price-kind total for the invoice total;
--tutor-cost is what the tutor costs per month. Net = salary + charges + training + tutor − OPCO − aids; a
negative month says which inflow it received. The plan is checked like formapro validate (age, duration,
training hours 15–25 % / 150 h): each fault is a warning. Charges: --charges-rate as a share of gross (0.42 = 42 %); without it,
0 and a warning. OPCO training funding: --training-hours × the branch --hourly-rate, or the D6332-86 forfait
(9.15 €/h; 15 €/h with --priority), spread evenly (default) or in the first month (--spread start). Tutor aid:
230 €/month for 6 months, +50 % with --tutor-age 45+ or --priority (D6332-93). --hiring-aid counts the
aide exceptionnelle of 6,000 € (contracts 2023-01-01 → 2024-04-30, under 30; outside the Code, unverified).

--contract apprentissage: an apprenticeship. Salary: the apprentice grid (D6222-26), by days. Hiring aids by
the conclusion date, --headcount and --training-level (aide unique 2019+, exceptional aids 2020-07 → 2022-12,
2023–2024 and 2025-02-24 → 2025-12-31; every amount unverified, a period not held is a warning, never a silent
zero); 750 € participation in the training cost for a diploma at level 6+ concluded from 2025-07-01.
Totals per calendar year and overall.
Examples:
  $ formapro cost --birth-date 2003-02-12 --start 2024-02-12 --end 2025-02-11 --qualification none --charges-rate 0.2 --training-hours 400
  $ formapro cost --birth-date 1996-01-01 --start 2024-09-02 --end 2025-08-31 --qualification bts --salary 1900 --priority --format csv
  $ formapro cost --contract apprentissage --birth-date 2006-05-10 --start 2025-09-01 --end 2027-08-31 --training-level licence --headcount 20 --charges-rate 0.1`;

interface CostOptions {
  birthDate: string;
  start: string;
  end: string;
  contract: 'pro' | 'apprentissage';
  qualification?: string;
  trainingLevel?: string;
  headcount?: string;
  conclusionDate?: string;
  disabled?: boolean;
  quotaCommitment?: boolean;
  trainingPrice?: string;
  trainingPriceKind?: string;
  tutorCost?: string;
  overtimeRate?: string;
  salary?: string;
  chargesRate?: string;
  trainingHours?: string;
  hourlyRate?: string;
  priority?: boolean;
  tutorAge?: string;
  spread?: string;
  conventionalMinimum?: string;
  weeklyHours?: string;
  hiringAid?: boolean;
  format: 'table' | 'csv' | 'json';
  lang?: string;
}

const FR: FrenchCommandText = {
  summary: 'coût mois par mois d’un contrat de professionnalisation ou d’apprentissage, net des financements et aides',
  description: 'Coût employeur mois par mois d’un contrat de professionnalisation (salaire, charges, formation, tuteur, prise en charge OPCO, aides) ou d’apprentissage (salaire, charges, participation à la formation, aides à l’embauche), avec les totaux par année.',
  options: {
    '--contract': 'pro (contrat de professionnalisation) ou apprentissage',
    '--birth-date': 'date de naissance du salarié',
    '--start': 'premier jour du contrat',
    '--end': 'dernier jour du contrat',
    '--qualification': 'pro : diplôme le plus élevé obtenu (none/aucun, bac pro, bts, …)',
    '--training-level': 'apprentissage : diplôme préparé (cap, bac pro, bts, licence, master, ou un niveau RNCP)',
    '--headcount': 'apprentissage : effectif de l’entreprise (aides sous 250 / dès 250 salariés)',
    '--conclusion-date': 'apprentissage : date de conclusion du contrat (par défaut : le début)',
    '--disabled': 'apprentissage : l’apprenti est travailleur handicapé reconnu (RQTH)',
    '--quota-commitment': 'apprentissage : une entreprise de 250 salariés ou plus a pris l’engagement de quota d’alternants',
    '--training-price': 'pro : prix de la formation par heure (ou total de la facture avec --training-price-kind total)',
    '--training-price-kind': 'pro : le prix de la formation est horaire ou le total de la facture',
    '--tutor-cost': 'pro : ce que le tuteur coûte à l’employeur par mois',
    '--overtime-rate': 'majoration des heures supplémentaires fixée par accord, ex. 0,1 (par défaut 25 %, puis 50 %)',
    '--salary': 'salaire brut mensuel réel (par défaut : le minimum légal de chaque mois)',
    '--charges-rate': 'charges patronales en part du brut, ex. 0,42',
    '--training-hours': 'heures de formation prises en charge par l’OPCO',
    '--hourly-rate': 'niveau de prise en charge horaire de la branche (par défaut : forfait D6332-86)',
    '--priority': 'la personne relève du public prioritaire de L6325-1-1',
    '--tutor-age': 'âge du tuteur au début du tutorat',
    '--spread': 'prise en charge OPCO de la formation : étalée sur les mois, ou tout au début',
    '--conventional-minimum': 'minimum conventionnel mensuel de l’emploi (dès 26 ans)',
    '--weekly-hours': 'durée hebdomadaire de travail (35 par défaut)',
    '--hiring-aid': 'compter l’aide exceptionnelle quand le contrat y ouvre droit (non vérifiée, hors Code)',
    '--format': 'format de sortie',
    '--lang': 'fr ou en : tableau, CSV et messages (par défaut : LC_ALL, LC_MESSAGES, LANG)',
  },
  help: `
--contract pro (par défaut) : un contrat de professionnalisation. Salaire : ce qui est dû chaque mois
(D6325-15/-16/-18 : le minimum, premier et dernier mois au prorata des jours calendaires, Jours et Dû) sauf
si --salary est donné. Formation : --training-price par heure (× --training-hours) ou --training-price-kind
total pour le total de la facture ; --tutor-cost est le coût mensuel du tuteur. Net = salaire + charges +
formation + tuteur − OPCO − aides ; un mois négatif dit quelle rentrée il a reçue. Le plan est vérifié comme
par formapro validate (âge, durée, heures de formation 15–25 % / 150 h) : chaque anomalie est un
avertissement. Charges : --charges-rate en part du brut (0,42 = 42 %) ; sans elle, 0 et un avertissement.
Prise en charge OPCO : --training-hours × le taux horaire de branche --hourly-rate, ou le forfait D6332-86
(9,15 €/h ; 15 €/h avec --priority), étalée (par défaut) ou le premier mois (--spread start). Aide au
tutorat : 230 €/mois pendant 6 mois, +50 % avec --tutor-age 45 ou plus ou --priority (D6332-93).
--hiring-aid compte l’aide exceptionnelle de 6 000 € (contrats 2023-01-01 → 2024-04-30, moins de 30 ans ;
hors Code, non vérifiée).

--contract apprentissage : un contrat d’apprentissage. Salaire : la grille apprentie (D6222-26), au jour.
Aides à l’embauche selon la date de conclusion, --headcount et --training-level (aide unique 2019+, aides
exceptionnelles 2020-07 → 2022-12, 2023–2024 et 2025-02-24 → 2025-12-31 ; montants non vérifiés ; une
période non connue donne un avertissement, jamais un zéro silencieux) ; participation de 750 € au coût de
la formation pour un diplôme de niveau 6 ou plus conclu à partir du 2025-07-01. Totaux par année civile et
au total.
Exemples :
  $ formapro cost --birth-date 2003-02-12 --start 2024-02-12 --end 2025-02-11 --qualification none --charges-rate 0.2 --training-hours 400 --lang fr
  $ formapro cost --birth-date 1996-01-01 --start 2024-09-02 --end 2025-08-31 --qualification bts --salary 1900 --priority --format csv --lang fr
  $ formapro cost --contract apprentissage --birth-date 2006-05-10 --start 2025-09-01 --end 2027-08-31 --training-level licence --headcount 20 --charges-rate 0.1 --lang fr`,
};

export function register(program: Command): void {
  const command = program
    .command('cost')
    .alias('cout')
    .summary('month-by-month cost of a contrat de professionnalisation or an apprenticeship, net of funding and aids')
    .description('Month-by-month employer cost of a contrat de professionnalisation (salary, charges, training, tutor, OPCO funding, aids) or of an apprenticeship (salary, charges, training participation, hiring aids), with totals per year.')
    .addOption(new Option('--contract <kind>', 'pro (contrat de professionnalisation) or apprentissage').choices(['pro', 'apprentissage', 'apprenticeship']).default('pro'))
    .requiredOption('--birth-date <date>', 'date of birth of the employee')
    .requiredOption('--start <date>', 'first day of the contract')
    .requiredOption('--end <date>', 'last day of the contract')
    .option('--qualification <code>', 'pro: highest qualification held (none, bac pro, bts, …)')
    .option('--training-level <code>', 'apprentissage: diploma prepared (cap, bac pro, bts, licence, master, or an RNCP level)')
    .option('--headcount <n>', 'apprentissage: employees of the company (aids under 250 / from 250)')
    .option('--conclusion-date <date>', 'apprentissage: date the contract was concluded (default: start)')
    .option('--disabled', 'apprentissage: the apprentice is a recognised disabled worker (RQTH)')
    .option('--quota-commitment', 'apprentissage: a company of 250+ made the alternance-quota commitment')
    .option('--training-price <amount>', 'pro: training price per hour (or the invoice total with --training-price-kind total)')
    .addOption(new Option('--training-price-kind <kind>', 'pro: the training price is per hour or the invoice total').choices(['hourly', 'total']))
    .option('--tutor-cost <amount>', "pro: what the tutor costs the employer per month")
    .option('--overtime-rate <share>', 'overtime premium set by a collective agreement, e.g. 0.1 (default 25 %, then 50 %)')
    .option('--salary <amount>', 'actual monthly gross salary (default: the legal minimum of each month)')
    .option('--charges-rate <share>', 'employer charges as a share of gross salary, e.g. 0.42')
    .option('--training-hours <hours>', 'training hours funded by the OPCO')
    .option('--hourly-rate <amount>', 'hourly funding level of the branch (default: D6332-86 forfait)')
    .option('--priority', 'the person belongs to the priority public of L6325-1-1')
    .option('--tutor-age <years>', "tutor's age at the start of the tutoring")
    .addOption(new Option('--spread <how>', 'OPCO training funding: even over the months, or all at the start').choices(['even', 'start']))
    .option('--conventional-minimum <amount>', 'monthly conventional minimum of the job (26 and over)')
    .option('--weekly-hours <hours>', 'weekly working hours (default 35)')
    .option('--hiring-aid', 'count the aide exceptionnelle when the contract qualifies (unverified, outside the Code)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
    .option('--lang <lang>', 'fr or en: table, CSV and messages (default: from LC_ALL, LC_MESSAGES, LANG)')
    .addHelpText('after', HELP);
  localise(command, helpLang(), FR).action((o: CostOptions) => {
      const lang = langOf(o.lang);
      const opt = (v: string | undefined): CellValue => (v === undefined ? undefined : cellFromArg(v));
      const app = o.contract !== 'pro';
      const missing = app ? (o.trainingLevel === undefined ? '--training-level' : undefined) : o.qualification === undefined ? '--qualification' : undefined;
      if (missing) {
        err(tr(lang, `error: required option '${missing} <code>' not specified for --contract ${o.contract}`, `erreur : option obligatoire '${missing} <code>' manquante pour --contract ${o.contract}`));
        return fail(1);
      }
      const r = app
        ? evaluate('APP_COST_SCHEDULE', [
            cellFromArg(o.birthDate), cellFromArg(o.start), cellFromArg(o.end), cellFromArg(o.trainingLevel!), opt(o.headcount),
            opt(o.salary), opt(o.chargesRate), opt(o.conclusionDate), o.disabled ?? false, o.quotaCommitment ?? false,
            opt(o.conventionalMinimum), opt(o.weeklyHours), opt(o.overtimeRate),
          ], lang)
        : evaluate('PRO_COST_SCHEDULE', [
            cellFromArg(o.birthDate), cellFromArg(o.start), cellFromArg(o.end), cellFromArg(o.qualification!),
            opt(o.salary), opt(o.chargesRate), opt(o.trainingHours), opt(o.hourlyRate), o.priority ?? false, opt(o.tutorAge),
            o.spread, opt(o.conventionalMinimum), opt(o.weeklyHours), o.hiringAid ?? false,
            opt(o.trainingPrice), o.trainingPriceKind, opt(o.tutorCost), opt(o.overtimeRate),
          ], lang);
      if (r.value instanceof FnError) {
        err(`${r.value.code} ${r.value.text(lang)}`);
        return fail(1);
      }
      const [header, ...rows] = r.value as Matrix;
      const label = (c: unknown) => headerLabel(formatScalar(c as never), lang);
      const cell = (c: unknown) => (c instanceof DateValue ? monthText(c.iso, lang) : typeof c === 'number' ? tableNumber(c, lang, 2) : label(c));
      if (o.format === 'json') {
        out(JSON.stringify({ header, rows: rows.map((row) => row.map((c) => (c instanceof DateValue ? c.iso : c))), articles: r.articles.map((a) => ({ article: a, url: legifranceUrl(a) })), warnings: r.warnings }, null, 2));
      } else if (o.format === 'csv') {
        out(csvDocument([header.map(label), ...rows.map((row) => row.map((c) => (c instanceof DateValue ? dateText(c.iso, lang) : typeof c === 'number' ? c : label(c))))], lang));
      } else {
        // The notes of negative months go below the table, each with its month.
        const iNote = header.indexOf(lang === 'fr' ? 'Note' : 'Note');
        const shown = (row: unknown[]) => row.filter((_, i) => i !== iNote);
        out(alignTable([shown(header).map(label), ...rows.map((row) => shown(row).map(cell))], shown(header).map((_, i) => i > 0)));
        const notes = rows.filter((row) => typeof row[iNote] === 'string' && row[iNote] !== '');
        if (notes.length) out(`\n${notes.map((row) => `${cell(row[0])}: ${String(row[iNote])}`).join('\n')}`);
        out(`\n${explainBlock(r.articles, [], lang)}`);
      }
      for (const w of r.warnings) err(`${tr(lang, 'warning', 'avertissement')} ${warningLine(w, lang)}`);
    });
}
