/** `formapro law [--format table|json|md] [--date D]`: the law store itself, every parameter and version. */
import { Option, type Command } from 'commander';
import { date as readDate } from '@formapro/functions';
import { cellFromArg } from '../args.js';
import { err, EXIT, fail, out } from '../io.js';
import { helpLang, langOf, tr } from '../lang.js';
import { renderLaw, type LawFormat } from '../law.js';

const HELP_FR = `
Chaque paramètre : son identifiant, son nom (anglais et français), son unité, ses versions (début inclus, fin
exclue), les articles avec leur lien Légifrance (JSON et Markdown), le texte public sur lequel repose chaque
valeur, et s'il a été vérifié sur le texte officiel (sinon les résultats qui l'utilisent portent un
avertissement UNVERIFIED).

Exemples :
  $ formapro law                              tous les paramètres, toutes les versions
  $ formapro law --date 2024-03-15            ce qui était en vigueur le 15 mars 2024
  $ formapro law --format json                lisible par une machine, avec les liens des articles
  $ formapro law --format md > docs/law.md    la référence du droit du dépôt`;

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
  const L = helpLang();
  const t = (en: string, fr: string) => tr(L, en, fr);
  program
    .command('law')
    .alias('loi')
    .summary(t('the law store: every legal parameter with its versions, articles and sources', 'le droit en données : chaque paramètre légal avec ses versions, articles et sources'))
    .description(t('List the law store: every parameter with its versions, articles (Légifrance links), source and verified flag.', 'Liste les paramètres légaux : chacun avec ses versions, ses articles (liens Légifrance), sa source et s’il a été vérifié.'))
    .addOption(new Option('--format <format>', t('output format', 'format de sortie')).choices(['table', 'json', 'md']).default('table'))
    .option('--date <date>', t('only what was in force on this date (YYYY-MM-DD, JJ/MM/AAAA or an Excel serial)', 'seulement ce qui était en vigueur à cette date (AAAA-MM-JJ, JJ/MM/AAAA ou numéro de série Excel)'))
    .option('--lang <lang>', t('fr or en (default: from LC_ALL, LC_MESSAGES, LANG)', 'fr ou en (par défaut : LC_ALL, LC_MESSAGES, LANG)'))
    .addHelpText('after', L === 'fr' ? HELP_FR : HELP)
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
