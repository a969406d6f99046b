/**
 * Entry of the `formapro` command (`pnpm -s formapro …` runs it with tsx; `bin/formapro.mjs` for the
 * installed bin). Usage errors (unknown option, missing argument) exit 2.
 */
import { CommanderError } from 'commander';
import { buildProgram } from './program.js';

// A reader that stops early (`formapro validate … | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const program = buildProgram();
program.exitOverride();
for (const c of program.commands) c.exitOverride();

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    const ok = e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help';
    process.exitCode = ok ? 0 : 2;
  } else {
    process.stderr.write(`formapro: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  }
}
