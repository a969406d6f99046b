/** Runs the formapro CLI as a user does (a new node process, TypeScript through tsx from the root node_modules). */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MAIN = join(ROOT, 'apps', 'cli', 'src', 'main.ts');

export interface Run {
  stdout: string;
  stderr: string;
  code: number;
}

function run(file: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env }, timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : 1) : 0;
      resolve({ stdout, stderr, code });
    });
  });
}

/** `formapro ARGS…` through node + tsx. */
export function formapro(...args: string[]): Promise<Run> {
  return run(process.execPath, ['--import', 'tsx', MAIN, ...args]);
}

/** `pnpm -s formapro ARGS…`, the root script of the README. */
export function pnpmFormapro(...args: string[]): Promise<Run> {
  return run('pnpm', ['-s', 'formapro', ...args]);
}

/** The installed bin shim. */
export function bin(...args: string[]): Promise<Run> {
  return run(process.execPath, [join(ROOT, 'apps', 'cli', 'bin', 'formapro.mjs'), ...args]);
}
