/** `formapro law [--format table|json|md] [--date D]`: the law store itself, every parameter and version. */
import { Option, type Command } from 'commander';
import { date as readDate } from '@formapro/functions';
import { cellFromArg } from '../args.js';
import { err, EXIT, fail, out } from '../io.js';
import { langOf, tr } from '../lang.js';
import { renderLaw, type LawFormat } from '../law.js';

const HELP = `
Each parameter: its id, its name (English and French), its unit, its versions (from inclusive, to exclusive),
the articles with their Légifrance links (JSON and Markdown), the public text each value rests on, and whether
it was checked against the official text (if not, results using it carry an UNVERIFIED warning).

Examples:
  $ formapro law                              every parameter, every version
  $ formapro law --date 2024-03-15            what was in force on 15 March 2024
  $ formapro law --format json                machine-readable, with article URLs
  $ formapro law --format md > docs/law.md    the repository's law reference`;

export function register(program: Command): void {
  program
    .command('law')
    .alias('loi')
    .summary('the law store: every legal parameter with its versions, articles and sources')
    .description('List the law store: every parameter with its versions, articles (Légifrance links), source and verified flag.')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'md']).default('table'))
    .option('--date <date>', 'only what was in force on this date (YYYY-MM-DD, JJ/MM/AAAA or an Excel serial)')
    .option('--lang <lang>', 'fr or en (default: from LC_ALL, LC_MESSAGES, LANG)')
    .addHelpText('after', HELP)
    .action((o: { format: LawFormat; date?: string; lang?: string }) => {
      const lang = langOf(o.lang);
      let day: string | undefined;
      if (o.date !== undefined) {
        try {
          day = readDate(cellFromArg(o.date), 'date');
        } catch {
          err(tr(lang, `formapro law: --date ${o.date} is not a date (YYYY-MM-DD, JJ/MM/AAAA or an Excel serial)`, `formapro law : --date ${o.date} n'est pas une date (AAAA-MM-JJ, JJ/MM/AAAA ou numéro de série Excel)`));
          fail(EXIT.USAGE);
          return;
        }
      }
      out(renderLaw(o.format, lang, day));
    });
}
