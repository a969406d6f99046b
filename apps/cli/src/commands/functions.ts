/** `formapro functions [NAME]`: the catalogue, one line per function, or the help page of one. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { catalogueListing, closeNames, findFunction, functionHelp } from '../catalogue-help.js';
import { functionsMarkdown } from '../functions-doc.js';
import { err, EXIT, fail, out } from '../io.js';
import { langOf, tr } from '../lang.js';

export function register(program: Command): void {
  program
    .command('functions')
    .alias('fonctions')
    .summary('list the spreadsheet functions (or the help page of one)')
    .description('List the catalogue of spreadsheet functions, grouped by topic, or show the help page of one function.')
    .argument('[name]', 'a function name for its help page')
    .option('--topic <topic>', 'only this topic (professionalisation, smic, …)')
    .option('--lang <lang>', 'fr or en (default: from LC_ALL, LC_MESSAGES, LANG)')
    .addOption(new Option('--format <format>', 'text, or md: the whole reference in Markdown (docs/functions.md, docs/fr/fonctions.md)').choices(['text', 'md']).default('text'))
    .addHelpText('after', '\nExamples:\n  $ formapro functions\n  $ formapro functions --lang fr\n  $ formapro functions PRO_MIN_SALARY\n  $ formapro functions --format md --lang fr > docs/fr/fonctions.md')
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
