/** The `formapro` program: global help, then every command of the registry. */
import { Command } from 'commander';
import { commandNamed, COMMANDS } from './commands/index.js';

const HELP = `
FormaPro computes the figures of French vocational-training law (Code du travail, part 6) with the
articles applied, as of any date: the same functions as =FR.NAME(…) in Excel.

Examples:
  $ formapro fn PRO_MIN_SALARY 23 none 1766.92          minimum of a contrat de professionnalisation → 1236.85
  $ formapro fn PRO_MIN_SALARY_AT 2003-03-03 2024-04-15 none --explain
  $ formapro fn SMIC 2024-03-15                         SMIC mensuel brut (35 h) → 1766.92
  $ formapro schedule --birth-date 2003-02-12 --start 2024-02-12 --end 2025-02-11 --qualification none
  $ formapro functions                                  the whole catalogue (--lang fr en français)
  $ formapro fn PRO_MIN_SALARY --help                   help page of one function
  $ formapro sample                                     the embedded sample

Errors print "#VALUE! <argument>: <why>" or "#N/A <why>" on stderr and exit 1; usage errors exit 2.
All computation is local: nothing leaves this machine.`;

/**
 * The program for these arguments (`process.argv` without node and the script): when the first word names
 * a command, only that command's module is loaded; otherwise (help, a typo) all of them, for the listing
 * and the suggestions.
 */
export async function buildProgram(words: string[] = []): Promise<Command> {
  const program = new Command('formapro')
    .description('French vocational-training law as exact, cited, date-aware figures (contrats de professionnalisation, SMIC, …).')
    .version('0.1.0', '-V, --version')
    .showSuggestionAfterError(true)
    .addHelpText('after', HELP);
  const named = commandNamed(words[0]);
  const wanted = named ? [named] : COMMANDS;
  for (const m of await Promise.all(wanted.map((c) => c.load()))) m.register(program);
  return program;
}
