/** Writes src/functions/generated.ts (the JSDoc-annotated wrappers) from the catalogue. Idempotent. */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CATALOGUE } from '@formapro/functions';
import { DEFAULT_BASE_URL, wrapperSource } from './lib/catalogue-meta';
import { GENERATED } from './lib/paths';

export function generate(): boolean {
  // Always the dev base: the build sets each function's helpUrl in the metadata to its own base, so a
  // production build never rewrites this source file under tests running beside it.
  const source = wrapperSource(CATALOGUE, DEFAULT_BASE_URL);
  if (existsSync(GENERATED) && readFileSync(GENERATED, 'utf8') === source) return false;
  // Atomic: typecheck and test may generate at the same time (turbo runs them in parallel).
  const tmp = `${GENERATED}.${process.pid}.tmp`;
  writeFileSync(tmp, source);
  renameSync(tmp, GENERATED);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) generate();
