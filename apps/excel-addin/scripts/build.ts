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
 */
import { build as esbuild, type BuildOptions } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import cfm from 'custom-functions-metadata';
import { CATALOGUE } from '@formapro/functions';
import { baseUrl, finishEnglish, frenchMetadata, type ExcelMetadata } from './lib/catalogue-meta';
import { helpIndex, helpPage } from './lib/help';
import { APP, DIST, GENERATED } from './lib/paths';
import { generate } from './generate';

export async function build(options: { quiet?: boolean } = {}): Promise<void> {
  const started = Date.now();
  const base = baseUrl();
  generate();
  mkdirSync(DIST, { recursive: true });

  // 1. Metadata from the generated JSDoc (custom-functions-metadata), then French from the same specs.
  const result = await cfm.generateCustomFunctionsMetadata(GENERATED, false);
  if (result.errors.length) throw new Error(`custom-functions-metadata:\n${result.errors.join('\n')}`);
  const en = finishEnglish(JSON.parse(result.metadataJson) as ExcelMetadata, CATALOGUE);
  writeFileSync(join(DIST, 'functions.json'), JSON.stringify(en, null, 2) + '\n');
  writeFileSync(join(DIST, 'functions-fr.json'), JSON.stringify(frenchMetadata(en, CATALOGUE, base), null, 2) + '\n');

  // 2. Bundles. Browsers only (Edge WebView2, Safari/WKWebView, Excel on the web); no Node APIs.
  const common: BuildOptions = {
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome90', 'safari15'],
    sourcemap: true,
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    absWorkingDir: APP,
  };
  const taskpaneEntry = ['src/taskpane/index.tsx', 'src/taskpane/index.ts'].find((f) => existsSync(join(APP, f)))!;
  await Promise.all([
    esbuild({ ...common, entryPoints: ['src/functions/index.ts'], outfile: join(DIST, 'functions.js') }),
    esbuild({ ...common, entryPoints: [taskpaneEntry], outfile: join(DIST, 'taskpane.js'), jsx: 'automatic', loader: { '.css': 'css' } }),
    esbuild({ ...common, entryPoints: ['src/preview/index.ts'], outfile: join(DIST, 'preview', 'preview.js'), minify: false }),
  ]);

  // 3. Pages, manifest, icons, help.
  const fill = (text: string) => text.replaceAll('https://localhost:3000', base);
  writeFileSync(join(DIST, 'taskpane.html'), fill(readFileSync(join(APP, 'pages', 'taskpane.html'), 'utf8')));
  mkdirSync(join(DIST, 'preview'), { recursive: true });
  cpSync(join(APP, 'pages', 'preview.html'), join(DIST, 'preview', 'index.html'));
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

  if (!options.quiet) console.log(`excel-addin: built ${CATALOGUE.length} functions into dist/ in ${Date.now() - started} ms (${base})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  build().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
