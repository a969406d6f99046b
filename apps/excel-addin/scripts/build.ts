/**
 * Builds the add-in into dist/:
 *   functions.js          custom functions bundle (every catalogue function, associated by id)
 *   functions.json        English metadata, written by custom-functions-metadata from the generated JSDoc
 *   functions-fr.json     French metadata (same ids; French names, descriptions, argument names)
 *   taskpane.html/.js     the shared-runtime page (loads Office.js from Microsoft's CDN, then both bundles)
 *   manifest.xml          the add-in-only manifest, URLs on FORMAPRO_ADDIN_URL (default https://localhost:3000)
 *   help/                 one help page per function, English and French (the metadata's helpUrl)
 *   assets/               icons
 *   preview/              DEV ONLY: the HyperFormula preview of examples/functions-sample.json (never deployed;
 *                         the only place HyperFormula, GPL-3.0, is bundled)
 *
 * Production: `FORMAPRO_ADDIN_URL=https://addin.example.org pnpm --filter @formapro/excel-addin build` writes a
 * folder for any static HTTPS host (dist/, or FORMAPRO_ADDIN_OUT): every URL on that base, no localhost, no
 * preview, no source maps (FORMAPRO_SOURCEMAPS=1 adds them). docs/deploy.md says where to put it.
 */
import { build as esbuild, type BuildOptions } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import cfm from 'custom-functions-metadata';
import { CATALOGUE } from '@formapro/functions';
import { baseUrl, DEFAULT_BASE_URL, finishEnglish, frenchMetadata, type ExcelMetadata } from './lib/catalogue-meta';
import { helpIndex, helpPage } from './lib/help';
import { APP, DIST as DEFAULT_DIST, GENERATED } from './lib/paths';
import { generate } from './generate';

export interface AddinBuildOptions {
  quiet?: boolean;
  /** Where the add-in is served (default FORMAPRO_ADDIN_URL, else https://localhost:3000). */
  base?: string;
  /** A deployable folder: no preview, no source maps (unless sourcemaps), the output cleaned first. */
  production?: boolean;
  sourcemaps?: boolean;
  /** Output folder (default dist/). */
  outDir?: string;
}

/** What `pnpm --filter @formapro/excel-addin build` does: production when FORMAPRO_ADDIN_URL names a host that is not localhost. */
export function optionsFromEnv(env = process.env): AddinBuildOptions {
  const base = (env.FORMAPRO_ADDIN_URL ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const production = env.FORMAPRO_ADDIN_URL !== undefined && !/^https:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(base);
  if (production && !/^https:\/\/[^/\s]+(\/[^\s]*)?$/.test(base)) throw new Error(`FORMAPRO_ADDIN_URL must be an https:// URL (Office loads add-ins over HTTPS only), not ${base}`);
  return { base, production, sourcemaps: env.FORMAPRO_SOURCEMAPS === '1', outDir: env.FORMAPRO_ADDIN_OUT };
}

export async function build(options: AddinBuildOptions = {}): Promise<void> {
  const started = Date.now();
  const base = (options.base ?? baseUrl()).replace(/\/+$/, '');
  const production = options.production === true;
  const DIST = options.outDir ?? DEFAULT_DIST;
  generate();
  if (production) rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });

  // 1. Metadata from the generated JSDoc (custom-functions-metadata), then French from the same specs.
  const result = await cfm.generateCustomFunctionsMetadata(GENERATED, false);
  if (result.errors.length) throw new Error(`custom-functions-metadata:\n${result.errors.join('\n')}`);
  const en = finishEnglish(JSON.parse(result.metadataJson) as ExcelMetadata, CATALOGUE, base);
  writeFileSync(join(DIST, 'functions.json'), JSON.stringify(en, null, 2) + '\n');
  writeFileSync(join(DIST, 'functions-fr.json'), JSON.stringify(frenchMetadata(en, CATALOGUE, base), null, 2) + '\n');

  // 2. Bundles. Browsers only (Edge WebView2, Safari/WKWebView, Excel on the web); no Node APIs.
  const common: BuildOptions = {
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome90', 'safari15'],
    sourcemap: production ? options.sourcemaps === true : true,
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    absWorkingDir: APP,
  };
  const taskpaneEntry = ['src/taskpane/index.tsx', 'src/taskpane/index.ts'].find((f) => existsSync(join(APP, f)))!;
  await Promise.all([
    esbuild({ ...common, entryPoints: ['src/functions/index.ts'], outfile: join(DIST, 'functions.js') }),
    esbuild({ ...common, entryPoints: [taskpaneEntry], outfile: join(DIST, 'taskpane.js'), jsx: 'automatic', loader: { '.css': 'css' } }),
    ...(production ? [] : [esbuild({ ...common, entryPoints: ['src/preview/index.ts'], outfile: join(DIST, 'preview', 'preview.js'), minify: false })]),
  ]);

  // 3. Pages, manifest, icons, help.
  const fill = (text: string) => text.replaceAll(DEFAULT_BASE_URL, base);
  writeFileSync(join(DIST, 'taskpane.html'), fill(readFileSync(join(APP, 'pages', 'taskpane.html'), 'utf8')));
  if (!production) {
    mkdirSync(join(DIST, 'preview'), { recursive: true });
    cpSync(join(APP, 'pages', 'preview.html'), join(DIST, 'preview', 'index.html'));
  }
  writeFileSync(join(DIST, 'manifest.xml'), fill(readFileSync(join(APP, 'manifest.xml'), 'utf8')));
  cpSync(join(APP, 'assets'), join(DIST, 'assets'), { recursive: true });
  rmSync(join(DIST, 'help'), { recursive: true, force: true });
  mkdirSync(join(DIST, 'help', 'fr'), { recursive: true });
  for (const spec of CATALOGUE) {
    writeFileSync(join(DIST, 'help', `${spec.name}.html`), helpPage(spec, 'en'));
    writeFileSync(join(DIST, 'help', 'fr', `${spec.name}.html`), helpPage(spec, 'fr'));
  }
  writeFileSync(join(DIST, 'help', 'index.html'), helpIndex(CATALOGUE, 'en'));
  writeFileSync(join(DIST, 'help', 'fr', 'index.html'), helpIndex(CATALOGUE, 'fr'));
  cpSync(join(APP, 'pages', 'help.css'), join(DIST, 'help', 'help.css'));

  if (!options.quiet)
    console.log(
      production
        ? `excel-addin: production build for ${base} in ${DIST} (${Date.now() - started} ms): upload the folder's content to ${base}/ and give manifest.xml to Excel (docs/deploy.md)`
        : `excel-addin: built ${CATALOGUE.length} functions into dist/ in ${Date.now() - started} ms (${base})`,
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  Promise.resolve()
    .then(() => build(optionsFromEnv()))
    .catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
