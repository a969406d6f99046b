/** Writes src/functions/generated.ts (the JSDoc-annotated wrappers) from the catalogue. Idempotent. */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CATALOGUE } from '@formapro/functions';
import { baseUrl, wrapperSource } from './lib/catalogue-meta';
import { GENERATED } from './lib/paths';

export function generate(): boolean {
  const source = wrapperSource(CATALOGUE, baseUrl());
  if (existsSync(GENERATED) && readFileSync(GENERATED, 'utf8') === source) return false;
  // Atomic: typecheck and test may generate at the same time (turbo runs them in parallel).
  const tmp = `${GENERATED}.${process.pid}.tmp`;
  writeFileSync(tmp, source);
  renameSync(tmp, GENERATED);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) generate();
