/** `formapro functions [NAME]`: the catalogue, one line per function, or the help page of one. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { catalogueListing, closeNames, findFunction, functionHelp } from '../catalogue-help.js';
import { functionsMarkdown } from '../functions-doc.js';
import { err, EXIT, fail, out } from '../io.js';
import { helpLang, langOf, tr } from '../lang.js';

export function register(program: Command): void {
  const L = helpLang();
  const t = (en: string, fr: string) => tr(L, en, fr);
  program
    .command('functions')
    .alias('fonctions')
    .summary(t('list the spreadsheet functions (or the help page of one)', 'lister les fonctions du tableur (ou la page d’aide de l’une d’elles)'))
    .description(t('List the catalogue of spreadsheet functions, grouped by topic, or show the help page of one function.', 'Liste le catalogue des fonctions du tableur, par thème, ou affiche la page d’aide d’une fonction.'))
    .argument('[name]', t('a function name for its help page', 'un nom de fonction, pour sa page d’aide'))
    .option('--topic <topic>', t('only this topic (professionalisation, smic, …)', 'seulement ce thème (professionalisation, smic, …)'))
    .option('--lang <lang>', t('fr or en (default: from LC_ALL, LC_MESSAGES, LANG)', 'fr ou en (par défaut : LC_ALL, LC_MESSAGES, LANG)'))
    .addOption(new Option('--format <format>', t('text, or md: the whole reference in Markdown (docs/functions.md, docs/fr/fonctions.md)', 'text, ou md : toute la référence en Markdown (docs/functions.md, docs/fr/fonctions.md)')).choices(['text', 'md']).default('text'))
    .addHelpText('after', `\n${t('Examples', 'Exemples')}${t(':', ' :')}\n  $ formapro functions\n  $ formapro functions --lang fr\n  $ formapro functions PRO_MIN_SALARY\n  $ formapro functions --format md --lang fr > docs/fr/fonctions.md`)
    .action((name: string | undefined, opts: { topic?: string; lang?: string; format?: string }) => {
      const lang = langOf(opts.lang);
      if (opts.format === 'md') {
        out(functionsMarkdown(lang));
        return;
      }
      if (!name) {
        out(catalogueListing(lang, opts.topic));
        return;
      }
      const spec = findFunction(name);
      if (!spec) {
        const close = closeNames(name);
        err(`#NAME? ${tr(lang, `unknown function ${name}`, `fonction inconnue ${name}`)}${close.length ? ` (${close.join(', ')}?)` : ''}`);
        fail(EXIT.USAGE);
        return;
      }
      out(functionHelp(spec, lang));
    });
}
