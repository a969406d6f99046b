/** `formapro schedule …`: the monthly minimum table of a professionalisation contract (PRO_SALARY_SCHEDULE). */
import { Option, type Command } from 'commander';
import { QUALIFICATION_CODES } from '@formapro/core';
import { cellFromArg } from '../args.js';
import { err, fail, out } from '../io.js';
import { helpLang, langOf, localise, type FrenchCommandText } from '../lang.js';
import { renderSchedule, type ScheduleFormat } from '../schedule.js';

interface ScheduleOptions {
  birthDate: string;
  start: string;
  end: string;
  qualification: string;
  conventionalMinimum?: string;
  weeklyHours?: string;
  overtimeRate?: string;
  proration?: string;
  format: ScheduleFormat;
  lang?: string;
}

const HELP = `
Dates: YYYY-MM-DD, JJ/MM/AAAA or an Excel serial number. Amounts: 2000, 2000.50 or "2 000,50".
Qualification codes: ${QUALIFICATION_CODES.join(', ')}; an RNCP level 3–8; or TRUE/FALSE
(holds a professional qualification of at least bac pro level). "bac" is a general or technological bac:
it does not give the higher rate; "bac pro" does.

Each month shows the age band in force (D6325-15; a new band applies from the 1st of the month after the
birthday, D6325-16), the SMIC of that month and the minimum, rounded up to the cent. From 26 (age at the
start of the contract), the minimum is the SMIC or 85 % of the conventional minimum if higher (L6325-9,
D6325-18). Above 35 h a week the overtime premium is added: 25 % for the 36th–43rd hour, 50 % beyond
(L3121-36), or --overtime-rate set by a collective agreement (at least 0.10, L3121-33); part time is pro rata.
Days and Due: a month marked * is only partly covered; Due is the minimum × days covered ÷ days in the
month, rounded up once (--proration workdays counts Monday to Friday instead of calendar days).

Examples:
  $ formapro schedule --birth-date 2003-02-12 --start 2024-02-12 --end 2025-02-11 --qualification none
  $ formapro schedule --birth-date 1997-05-10 --start 2024-03-01 --end 2025-02-28 --qualification bts --conventional-minimum 2300
  $ formapro schedule --birth-date 12/02/2003 --start 12/02/2024 --end 11/02/2025 --qualification "bac pro" --weekly-hours 28 --format csv`;

const FR: FrenchCommandText = {
  summary: 'salaire minimum mois par mois d’un contrat de professionnalisation',
  description: 'Salaire brut minimum mois par mois d’un contrat de professionnalisation, avec les articles appliqués.',
  options: {
    '--birth-date': 'date de naissance du salarié',
    '--start': 'premier jour du contrat',
    '--end': 'dernier jour du contrat (CDD) ou de l’action de professionnalisation (CDI)',
    '--qualification': 'diplôme le plus élevé obtenu (none/aucun, bac pro, bts, … voir plus bas)',
    '--conventional-minimum': 'minimum mensuel à temps plein de l’emploi selon l’accord de branche (utilisé dès 26 ans)',
    '--weekly-hours': 'durée hebdomadaire de travail (35 par défaut)',
    '--overtime-rate': 'majoration des heures supplémentaires fixée par accord, ex. 0,1 (par défaut 25 %, puis 50 %)',
    '--proration': 'mois incomplets : jours calendaires (par défaut) ou jours du lundi au vendredi',
    '--format': 'format de sortie',
    '--lang': 'fr ou en (par défaut : LC_ALL, LC_MESSAGES, LANG)',
  },
  help: `
Dates : AAAA-MM-JJ, JJ/MM/AAAA ou numéro de série Excel. Montants : 2000, 2000.50 ou "2 000,50".
Codes de diplôme : ${QUALIFICATION_CODES.join(', ')} ; un niveau RNCP 3 à 8 ; ou VRAI/FAUX
(titulaire d’une qualification professionnelle au moins de niveau bac pro). « bac » est un bac général ou
technologique : il ne donne pas le taux majoré ; « bac pro » le donne.

Chaque mois indique la tranche d’âge en vigueur (D6325-15 ; une nouvelle tranche s’applique le 1er du mois
suivant l’anniversaire, D6325-16), le SMIC du mois et le minimum, arrondi au centime supérieur. À partir de
26 ans (âge au début du contrat), le minimum est le SMIC ou 85 % du minimum conventionnel s’il est plus élevé
(L6325-9, D6325-18). Au-delà de 35 h par semaine s’ajoute la majoration des heures supplémentaires : 25 % de
la 36e à la 43e heure, 50 % au-delà (L3121-36), ou --overtime-rate fixé par accord (au moins 0,10, L3121-33) ;
le temps partiel est au prorata. Jours et Dû : un mois marqué * n’est couvert qu’en partie ; Dû est le
minimum × jours couverts ÷ jours du mois, arrondi une fois au centime supérieur (--proration workdays compte
les jours du lundi au vendredi au lieu des jours calendaires).

Exemples :
  $ formapro schedule --birth-date 2003-02-12 --start 2024-02-12 --end 2025-02-11 --qualification none
  $ formapro schedule --birth-date 1997-05-10 --start 2024-03-01 --end 2025-02-28 --qualification bts --conventional-minimum 2300
  $ formapro schedule --birth-date 12/02/2003 --start 12/02/2024 --end 11/02/2025 --qualification "bac pro" --weekly-hours 28 --format csv --lang fr`,
};

export function register(program: Command): void {
  const command = program
    .command('schedule')
    .alias('echeancier')
    .summary('month-by-month minimum pay of a contrat de professionnalisation')
    .description('Month-by-month minimum gross pay of a contrat de professionnalisation, with the articles applied.')
    .requiredOption('--birth-date <date>', 'date of birth of the employee')
    .requiredOption('--start <date>', 'first day of the contract')
    .requiredOption('--end <date>', 'last day of the contract (CDD), or of the action de professionnalisation (CDI)')
    .requiredOption('--qualification <code>', 'highest qualification held (none, bac pro, bts, … see below)')
    .option('--conventional-minimum <amount>', 'monthly full-time minimum of the job under the branch agreement (used from 26)')
    .option('--weekly-hours <hours>', 'weekly working hours (default 35)')
    .option('--overtime-rate <share>', 'overtime premium set by a collective agreement, e.g. 0.1 (default: 25 %, then 50 %)')
    .addOption(new Option('--proration <method>', 'partial months: calendar days (default) or Monday–Friday days').choices(['calendar', 'workdays']))
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
    .option('--lang <lang>', 'fr or en (default: from LC_ALL, LC_MESSAGES, LANG)')
    .addHelpText('after', HELP);
  localise(command, helpLang(), FR).action((o: ScheduleOptions) => {
      const r = renderSchedule(
        {
          birthDate: cellFromArg(o.birthDate),
          start: cellFromArg(o.start),
          end: cellFromArg(o.end),
          qualification: cellFromArg(o.qualification),
          conventionalMinimum: o.conventionalMinimum === undefined ? undefined : cellFromArg(o.conventionalMinimum),
          weeklyHours: o.weeklyHours === undefined ? undefined : cellFromArg(o.weeklyHours),
          overtimeRate: o.overtimeRate === undefined ? undefined : cellFromArg(o.overtimeRate),
          proration: o.proration,
        },
        o.format,
        langOf(o.lang),
      );
      if (r.stdout) out(r.stdout);
      if (r.stderr) err(r.stderr);
      if (r.exitCode) fail(r.exitCode);
    });
}
