/**
 * Builds the `formapro` command into apps/cli/dist/ with esbuild: main.js (the entry bin/formapro.mjs loads),
 * xlsx-worker.js (the xlsx reader thread, found beside the bundle) and one chunk per command, so that
 * `formapro fn` never loads exceljs or csv-parse. Everything is bundled (the workspace packages and the npm
 * dependencies): the packed package needs nothing else at run time.
 *
 * Plain JavaScript so that the bin can build a missing or stale bundle without tsx.
 * `node scripts/build.mjs` (or `pnpm --filter @formapro/cli build`).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const APP = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = join(APP, '..', '..');
export const DIST = join(APP, 'dist');

/** What the bundle is made from: a change to any of these makes it stale. */
export const INPUTS = [
  join(APP, 'src'),
  join(ROOT, 'packages', 'core', 'src'),
  join(ROOT, 'packages', 'functions', 'src'),
  join(APP, 'package.json'),
  join(APP, 'scripts', 'build.mjs'),
  join(ROOT, 'pnpm-lock.yaml'),
  join(ROOT, 'examples', 'contrats-pro.xlsx'),
];

/** The newest modification time (ms) under the inputs that exist. */
export function newestInput(inputs = INPUTS) {
  let newest = 0;
  const visit = (p) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) for (const e of readdirSync(p)) visit(join(p, e));
    else if (st.mtimeMs > newest) newest = st.mtimeMs;
  };
  for (const p of inputs) visit(p);
  return newest;
}

/** True when dist/main.js is missing or older than one of its inputs. */
export function isStale() {
  let built;
  try {
    built = statSync(join(DIST, 'main.js')).mtimeMs;
  } catch {
    return true;
  }
  return newestInput() > built;
}

export async function buildCli({ quiet = false } = {}) {
  const started = Date.now();
  const { build } = await import('esbuild');
  // Build beside dist/ then swap, so a concurrent run never loads half a bundle.
  const tmp = join(APP, `.dist-${process.pid}-${Date.now()}`);
  mkdirSync(tmp, { recursive: true });
  try {
    await build({
      absWorkingDir: APP,
      entryPoints: { main: 'src/main.ts', 'xlsx-worker': 'src/validate/xlsx-worker.ts' },
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outdir: tmp,
      entryNames: '[name]',
      chunkNames: '[name]-[hash]', // beside main.js: the xlsx reader finds ./xlsx-worker.js from any chunk
      minify: true,
      legalComments: 'none',
      logLevel: 'silent', // errors are thrown (the bin reports them in one line)
      // CommonJS dependencies (exceljs…) call require(): give the ESM bundle one.
      banner: { js: "import { createRequire as __formaproRequire } from 'module'; const require = __formaproRequire(import.meta.url);" },
    });
    writeFileSync(join(tmp, 'package.json'), '{ "type": "module" }\n');
    // The sample workbook `formapro sample` validates, beside the bundle (an installed formapro has no examples/).
    mkdirSync(join(tmp, 'examples'));
    copyFileSync(join(ROOT, 'examples', 'contrats-pro.xlsx'), join(tmp, 'examples', 'contrats-pro.xlsx'));
    const old = join(APP, `.dist-old-${process.pid}-${Date.now()}`);
    try {
      renameSync(DIST, old);
    } catch {
      /* no previous build */
    }
    try {
      renameSync(tmp, DIST);
    } catch (e) {
      // Another process built the same sources at the same moment and swapped first: keep its bundle.
      if (!existsSync(join(DIST, 'main.js'))) throw e;
      rmSync(tmp, { recursive: true, force: true });
    }
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  if (!quiet) console.log(`cli: built dist/main.js in ${Date.now() - started} ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildCli().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
