/** `formapro cost …`: what a contrat de professionnalisation costs month by month (PRO_COST_SCHEDULE). */
import { Option, type Command } from 'commander';
import { legifranceUrl } from '@formapro/core';
import { DateValue, evaluate, FnError, formatScalar, headerLabel, type CellValue, type Matrix } from '@formapro/functions';
import { cellFromArg } from '../args.js';
import { explainBlock, warningLine } from '../explain.js';
import { alignTable, csvDocument, dateText, err, fail, monthText, out, tableNumber } from '../io.js';
import { langOf, tr } from '../lang.js';

const HELP = `
Salary: the legal minimum of each month (D6325-15/-16/-18) unless --salary is given; partial first and last
months are prorated by calendar days. Charges: --charges-rate as a share of gross (0.42 = 42 %); without it,
0 and a warning. OPCO training funding: --training-hours × the branch --hourly-rate, or the D6332-86 forfait
(9.15 €/h; 15 €/h with --priority), spread evenly (default) or in the first month (--spread start). Tutor aid:
230 €/month for 6 months, +50 % with --tutor-age 45+ or --priority (D6332-93). --hiring-aid counts the
aide exceptionnelle of 6,000 € (contracts 2023-01-01 → 2024-04-30, under 30; outside the Code, unverified).

Examples:
  $ formapro cost --birth-date 2003-02-12 --start 2024-02-12 --end 2025-02-11 --qualification none --charges-rate 0.2 --training-hours 400
  $ formapro cost --birth-date 1996-01-01 --start 2024-09-02 --end 2025-08-31 --qualification bts --salary 1900 --priority --format csv`;

interface CostOptions {
  birthDate: string;
  start: string;
  end: string;
  qualification: string;
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

export function register(program: Command): void {
  program
    .command('cost')
    .alias('cout')
    .summary('month-by-month cost of a contrat de professionnalisation, net of OPCO funding')
    .description('Month-by-month employer cost of a contrat de professionnalisation: salary, charges, OPCO funding, tutor aid, net cost.')
    .requiredOption('--birth-date <date>', 'date of birth of the employee')
    .requiredOption('--start <date>', 'first day of the contract')
    .requiredOption('--end <date>', 'last day of the contract')
    .requiredOption('--qualification <code>', 'highest qualification held (none, bac pro, bts, …)')
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
    .addHelpText('after', HELP)
    .action((o: CostOptions) => {
      const lang = langOf(o.lang);
      const opt = (v: string | undefined): CellValue => (v === undefined ? undefined : cellFromArg(v));
      const r = evaluate('PRO_COST_SCHEDULE', [
        cellFromArg(o.birthDate), cellFromArg(o.start), cellFromArg(o.end), cellFromArg(o.qualification),
        opt(o.salary), opt(o.chargesRate), opt(o.trainingHours), opt(o.hourlyRate), o.priority ?? false, opt(o.tutorAge),
        o.spread, opt(o.conventionalMinimum), opt(o.weeklyHours), o.hiringAid ?? false,
      ]);
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
        out(alignTable([header.map(label), ...rows.map((row) => row.map(cell))], header.map((_, i) => i > 0)));
        out(`\n${explainBlock(r.articles, [], lang)}`);
      }
      for (const w of r.warnings) err(`${tr(lang, 'warning', 'avertissement')} ${warningLine(w, lang)}`);
    });
}
