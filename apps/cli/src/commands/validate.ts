/** `formapro validate FILE.xlsx|FILE.csv`: the contract rows of a sheet, judged row by row (design.md §6). */
import type { Command } from 'commander';
import { isIsoDate } from '@formapro/core';
import { err, fail } from '../io.js';
import { langOf } from '../lang.js';
import { runValidate, summaryLine } from '../validate/run.js';
import type { Format } from '../validate/write.js';

const HELP = `
Reads a sheet of contrats de professionnalisation (one row per contract, French or English headers such as
"Date de naissance", "Diplôme", "Date de début", "Date de fin", "Salaire brut mensuel", "Heures de formation"…)
and checks each row as of its own dates: eligibility (L6325-1), pay for every month (D6325-15/-16/-18),
duration (L6325-11/-12), training hours (L6325-13), deposit (D6325-1), tutor (D6325-6/-9), abroad (L6325-25).

Examples:
  $ formapro validate examples/contrats-pro.xlsx
  $ formapro validate contrats.csv --format json > verdicts.json
  $ formapro validate contrats.xlsx --format xlsx --out contrats-verifies.xlsx --lang fr

Exit codes: 0 no contract in error, 1 some contracts in error, 2 the file cannot be read.`;

export function register(program: Command): void {
  program
    .command('validate')
    .description('check a sheet of contrat de professionnalisation rows (xlsx or CSV) and report each row with its articles')
    .argument('<file>', 'an .xlsx workbook or a .csv export (";" or "," separated, UTF-8 or Windows-1252)')
    .option('--sheet <name>', 'sheet to read (default: the first)')
    .option('--as-of <date>', 'date of the check, YYYY-MM-DD (flags a deposit not stated once its deadline has passed)')
    .option('--format <format>', 'table (default on a terminal), json (default otherwise), csv or xlsx')
    .option('--out <path>', 'write the report to a file (required for xlsx)')
    .option('--lang <lang>', 'language of the messages: fr or en')
    .addHelpText('after', HELP)
    .action(async (file: string, opts: { sheet?: string; asOf?: string; format?: string; out?: string; lang?: string }) => {
      const lang = langOf(opts.lang);
      const format = (opts.format ?? (process.stdout.isTTY ? 'table' : 'json')) as Format;
      if (!['json', 'csv', 'xlsx', 'table'].includes(format)) {
        err(`formapro validate: --format must be json, csv, xlsx or table, not "${opts.format}"`);
        return fail(2);
      }
      if (format === 'xlsx' && !opts.out) {
        err('formapro validate: --format xlsx needs --out FILE.xlsx');
        return fail(2);
      }
      if (opts.asOf !== undefined && !isIsoDate(opts.asOf)) {
        err(`formapro validate: --as-of must be a date YYYY-MM-DD, not "${opts.asOf}"`);
        return fail(2);
      }
      const result = await runValidate({ file, sheet: opts.sheet, asOf: opts.asOf, format, out: opts.out, lang, progress: Boolean(process.stderr.isTTY) });
      if (result.exitCode === 2) {
        err(`formapro validate: ${result.message}`);
        return fail(2);
      }
      err(summaryLine(result.summary!, file, lang));
      fail(result.exitCode);
    });
}
