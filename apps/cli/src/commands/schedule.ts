/** `formapro schedule …`: the monthly minimum table of a professionalisation contract (PRO_SALARY_SCHEDULE). */
import { Option, type Command } from 'commander';
import { QUALIFICATION_CODES } from '@formapro/core';
import { cellFromArg } from '../args.js';
import { err, fail, out } from '../io.js';
import { langOf } from '../lang.js';
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

export function register(program: Command): void {
  program
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
    .option('--lang <lang>', 'en or fr')
    .addHelpText('after', HELP)
    .action((o: ScheduleOptions) => {
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
