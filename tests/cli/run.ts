/**
 * Runs the formapro CLI as a user does, in a new node process: the installed bin (bin/formapro.mjs → the
 * bundle dist/main.js, rebuilt when stale), the root `pnpm -s formapro`, or the TypeScript sources through
 * tsx. At most LIMIT processes run at once (whatever the number of tests started concurrently), so a loaded
 * 2-core machine is not asked for 25 node processes at a time.
 */
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MAIN = join(ROOT, 'apps', 'cli', 'src', 'main.ts');
export const BIN = join(ROOT, 'apps', 'cli', 'bin', 'formapro.mjs');

export interface Run {
  stdout: string;
  stderr: string;
  code: number;
}

/** How many CLI processes may run at once (FORMAPRO_CLI_CONCURRENCY overrides). */
export const LIMIT = Number(process.env.FORMAPRO_CLI_CONCURRENCY ?? Math.max(2, Math.min(4, availableParallelism())));
let running = 0;
const waiting: (() => void)[] = [];

async function limited<T>(task: () => Promise<T>): Promise<T> {
  if (running >= LIMIT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await task();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function run(file: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return limited(
    () =>
      new Promise((resolve) => {
        // The kill is a safety net for a hung process, generous for a loaded machine (a run takes well under a second).
        // English unless a test asks otherwise: the language follows the locale (LC_ALL, LC_MESSAGES, LANG).
        const base: Record<string, string | undefined> = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', NO_COLOR: '1', FORCE_COLOR: '0' };
        delete base.FORMAPRO_LANG;
        execFile(file, args, { cwd: ROOT, env: { ...base, ...env }, timeout: 120_000 }, (error, stdout, stderr) => {
          const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : 1) : 0;
          resolve({ stdout, stderr, code });
        });
      }),
  );
}

/** `formapro ARGS…` from the TypeScript sources through tsx (in-thread xlsx reader: no worker beside the sources). */
export function formapro(...args: string[]): Promise<Run> {
  return run(process.execPath, ['--import', 'tsx', MAIN, ...args]);
}

/** The installed bin with some environment variables set (a French locale: `{ LANG: 'fr_FR.UTF-8' }`). */
export function binWith(env: Record<string, string>, ...args: string[]): Promise<Run> {
  return run(process.execPath, [BIN, ...args], env);
}

/** `pnpm -s formapro ARGS…` with some environment variables set. */
export function pnpmFormaproWith(env: Record<string, string>, ...args: string[]): Promise<Run> {
  return run('pnpm', ['-s', 'formapro', ...args], env);
}

/** `formapro ARGS…` as installed: the bin and its bundle (what users run; ~0.1 s a call). */
export function bin(...args: string[]): Promise<Run> {
  return run(process.execPath, [BIN, ...args]);
}

/** `pnpm -s formapro ARGS…`, the root script of the README (runs the bin). */
export function pnpmFormapro(...args: string[]): Promise<Run> {
  return run('pnpm', ['-s', 'formapro', ...args]);
}

/** The bin as `pnpm install` links it into the root node_modules/.bin. */
export function linkedBin(...args: string[]): Promise<Run> {
  return run(join(ROOT, 'node_modules', '.bin', 'formapro'), args);
}
