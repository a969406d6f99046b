/**
 * The CLI bundled as it would ship reads xlsx in a worker thread: same report as the in-thread reader of the
 * TypeScript sources, and the same exit 2 on a broken file.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { formapro, ROOT } from './run';

const dir = mkdtempSync(join(tmpdir(), 'formapro-bundle-'));
const SAMPLE = join(ROOT, 'examples', 'contrats-pro.xlsx');

function bundled(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) =>
    execFile(process.execPath, [join(dir, 'main.js'), ...args], { cwd: ROOT }, (e, stdout, stderr) => resolve({ stdout, stderr, code: e ? Number((e as { code?: number }).code ?? 1) : 0 })),
  );
}

beforeAll(async () => {
  await build({
    entryPoints: [join(ROOT, 'apps/cli/src/main.ts'), join(ROOT, 'apps/cli/src/validate/xlsx-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outdir: dir,
    entryNames: '[name]',
    logLevel: 'error',
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  });
}, 60_000);

describe('bundled CLI with the xlsx worker', () => {
  it('gives the same JSON report as the in-thread reader', async () => {
    const [a, b] = await Promise.all([bundled('validate', SAMPLE, '--format', 'json'), formapro('validate', SAMPLE, '--format', 'json')]);
    expect(a.code).toBe(1);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stderr).toBe(b.stderr);
  });

  it('a truncated xlsx read by the worker exits 2 with a message', async () => {
    const broken = join(dir, 'broken.xlsx');
    writeFileSync(broken, readFileSync(SAMPLE).subarray(0, 2500));
    const r = await bundled('validate', broken, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^formapro validate: xlsx unreadable/);
  });
});
