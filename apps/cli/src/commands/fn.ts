/**
 * `formapro fn NAME ARGS…`: evaluates one catalogue function from a shell, arguments
 * read as typed in a cell. Prints the value on stdout (first line), or `#VALUE! message` / `#N/A message`
 * on stderr with exit code 1. `--explain` adds the articles applied and the warnings after the value.
 */
import type { Command } from 'commander';
import { evaluate, findFunction, FnError, formatValue, toPlain } from '@formapro/functions';
import { cellsFromArgs } from '../args.js';
import { catalogueListing, closeNames, functionHelp } from '../catalogue-help.js';
import { explainBlock, articlesJson, warningLine } from '../explain.js';
import { err, EXIT, fail, out } from '../io.js';
import { helpLang, langOf, tr } from '../lang.js';

interface FnOptions {
  explain?: boolean;
  json?: boolean;
  list?: boolean;
  help?: boolean;
  lang?: string;
}

const EXAMPLES_FR = `
Les arguments se lisent comme on les tape dans une cellule : 23 et 1766,92 sont des nombres, VRAI/FAUX
(TRUE/FALSE) des booléens, "" un argument omis, le reste du texte ("bac pro", dates 2024-03-15, 15/03/2024
ou numéro de série Excel). Un texte qui commence par « - » se place après « -- ».

Exemples :
  $ formapro fn PRO_SALAIRE_MIN 23 aucun 1766,92               1236.85
  $ formapro fn PRO_MIN_SALARY 20 "bac pro" "" "" 2024-03-15    1148.5  (SMIC et minimum omis)
  $ formapro fn PRO_MIN_SALARY_AT 2003-03-03 2024-04-15 none --explain
  $ formapro fn SMIC 2024-03-15                                 1766.92
  $ formapro fn PRO_SALARY_SCHEDULE 2003-02-12 2024-02-12 2024-05-31 none
  $ formapro fn PRO_MIN_SALARY --help                           la page d'aide d'une fonction
  $ formapro fn --list                                          le catalogue

Codes de sortie : 0 une valeur affichée ; 1 une erreur Excel (#VALUE!, #N/A) affichée sur stderr ; 2 erreur
d'utilisation.`;

const EXAMPLES = `
Arguments are read as you would type them in a cell: 23 and 1766.92 are numbers, TRUE/FALSE (VRAI/FAUX)
booleans, "" an omitted argument, anything else text ("bac pro", 1766,92, dates as 2024-03-15, 15/03/2024
or an Excel serial number). A text starting with "-" goes after "--".

Examples:
  $ formapro fn PRO_MIN_SALARY 23 none 1766.92                 1236.85
  $ formapro fn PRO_MIN_SALARY 20 "bac pro" "" "" 2024-03-15    1148.5  (smic and minimum omitted)
  $ formapro fn FR.PRO_SALAIRE_MIN 20 "bac pro" 1766,92         French name, French decimal comma
  $ formapro fn PRO_MIN_SALARY_AT 2003-03-03 2024-04-15 none --explain
  $ formapro fn SMIC 2024-03-15                                 1766.92
  $ formapro fn PRO_SALARY_SCHEDULE 2003-02-12 2024-02-12 2024-05-31 none
  $ formapro fn PRO_MIN_SALARY --help                           help page of one function
  $ formapro fn --list                                          the catalogue

Exit codes: 0 a value was printed; 1 an Excel error (#VALUE!, #N/A) was printed on stderr; 2 usage error.`;

export function register(program: Command): void {
  const L = helpLang();
  const t = (en: string, fr: string) => tr(L, en, fr);
  program
    .command('fn')
    .summary(t('evaluate one spreadsheet function, e.g. fn PRO_MIN_SALARY 23 none 1766.92', 'calculer une fonction du tableur, ex. fn PRO_SALAIRE_MIN 23 aucun 1766,92'))
    .description(t('Evaluate a function of the catalogue (the same ones as =FR.NAME(…) in Excel) with arguments typed as in a cell.', 'Calcule une fonction du catalogue (les mêmes que =FR.NOM(…) dans Excel) avec des arguments tapés comme dans une cellule.'))
    .argument('[name]', t('function name, English or French, with or without FR. (PRO_MIN_SALARY, FR.PRO_SALAIRE_MIN)', 'nom de la fonction, anglais ou français, avec ou sans FR. (PRO_MIN_SALARY, FR.PRO_SALAIRE_MIN)'))
    .argument('[args...]', t('the arguments, in the order of the function', 'les arguments, dans l’ordre de la fonction'))
    .option('--explain', t('also print the articles applied (with Légifrance links) and every warning', 'afficher aussi les articles appliqués (avec liens Légifrance) et chaque avertissement'))
    .option('--json', t('print {value, articles, warnings} as JSON (errors too, still exit 1)', 'afficher {value, articles, warnings} en JSON (erreurs comprises, code 1)'))
    .option('--list', t('list the catalogue, one line per function', 'lister le catalogue, une ligne par fonction'))
    .option('--lang <lang>', t('language of messages, help and explanations: fr or en (default: from LC_ALL, LC_MESSAGES, LANG)', 'langue des messages, de l’aide et des explications : fr ou en (par défaut : LC_ALL, LC_MESSAGES, LANG)'))
    .option('-h, --help', t('help for fn, or for the function named (fn NAME --help)', 'aide de fn, ou de la fonction nommée (fn NOM --help)'))
    .helpOption(false)
    .addHelpText('after', L === 'fr' ? EXAMPLES_FR : EXAMPLES)
    .action((name: string | undefined, args: string[], opts: FnOptions, cmd: Command) => {
      const lang = langOf(opts.lang);
      if (opts.list) {
        out(catalogueListing(lang));
        return;
      }
      if (!name) {
        if (opts.help) {
          cmd.outputHelp();
          return;
        }
        err(tr(lang, 'formapro fn: which function? e.g. formapro fn PRO_MIN_SALARY 23 none 1766.92 (formapro fn --list for the catalogue)', 'formapro fn : quelle fonction ? ex. formapro fn PRO_MIN_SALARY 23 none 1766.92 (formapro fn --list pour le catalogue)'));
        fail(EXIT.USAGE);
        return;
      }
      const spec = findFunction(name);
      if (!spec) {
        const close = closeNames(name);
        const hint = close.length ? tr(lang, ` Did you mean: ${close.join(', ')}?`, ` Vouliez-vous dire : ${close.join(', ')} ?`) : '';
        err(`#NAME? ${tr(lang, `unknown function ${name}.`, `fonction inconnue ${name}.`)}${hint} ${tr(lang, '(formapro functions lists them all)', '(formapro functions les liste toutes)')}`);
        fail(EXIT.USAGE);
        return;
      }
      if (opts.help) {
        out(functionHelp(spec, lang));
        return;
      }
      const r = evaluate(spec.name, cellsFromArgs(args), lang);
      if (opts.json) {
        out(JSON.stringify({ function: spec.name, value: toPlain(r.value, lang), articles: articlesJson(r.articles), warnings: r.warnings }, null, 2));
        if (r.value instanceof FnError) fail(EXIT.ERROR);
        return;
      }
      if (r.value instanceof FnError) {
        err(`${r.value.code} ${r.value.text(lang)}`);
        if (opts.explain) err(explainBlock(r.articles, r.warnings, lang));
        fail(EXIT.ERROR);
        return;
      }
      out(formatValue(r.value));
      if (opts.explain) out(`\n${explainBlock(r.articles, r.warnings, lang)}`);
      else for (const w of r.warnings) err(`${tr(lang, 'warning', 'avertissement')} ${warningLine(w, lang)}`);
    });
}
