/**
 * Entry of the `formapro` command. `bin/formapro.mjs` (the installed bin, and the root `pnpm -s formapro`)
 * runs the bundle built from it (dist/main.js, `pnpm --filter @formapro/cli build`); tests may also run it
 * from source with tsx. Usage errors (unknown option, missing argument) exit 2.
 */
import { CommanderError } from 'commander';
import { fnWords } from './args.js';
import { buildProgram } from './program.js';

// A reader that stops early (`formapro validate … | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

// `formapro fn NAME …`: everything after the function name is an argument value (-5, -Infinity included).
const words = process.argv.slice(2);
const argv = words[0] === 'fn' ? [...process.argv.slice(0, 2), 'fn', ...fnWords(words.slice(1))] : process.argv;
const program = await buildProgram(words);
program.exitOverride();
for (const c of program.commands) c.exitOverride();

try {
  await program.parseAsync(argv);
} catch (e) {
  if (e instanceof CommanderError) {
    const ok = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help';
    process.exitCode = ok ? 0 : 2;
  } else {
    process.stderr.write(`formapro: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  }
}
