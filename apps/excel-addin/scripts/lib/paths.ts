import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

export const APP = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ROOT = resolve(APP, '..', '..');
export const DIST = join(APP, 'dist');
export const GENERATED = join(APP, 'src', 'functions', 'generated.ts');
export const EXAMPLES = join(ROOT, 'examples');
const require = createRequire(join(APP, 'package.json'));
/** The self-hosted copy of Office.js (the preview and the browser tests; production uses Microsoft's CDN). */
export const OFFICE_JS = join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
