/** The `formapro` program: global help, then every command of the registry. */
import { Command, Help } from 'commander';
import { commandNamed, COMMANDS } from './commands/index.js';
import { helpLang, HELP_TITLES_FR, tr } from './lang.js';

const HELP = {
  en: `
FormaPro computes the figures of French vocational-training law (Code du travail, part 6) with the
articles applied, as of any date: the same functions as =FR.NAME(…) in Excel.

Examples:
  $ formapro fn PRO_MIN_SALARY 23 none 1766.92          minimum of a contrat de professionnalisation → 1236.85
  $ formapro fn PRO_MIN_SALARY_AT 2003-03-03 2024-04-15 none --explain
  $ formapro fn SMIC 2024-03-15                         monthly gross SMIC (35 h) → 1766.92
  $ formapro schedule --birth-date 2003-02-12 --start 2024-02-12 --end 2025-02-11 --qualification none
  $ formapro validate contracts.xlsx                    check a sheet of contracts, row by row
  $ formapro functions                                  the whole catalogue (--lang fr in French)
  $ formapro fn PRO_MIN_SALARY --help                   help page of one function
  $ formapro sample                                     the embedded sample

Errors print "#VALUE! <argument>: <why>" or "#N/A <why>" on stderr and exit 1; usage errors exit 2.
The language follows --lang fr|en, else the locale (LANG=fr_FR.UTF-8 gives French).
All computation is local: nothing leaves this machine.`,
  fr: `
FormaPro calcule les montants du droit de la formation professionnelle (Code du travail, 6e partie) avec
les articles appliqués, à n'importe quelle date : les mêmes fonctions que =FR.NOM(…) dans Excel.

Exemples :
  $ formapro fn PRO_SALAIRE_MIN 23 aucun 1766,92        minimum d'un contrat de professionnalisation → 1236.85
  $ formapro fn PRO_MIN_SALARY_AT 2003-03-03 2024-04-15 none --explain
  $ formapro fn SMIC 2024-03-15                         SMIC mensuel brut (35 h) → 1766.92
  $ formapro schedule --birth-date 2003-02-12 --start 2024-02-12 --end 2025-02-11 --qualification none
  $ formapro validate contrats.xlsx                     vérifie une feuille de contrats, ligne par ligne
  $ formapro functions                                  tout le catalogue
  $ formapro fn PRO_MIN_SALARY --help                   la page d'aide d'une fonction
  $ formapro sample                                     l'exemple intégré

Les erreurs s'affichent « #VALUE! <argument> : <raison> » ou « #N/A <raison> » sur stderr (code 1) ;
une erreur d'utilisation sort avec le code 2. La langue suit --lang fr|en, sinon la locale (LANG).
Tout le calcul est local : rien ne quitte cette machine.`,
};

/** Commander's "(choices: …, default: …)" after a description, in French. */
const frenchExtras = (text: string) => text.replace(/\((choices: .*|default: .*)\)$/, (m) => m.replace('choices: ', 'choix : ').replace('default: ', 'par défaut : '));

/**
 * The program for these arguments (`process.argv` without node and the script): when the first word names
 * a command, only that command's module is loaded; otherwise (help, a typo) all of them, for the listing
 * and the suggestions.
 */
export async function buildProgram(words: string[] = []): Promise<Command> {
  const lang = helpLang();
  const program = new Command('formapro')
    .description(tr(lang, 'French vocational-training law as exact, cited, date-aware figures (contrats de professionnalisation, SMIC, …).', 'Le droit de la formation professionnelle en montants exacts, cités et datés (contrats de professionnalisation, SMIC, …).'))
    .version('0.1.0', '-V, --version', tr(lang, 'output the version number', 'afficher le numéro de version'))
    .helpOption('-h, --help', tr(lang, 'display help for command', 'afficher l’aide de la commande'))
    .helpCommand('help [command]', tr(lang, 'display help for command', 'afficher l’aide de la commande'))
    .showSuggestionAfterError(true)
    .addHelpText('after', HELP[lang]);
  // Commander's own headings in the user's language; commands inherit this help configuration.
  if (lang === 'fr')
    program.configureHelp({
      styleTitle: (title: string) => HELP_TITLES_FR[title] ?? title,
      optionDescription: (option) => frenchExtras(Help.prototype.optionDescription.call(new Help(), option)),
      argumentDescription: (argument) => frenchExtras(Help.prototype.argumentDescription.call(new Help(), argument)),
    });
  const named = commandNamed(words[0]);
  const wanted = named ? [named] : COMMANDS;
  for (const m of await Promise.all(wanted.map((c) => c.load()))) m.register(program);
  return program;
}
